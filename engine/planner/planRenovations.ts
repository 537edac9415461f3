import { DPE_CLASSES } from '../renovation/types';
import { banDates } from './banDates';
import { checkPlanInvariants } from './checkPlanInvariants';
import { chooseOption, type ChosenOption } from './chooseOption';
import { PLAN_METHOD } from './planMethod';
import { reportDeadlines, SKIP_BUDGET, SKIP_HOUSE_CAP } from './reportDeadlines';
import { strategyKeys } from './strategyKeys';
import { targetRank } from './targetRank';
import type { Letter, Plan, PlanAssignment, PlanInput, PlanYear } from './types';
import { validatePlanInput } from './validatePlanInput';

const emptyClasses = (): Record<Letter, number> => ({ A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 0 });
const dayMs = (date: string): number => (date.startsWith('9999') ? Infinity : Date.parse(`${date}T00:00:00Z`));

/**
 * Plan a landlord's renovations year by year under a yearly budget and the rental-ban calendar: a deterministic
 * greedy (see PLAN_METHOD and docs/planner.md). Works done in year Y count from 1 January of Y + 1.
 * Invariant, by construction and re-checked on the result: no year's spend exceeds its budget, no year exceeds
 * `max_houses_per_year`, no house is renovated twice or before its `available_from_year`.
 * O(years × houses × log houses): one sort of the remaining houses per year.
 * @param input stock, horizon, budget [€/yr], target, strategy, optional yearly house cap, calendar (catalogue.rental_ban)
 * @returns assignments, per-year spend and stock, per-deadline non-compliant houses with the reason, totals
 * @throws RangeError naming the bad field; Error if an invariant fails (a planner bug)
 * @example planRenovations({ houses, start_year: 2027, years: 10, budget_eur_per_year: 5e6,
 *   target: { kind: 'legal' }, strategy: 'worst_first', calendar: catalogue.rental_ban })
 */
export function planRenovations(input: PlanInput): Plan {
  const budgets = validatePlanInput(input);
  const dates = banDates(input.calendar);
  const start = input.start_year;
  const nYears = input.years;
  const cap = input.max_houses_per_year;
  const legal = input.target.kind === 'legal';
  const tRank = targetRank(input.target, dates, `${start + nYears}-01-01`);
  // Sorted by id: the plan never depends on the order of the input.
  const houses = [...input.houses].sort((a, b) => a.id - b.id);
  const n = houses.length;
  const rank = houses.map((h) => DPE_CLASSES.indexOf(h.letter));
  const atTarget = rank.map((r) => r <= tRank);
  const chosen: (ChosenOption | null)[] = houses.map((h, i) =>
    atTarget[i] ? null : chooseOption(h, tRank, legal, dates, start),
  );
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const from = new Int32Array(n);
  const banMs = new Float64Array(n);
  houses.forEach((h, i) => {
    const c = chosen[i];
    if (c) [k1[i], k2[i]] = strategyKeys(input.strategy, h, c.option);
    from[i] = h.available_from_year ?? start;
    banMs[i] = dayMs(dates[h.letter]);
  });
  const works: (number | null)[] = new Array<number | null>(n).fill(null);
  const skips = new Uint8Array(n * nYears);
  const classes = emptyClasses();
  let energy = 0;
  let co2 = 0;
  let bills = 0;
  for (const h of houses) {
    classes[h.letter] += 1;
    energy += h.energy_kwh_yr;
    co2 += h.co2_kg_yr;
    bills += h.bill_eur_yr;
  }
  const classesStart = { ...classes };
  const assignments: PlanAssignment[] = [];
  const years: PlanYear[] = [];
  let pending: number[] = [];
  for (let i = 0; i < n; i++) if (chosen[i]) pending.push(i);
  const urgency = new Float64Array(n);
  for (let y = 0; y < nYears; y++) {
    const year = start + y;
    const yearMs = dayMs(`${year}-01-01`);
    const candidates = pending.filter((i) => from[i]! <= year);
    // Legal urgency: the day the current class stops being lettable; all classes banned by now tie.
    for (const i of candidates) urgency[i] = Math.max(banMs[i]!, yearMs);
    candidates.sort((a, b) => urgency[a]! - urgency[b]! || k1[a]! - k1[b]! || k2[a]! - k2[b]! || a - b);
    const budget = budgets[y]!;
    let spend = 0;
    let count = 0;
    for (const i of candidates) {
      if (cap !== undefined && count >= cap) {
        skips[i * nYears + y] = SKIP_HOUSE_CAP;
        continue;
      }
      const o = chosen[i]!.option;
      // The only place money is committed: the year's spend stays ≤ its budget after every addition.
      if (!(spend + o.cost_eur <= budget)) {
        skips[i * nYears + y] = SKIP_BUDGET;
        continue;
      }
      spend += o.cost_eur;
      count += 1;
      works[i] = year;
      const h = houses[i]!;
      assignments.push({
        house_id: h.id,
        year,
        package_id: o.package_id,
        cost_eur: o.cost_eur,
        letter_before: h.letter,
        letter_after: o.letter,
      });
      classes[h.letter] -= 1;
      classes[o.letter] += 1;
      energy -= o.energy_saved_kwh_yr;
      co2 -= o.co2_saved_kg_yr;
      bills -= o.bill_saved_eur_yr;
    }
    if (count > 0) pending = pending.filter((i) => works[i] === null);
    years.push({
      year,
      spend_eur: spend,
      budget_eur: budget,
      houses: count,
      classes: { ...classes },
      energy_kwh_yr: energy,
      co2_kg_yr: co2,
      bills_eur_yr: bills,
    });
  }
  checkPlanInvariants(assignments, houses, budgets, start, cap);
  const deadlines = reportDeadlines(
    {
      houses,
      chosen,
      at_target: atTarget,
      works_year: works,
      skips,
      budgets,
      start_year: start,
      max_houses_per_year: cap,
    },
    dates,
  );
  let saved = { energy: 0, co2: 0, bill: 0 };
  for (let i = 0; i < n; i++)
    if (works[i] !== null) {
      const o = chosen[i]!.option;
      saved = {
        energy: saved.energy + o.energy_saved_kwh_yr,
        co2: saved.co2 + o.co2_saved_kg_yr,
        bill: saved.bill + o.bill_saved_eur_yr,
      };
    }
  const below = DPE_CLASSES.reduce((s, l, r) => (r > tRank ? s + classes[l] : s), 0);
  return {
    strategy: input.strategy,
    start_year: start,
    assignments,
    years,
    deadlines,
    // Legal: every house lettable at each deadline after the start and at the end; min_class: every house at it.
    target_met: below === 0 && (!legal || deadlines.every((d) => d.passed_at_start || d.non_compliant.length === 0)),
    totals: {
      spend_eur: years.reduce((s, y) => s + y.spend_eur, 0),
      budget_eur: budgets.reduce((s, b) => s + b, 0),
      houses_renovated: assignments.length,
      energy_saved_kwh_yr: saved.energy,
      co2_saved_kg_yr: saved.co2,
      bill_saved_eur_yr: saved.bill,
      classes_start: classesStart,
      classes_end: { ...classes },
      houses_below_target_end: below,
    },
    method: PLAN_METHOD,
  };
}
