import { DPE_CLASSES } from '../renovation/types';
import type { ChosenOption } from './chooseOption';
import type { Letter, NonCompliance, NonComplianceReason, PlanDeadline, PlanHouse } from './types';

/** Why a house was passed over in a year (one byte per house and year). */
export const SKIP_BUDGET = 1;
export const SKIP_HOUSE_CAP = 2;

/** What the planner knows once every year is planned, houses sorted by id (index i everywhere). */
export interface PlannedStock {
  houses: PlanHouse[];
  chosen: (ChosenOption | null)[];
  at_target: boolean[];
  /** Year of works per house, or null. */
  works_year: (number | null)[];
  /** skips[i * years + y]: SKIP_BUDGET, SKIP_HOUSE_CAP or 0. */
  skips: Uint8Array;
  budgets: number[];
  start_year: number;
  max_houses_per_year?: number;
}

/**
 * Every calendar deadline on or before the day the last year's works count (1 January after the horizon),
 * including those already passed at the start, with the houses that may not be let on it and why, and a lower
 * bound on what any plan would need to spend by then. Works of year Y count from 1 January of Y + 1, so a deadline
 * on date D is met by works in years ≤ year(D) − 1.
 * Reasons, first that applies: already_banned_at_start (the date is not after 1 January of the start year);
 * no_option_reaches (no package of the house is lettable on the date); target_below_ban (the house met a min_class
 * target that is banned on the date); not_available (its earliest year of works counts too late); budget (passed over
 * for want of budget in a year whose works would have counted); house_cap (passed over for the yearly cap only).
 * @param stock the planned stock
 * @param ban_dates first day each class may not be let (banDates)
 * @returns deadlines by date, non-compliant houses by id
 */
export function reportDeadlines(stock: PlannedStock, ban_dates: Record<Letter, string>): PlanDeadline[] {
  const years = stock.budgets.length;
  const startDate = `${stock.start_year}-01-01`;
  const endDate = `${stock.start_year + years}-01-01`;
  const dates = [...new Set(DPE_CLASSES.map((l) => ban_dates[l]))].filter((d) => d <= endDate).sort();
  return dates.map((date) => {
    // The best class banned on that date is the step's own class; worse ones were banned with it or before.
    const banned_letter = DPE_CLASSES.find((l) => ban_dates[l] <= date)!;
    const passed = date <= startDate;
    const lastYear = Number(date.slice(0, 4)) - 1;
    const non_compliant: NonCompliance[] = [];
    let required = 0;
    let needed = 0;
    let hopeless = false;
    stock.houses.forEach((h, i) => {
      const firstYear = Math.max(stock.start_year, h.available_from_year ?? stock.start_year);
      let cheapest = Infinity;
      for (const o of h.options) if (ban_dates[o.letter] > date && o.cost_eur < cheapest) cheapest = o.cost_eur;
      // Lower bound: a house banned on the date at the start needs works counting by then, with a lettable package.
      if (!passed && ban_dates[h.letter] <= date) {
        if (cheapest === Infinity || firstYear > lastYear) hopeless = true;
        else {
          required += cheapest;
          needed += 1;
        }
      }
      const wy = stock.works_year[i]!;
      const done = wy !== null && wy <= lastYear;
      const letter = done ? stock.chosen[i]!.option.letter : h.letter;
      if (ban_dates[letter] > date) return;
      let reason: NonComplianceReason;
      if (passed) reason = 'already_banned_at_start';
      else if (cheapest === Infinity) reason = 'no_option_reaches';
      else if (done || stock.at_target[i]) reason = 'target_below_ban';
      else if (firstYear > lastYear || stock.chosen[i] === null) reason = 'not_available';
      else {
        let budget = false;
        let cap = false;
        for (let y = firstYear; y <= lastYear; y++) {
          const s = stock.skips[i * years + (y - stock.start_year)];
          budget ||= s === SKIP_BUDGET;
          cap ||= s === SKIP_HOUSE_CAP;
        }
        reason = budget || !cap ? 'budget' : 'house_cap';
      }
      non_compliant.push({ house_id: h.id, letter, reason, works_year: wy });
    });
    if (passed)
      return {
        date,
        banned_letter,
        passed_at_start: true,
        non_compliant,
        required_min_eur: null,
        budget_until_eur: null,
        provably_infeasible: non_compliant.length > 0,
      };
    const inTime = Math.max(0, lastYear - stock.start_year + 1);
    let budgetUntil = 0;
    for (let y = 0; y < inTime; y++) budgetUntil += stock.budgets[y]!;
    const capTooSmall = stock.max_houses_per_year !== undefined && needed > stock.max_houses_per_year * inTime;
    return {
      date,
      banned_letter,
      passed_at_start: false,
      non_compliant,
      required_min_eur: required,
      budget_until_eur: budgetUntil,
      provably_infeasible: hopeless || required > budgetUntil || capTooSmall,
    };
  });
}
