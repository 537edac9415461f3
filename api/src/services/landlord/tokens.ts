import crypto from 'node:crypto';
import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { notFound } from '../../errors/AppError.js';
import { hashToken } from './auth.js';

const TOKEN_PREFIX = 'sc_';

/** A token as listed: never the token itself nor its hash. */
export interface TokenSummary {
  id: number;
  label: string | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
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

/** Revokes a live token; false when there is no live token with this id. */
export async function revokeToken(db: Database, id: number): Promise<boolean> {
  return (await db.query(sql('auth/revoke_token'), [id])).rows.length > 0;
}

/** The tokens of an organisation (by slug), live and revoked, by id; none for an unknown slug. */
export async function listTokens(db: Database, slug: string): Promise<TokenSummary[]> {
  return (await db.query<TokenSummary>(sql('auth/list_tokens'), [slug])).rows;
}
