import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError, notFound } from '../../errors/AppError.js';
import type { Caller } from './auth.js';
import { MAX_PORTFOLIO_BUILDINGS } from '../../../../contracts/landlord.js';
import { estimateStock } from '../renovation/estimateStock.js';

export interface Selection {
  cite?: string;
  commune?: string;
  bbox?: [number, number, number, number];
  typologies?: string[];
  ids?: number[];
}

export async function me(db: Database, caller: Caller) {
  const n = await db.query<{ n: number }>(sql('portfolios/count_owned'), [caller.id]);
  return { organisation: { id: caller.id, slug: caller.slug, name: caller.name }, buildings: n.rows[0]!.n };
}

/** A named set of the caller's buildings; ids of buildings it does not own → 403 naming how many and which. */
export async function createPortfolio(db: Database, caller: Caller, name: string, selection: Selection) {
  if (selection.ids) {
    const foreign = (await db.query<{ id: number }>(sql('portfolios/not_owned'), [caller.id, selection.ids])).rows;
    if (foreign.length > 0) {
      const sample = foreign.slice(0, 10).map((r) => r.id);
      throw new AppError(
        403,
        'forbidden',
        `selection.ids: ${foreign.length} of the ids are not buildings of ${caller.name} (${sample.join(', ')}${foreign.length > 10 ? ', …' : ''})`,
        [{ field: 'selection.ids', message: 'not your buildings', ids: sample }],
      );
    }
  }
  const b = selection.bbox ?? [null, null, null, null];
  const ids = (
    await db.query<{ id: number }>(sql('portfolios/select_buildings'), [
      caller.id,
      selection.cite ?? null,
      selection.commune ?? null,
      ...b,
      selection.typologies ?? null,
      selection.ids ?? null,
      MAX_PORTFOLIO_BUILDINGS + 1,
    ])
  ).rows.map((r) => r.id);
  if (ids.length === 0) throw new AppError(422, 'empty_selection', 'selection: none of your buildings matches');
  if (ids.length > MAX_PORTFOLIO_BUILDINGS) {
    throw new AppError(422, 'selection_too_large', `selection: more than ${MAX_PORTFOLIO_BUILDINGS} buildings`);
  }
  const row = (
    await db.query<{ id: number; name: string; buildings: number; created_at: string }>(sql('portfolios/insert'), [
      caller.id,
      name,
      JSON.stringify(selection),
      ids,
    ])
  ).rows[0]!;
  return { ...row, buildings: Number(row.buildings) };
}

export async function listPortfolios(db: Database, caller: Caller) {
  const rows = await db.query<{ id: number; name: string; selection: unknown; buildings: number; created_at: string }>(
    sql('portfolios/list'),
    [caller.id],
  );
  return { portfolios: rows.rows.map((r) => ({ ...r, buildings: Number(r.buildings) })) };
}

/** The caller's portfolio; another organisation's does not exist for it (404, nothing said about it). */
export async function getPortfolio(db: Database, caller: Caller, id: number) {
  const row = (
    await db.query<{ id: number; name: string; selection: unknown; building_ids: number[]; created_at: string }>(
      sql('portfolios/by_id'),
      [caller.id, id],
    )
  ).rows[0];
  if (!row) throw notFound(`portfolio ${id} not found`);
  return { ...row, buildings: row.building_ids.length };
}

/** Every house of a portfolio estimated now and after each package, with the class distribution. */
export async function portfolioEstimate(db: Database, caller: Caller, id: number) {
  const portfolio = await getPortfolio(db, caller, id);
  const date = new Date().toISOString().slice(0, 10);
  const stock = await estimateStock(db, { ids: portfolio.building_ids, date, organisationId: caller.id });
  const classes: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 0 };
  for (const h of stock) classes[h.letter] = (classes[h.letter] ?? 0) + 1;
  return {
    portfolio_id: portfolio.id,
    date,
    buildings: stock.length,
    classes,
    houses: stock.map((h) => ({
      building_id: h.building_id,
      letter: h.letter,
      ep_kwh_m2: h.ep_kwh_m2,
      label_source: h.label_source,
      dpe_number: h.dpe_number,
      label_origin: h.label_origin,
      center: h.center.map((x) => Math.round(x * 1e7) / 1e7),
      packages: h.packages.map((p) => ({ id: p.id, letter: p.letter, cost_eur: p.cost_eur })),
    })),
  };
}

/** The owner's own data on one of its buildings (replaced); another organisation's building → 404. */
export async function setPrivateAttributes(
  db: Database,
  caller: Caller,
  id: number,
  attributes: Record<string, unknown>,
) {
  const r = await db.query<{ id: number }>(sql('portfolios/set_private'), [id, caller.id, JSON.stringify(attributes)]);
  if (r.rows.length === 0) throw notFound(`building ${id} is not one of ${caller.name}'s`);
  return { building_id: id, private_attributes: attributes };
}
