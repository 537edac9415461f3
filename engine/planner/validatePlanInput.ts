import { DPE_CLASSES } from '../renovation/types';
import { STRATEGIES, type PlanInput } from './types';

/** Most houses one plan accepts (the issue's bound on a request; Maisons & Cités owns ~63,000). */
export const MAX_PLAN_HOUSES = 100_000;
/** Longest horizon [years]. */
export const MAX_PLAN_YEARS = 30;

function finite(value: unknown, field: string, min = -Infinity): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
    throw new RangeError(
      `${field} must be a finite number${min > -Infinity ? ` >= ${min}` : ''}, got ${JSON.stringify(value)}`,
    );
}

function integer(value: unknown, field: string, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${field} must be an integer within [${min}, ${max}], got ${JSON.stringify(value)}`);
}

function letter(value: unknown, field: string): void {
  if (!DPE_CLASSES.includes(value as never))
    throw new RangeError(`${field} must be one of ${DPE_CLASSES.join(', ')}, got ${JSON.stringify(value)}`);
}

/**
 * Check a plan request before any work and spell out the budget per year.
 * @param input the plan request (`strategy` is checked unless `checkStrategy` is false, for compareStrategies)
 * @returns the budget of each year [€], `years` entries
 * @throws RangeError naming the first bad field (`budget_eur_per_year`, `years`, `strategy`, `houses[3].letter`, …)
 */
export function validatePlanInput(input: PlanInput, checkStrategy = true): number[] {
  if (input === null || typeof input !== 'object') throw new RangeError('input must be an object');
  integer(input.start_year, 'start_year', 1900, 2200);
  integer(input.years, 'years', 1, MAX_PLAN_YEARS);
  if (checkStrategy && !STRATEGIES.includes(input.strategy))
    throw new RangeError(`strategy must be one of ${STRATEGIES.join(', ')}, got ${JSON.stringify(input.strategy)}`);
  const b = input.budget_eur_per_year;
  let budgets: number[];
  if (Array.isArray(b)) {
    if (b.length !== input.years)
      throw new RangeError(
        `budget_eur_per_year must have one entry per year (${input.years}), got ${b.length} entries`,
      );
    b.forEach((v, i) => finite(v, `budget_eur_per_year[${i}]`, 0));
    budgets = [...b];
  } else {
    finite(b, 'budget_eur_per_year', 0);
    budgets = new Array<number>(input.years).fill(b);
  }
  const t = input.target as { kind?: unknown; letter?: unknown } | null;
  if (t === null || typeof t !== 'object' || (t.kind !== 'legal' && t.kind !== 'min_class'))
    throw new RangeError(`target.kind must be 'legal' or 'min_class', got ${JSON.stringify(t?.kind)}`);
  if (t.kind === 'min_class') letter(t.letter, 'target.letter');
  if (input.max_houses_per_year !== undefined)
    integer(input.max_houses_per_year, 'max_houses_per_year', 0, Number.MAX_SAFE_INTEGER);
  if (!Array.isArray(input.houses)) throw new RangeError('houses must be an array');
  if (input.houses.length > MAX_PLAN_HOUSES)
    throw new RangeError(`houses must hold at most ${MAX_PLAN_HOUSES} houses, got ${input.houses.length}`);
  const ids = new Set<number>();
  input.houses.forEach((h, i) => {
    const at = `houses[${i}]`;
    if (h === null || typeof h !== 'object') throw new RangeError(`${at} must be an object`);
    integer(h.id, `${at}.id`, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (ids.has(h.id)) throw new RangeError(`${at}.id is a duplicate: ${h.id}`);
    ids.add(h.id);
    letter(h.letter, `${at}.letter`);
    finite(h.ep_kwh_m2, `${at}.ep_kwh_m2`, 0);
    finite(h.energy_kwh_yr, `${at}.energy_kwh_yr`, 0);
    finite(h.co2_kg_yr, `${at}.co2_kg_yr`, 0);
    finite(h.bill_eur_yr, `${at}.bill_eur_yr`, 0);
    if (h.available_from_year !== undefined) integer(h.available_from_year, `${at}.available_from_year`, 1900, 2200);
    if (!Array.isArray(h.options)) throw new RangeError(`${at}.options must be an array`);
    const packages = new Set<string>();
    h.options.forEach((o, j) => {
      const ot = `${at}.options[${j}]`;
      if (o === null || typeof o !== 'object') throw new RangeError(`${ot} must be an object`);
      if (typeof o.package_id !== 'string' || o.package_id === '' || packages.has(o.package_id))
        throw new RangeError(`${ot}.package_id must be a non-empty string unique within the house`);
      packages.add(o.package_id);
      letter(o.letter, `${ot}.letter`);
      finite(o.cost_eur, `${ot}.cost_eur`, 0);
      finite(o.energy_saved_kwh_yr, `${ot}.energy_saved_kwh_yr`);
      finite(o.co2_saved_kg_yr, `${ot}.co2_saved_kg_yr`);
      finite(o.bill_saved_eur_yr, `${ot}.bill_saved_eur_yr`);
    });
  });
  return budgets;
}
