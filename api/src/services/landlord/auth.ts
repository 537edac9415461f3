import crypto from 'node:crypto';
import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError } from '../../errors/AppError.js';

/** The organisation a request acts for (a bearer token), as authenticate returns it. */
export interface Caller {
  id: number;
  slug: string;
  name: string;
  token_id: number;
}

/** SHA-256 of a token, hex: what is stored and looked up (a token is 256 random bits, so no salt or slow hash is needed). */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The organisation behind an `Authorization: Bearer …` header, or null when there is no header. A header that is
 * not a live token is a 401 (never a silent downgrade to anonymous).
 */
export async function authenticate(db: Database, header: string | undefined): Promise<Caller | null> {
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
