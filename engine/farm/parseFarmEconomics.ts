import { date, num, obj, provenance, sources, str, FULL_DATE, type Obj } from '../fixtures/fields';
import type { FarmEconomicsData, FarmFigure } from './types';

function figure(root: Obj, key: string, ids: Set<string>, min: number, max: number): FarmFigure {
  const p = `farm.${key}`;
  const o = obj(root[key], p);
  const f: FarmFigure = { value: num(o, 'value', p, min, max), ...provenance(o, p, ids) };
  if (o.date !== undefined) f.date = date(o, 'date', p);
  return f;
}

/**
 * Validate a parsed fixtures/farm/economics.json and return it typed: every figure present, in range, with a
 * `source` naming an entry of `sources` (engine/fixtures/fields). Throws a RangeError naming the field, e.g.
 * "farm.capex_eur_per_wp.value must be a number within [0.1, 5], got 9".
 *
 * @param json the parsed file
 */
export function parseFarmEconomics(json: unknown): FarmEconomicsData {
  const root = obj(json, 'farm');
  const list = sources(root, 'farm');
  const ids = new Set(list.map((s) => s.id));
  const compiled = date(root, 'compiled_on', 'farm', FULL_DATE);
  str(root, 'currency', 'farm');
  if (root.currency !== 'EUR') throw new RangeError(`farm.currency must be EUR, got ${JSON.stringify(root.currency)}`);
  return {
    compiled_on: compiled,
    sources: list,
    capex_eur_per_wp: figure(root, 'capex_eur_per_wp', ids, 0.1, 5),
    opex_eur_per_kwp_yr: figure(root, 'opex_eur_per_kwp_yr', ids, 0, 200),
    discount_rate_pct: figure(root, 'discount_rate_pct', ids, 0, 30),
    life_years: figure(root, 'life_years', ids, 1, 60),
    degradation_pct_yr: figure(root, 'degradation_pct_yr', ids, 0, 5),
    household_kwh_yr: figure(root, 'household_kwh_yr', ids, 500, 20_000),
    co2_kg_kwh: figure(root, 'co2_kg_kwh', ids, 0, 2),
    tender_price_eur_mwh: figure(root, 'tender_price_eur_mwh', ids, 0, 1000),
  };
}
