import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { notFound } from '../../errors/AppError.js';
import type { Caller } from './auth.js';
import {
  compareStrategies,
  planRenovations,
  type Letter,
  type Plan,
  type PlanHouse,
  type PlanTarget,
  type Strategy,
} from '../../../../engine/planner/index.js';
import { getPortfolio } from './portfolios.js';
import { renovationCatalogue } from '../../fixtures/loadFixture.js';
import { estimateStock } from '../renovation/estimateStock.js';
import { PLAN_EXPORT_COLUMNS, type PlanExportRecord, type PlanLabels } from '../../../../contracts/landlord.js';

export interface PlanRequest {
  portfolio_id: number;
  start_year: number;
  years: number;
  budget_eur_per_year: number;
  target: PlanTarget;
  strategy: Strategy;
  max_houses_per_year?: number;
  /** Works only once the tenant leaves: a house with a recorded tenant_change_year waits for that year. */
  works_at_tenant_change?: boolean;
  compare: boolean;
}

/**
 * A renovation plan for one of the caller's portfolios: every house estimated now and after each package
 * (estimateStock, on 1 January of the start year), then engine/planner's greedy under the yearly budget, the house
 * cap and the rental calendar; with `compare`, the four strategies side by side. The plan is stored for export.
 */
export async function planPortfolio(db: Database, caller: Caller, request: PlanRequest) {
  const portfolio = await getPortfolio(db, caller, request.portfolio_id);
  const catalogue = renovationCatalogue();
  const date = `${request.start_year}-01-01`;
  const stock = await estimateStock(db, { ids: portfolio.building_ids, date, organisationId: caller.id });
  const vacated = new Map<number, number>();
  if (request.works_at_tenant_change) {
    const rows = await db.query<{ id: number; year: number }>(sql('portfolios/tenant_change'), [
      caller.id,
      portfolio.building_ids,
    ]);
    for (const r of rows.rows) vacated.set(r.id, r.year);
  }
  const houses: PlanHouse[] = stock.map((h) => ({
    id: h.building_id,
    ...(vacated.has(h.building_id) ? { available_from_year: vacated.get(h.building_id)! } : {}),
    letter: h.letter as Letter,
    ep_kwh_m2: h.ep_kwh_m2,
    energy_kwh_yr: h.energy_kwh_yr,
    co2_kg_yr: h.co2_kg_yr,
    bill_eur_yr: h.bill_eur_yr,
    options: h.packages.map((p) => ({
      package_id: p.id,
      letter: p.letter as Letter,
      cost_eur: p.cost_eur,
      energy_saved_kwh_yr: p.energy_saved_kwh_yr,
      co2_saved_kg_yr: p.co2_saved_kg_yr,
      bill_saved_eur_yr: p.bill_saved_eur_yr,
    })),
  }));
  const base = {
    houses,
    start_year: request.start_year,
    years: request.years,
    budget_eur_per_year: request.budget_eur_per_year,
    target: request.target,
    ...(request.max_houses_per_year !== undefined ? { max_houses_per_year: request.max_houses_per_year } : {}),
    calendar: catalogue.rental_ban,
  };
  const plan = planRenovations({ ...base, strategy: request.strategy });
  const comparison = request.compare ? compareStrategies(base) : null;
  const real = stock.filter((h) => h.label_source === 'dpe');
  const labels: PlanLabels = {
    real: real.length,
    estimated: stock.length - real.length,
    houses: real.map((h) => ({
      house_id: h.building_id,
      letter: h.letter as Letter,
      dpe_number: h.dpe_number!,
      origin: h.label_origin!,
    })),
  };
  const stored = (
    await db.query<{ id: number; created_at: string }>(sql('portfolios/insert_plan'), [
      caller.id,
      portfolio.id,
      JSON.stringify(request),
      JSON.stringify({ plan, comparison, labels }),
    ])
  ).rows[0]!;
  return { plan_id: stored.id, created_at: stored.created_at, plan, comparison, labels };
}

type StoredPlan = {
  id: number;
  portfolio_id: number | null;
  input: PlanRequest;
  /** labels: absent from plans stored before they were recorded. */
  result: { plan: Plan; comparison: unknown; labels?: PlanLabels };
  created_at: string;
};

/** The caller's stored plan; another organisation's does not exist for it (404). */
export async function getPlan(db: Database, caller: Caller, id: number) {
  const row = (await db.query<StoredPlan>(sql('portfolios/plan_by_id'), [caller.id, id])).rows[0];
  if (!row) throw notFound(`plan ${id} not found`);
  return {
    id: row.id,
    portfolio_id: row.portfolio_id,
    input: row.input,
    plan: row.result.plan,
    comparison: row.result.comparison,
    labels: row.result.labels ?? null,
    created_at: row.created_at,
  };
}

type HouseRow = {
  id: number;
  geometry: string;
  address: string | null;
  commune: string | null;
  cite_name: string | null;
};

/**
 * A plan as a file: CSV for spreadsheets (French Excel: `;` separator, UTF-8 byte-order mark, optional decimal comma;
 * one row per house of the portfolio, with its works or none) or GeoJSON (the footprints with the same fields).
 */
export async function exportPlan(
  db: Database,
  caller: Caller,
  id: number,
  format: 'csv' | 'geojson',
  decimal: 'point' | 'comma',
) {
  const stored = await getPlan(db, caller, id);
  const portfolio = stored.portfolio_id !== null ? await getPortfolio(db, caller, stored.portfolio_id) : null;
  const ids = portfolio?.building_ids ?? stored.plan.assignments.map((a) => a.house_id);
  const rows = (await db.query<HouseRow>(sql('portfolios/geometry'), [ids])).rows;
  const works = new Map(stored.plan.assignments.map((a) => [a.house_id, a]));
  const real = new Map(stored.labels?.houses.map((h) => [h.house_id, h]) ?? []);
  const records = rows.map((r) => {
    const a = works.get(r.id);
    return {
      building_id: r.id,
      address: r.address ?? '',
      commune: r.commune ?? '',
      cite: r.cite_name ?? '',
      year: a?.year ?? null,
      package: a?.package_id ?? '',
      cost_eur: a?.cost_eur ?? 0,
      letter_before: a?.letter_before ?? '',
      letter_after: a?.letter_after ?? '',
      label_source: stored.labels ? (real.has(r.id) ? 'dpe' : 'estimate') : '',
      dpe_number: real.get(r.id)?.dpe_number ?? '',
    } satisfies PlanExportRecord;
  });
  if (format === 'geojson') {
    return {
      type: 'text/plain' as const,
      contentType: 'application/geo+json',
      fileName: `plan-${id}.geojson`,
      body: JSON.stringify({
        type: 'FeatureCollection',
        features: rows.map((r, i) => ({
          type: 'Feature',
          id: r.id,
          geometry: JSON.parse(r.geometry),
          properties: records[i],
        })),
      }),
    };
  }
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return decimal === 'comma' ? String(v).replace('.', ',') : String(v);
    const s = String(v);
    return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = PLAN_EXPORT_COLUMNS;
  const lines = [header.join(';'), ...records.map((r) => header.map((h) => cell(r[h])).join(';'))];
  return {
    type: 'text/plain' as const,
    contentType: 'text/csv; charset=utf-8',
    fileName: `plan-${id}.csv`,
    body: '\ufeff' + lines.join('\r\n') + '\r\n',
  };
}
