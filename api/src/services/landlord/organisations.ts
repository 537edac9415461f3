import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError } from '../../errors/AppError.js';

/** An organisation (a social landlord) with the count of its buildings and of its live tokens. */
export interface OrganisationSummary {
  id: number;
  slug: string;
  name: string;
  buildings: number;
  tokens: number;
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

/** Every organisation, by slug. */
export async function listOrganisations(db: Database): Promise<OrganisationSummary[]> {
  return (await db.query<OrganisationSummary>(sql('auth/list_organisations'))).rows;
}
