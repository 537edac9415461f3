import crypto from 'node:crypto';
import type { Database } from '../db/index.js';
import { sql } from '../db/sql.js';
import { AppError, notFound } from '../errors/AppError.js';

/** The organisation a request acts for. */
export interface Organisation {
  id: number;
  slug: string;
  name: string;
  token_id: number;
}

const TOKEN_PREFIX = 'sc_';

/** SHA-256 of a token, hex: what is stored and looked up (a token is 256 random bits, so no salt or slow hash is needed). */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createOrganisation(db: Database, slug: string, name: string) {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)) {
    throw new AppError(400, 'invalid_request', 'slug: must be 2-63 lowercase letters, digits or dashes');
  }
  if ((await db.query(sql('auth/organisation_by_slug'), [slug])).rows.length > 0) {
    throw new AppError(409, 'conflict', `slug: organisation "${slug}" already exists`);
  }
  return (await db.query<{ id: number; slug: string; name: string }>(sql('auth/create_organisation'), [slug, name]))
    .rows[0]!;
}

/** A new bearer token for an organisation: returned once in clear, stored as its hash only. */
export async function issueToken(db: Database, slug: string, label?: string) {
  const org = (await db.query<{ id: number }>(sql('auth/organisation_by_slug'), [slug])).rows[0];
  if (!org) throw notFound(`organisation "${slug}" not found`);
  const token = TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
  const row = (await db.query<{ id: number }>(sql('auth/insert_token'), [org.id, hashToken(token), label ?? null]))
    .rows[0]!;
  return { id: row.id, token };
}

export async function revokeToken(db: Database, id: number): Promise<boolean> {
  return (await db.query(sql('auth/revoke_token'), [id])).rows.length > 0;
}

/**
 * The organisation behind an `Authorization: Bearer …` header, or null when there is no header. A header that is
 * not a live token is a 401 (never a silent downgrade to anonymous).
 */
export async function authenticate(db: Database, header: string | undefined): Promise<Organisation | null> {
  if (header === undefined || header === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('the Authorization header must be "Bearer <token>"');
  const row = (
    await db.query<{ token_id: number; organisation_id: number; slug: string; name: string }>(
      sql('auth/authenticate'),
      [hashToken(match[1]!)],
    )
  ).rows[0];
  if (!row) throw unauthorized('unknown or revoked token');
  return { id: row.organisation_id, slug: row.slug, name: row.name, token_id: row.token_id };
}

export function unauthorized(message: string): AppError {
  return new AppError(401, 'unauthorized', message);
}
