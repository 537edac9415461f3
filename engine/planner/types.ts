import type { DpeClass, RentalBanCalendar } from '../renovation/types';

/** DPE class, A (best) … G (worst): the same union as the renovation engine's `DpeClass`. */
export type Letter = DpeClass;

/** One renovation package a house may receive (from the stock estimate: the house after each package). */
export interface PlanOption {
  package_id: string;
  /** DPE class after the package. */
  letter: Letter;
  /** Cost of the works [€ TTC]. */
  cost_eur: number;
  /** Final energy saved [kWh/yr]. */
  energy_saved_kwh_yr: number;
  /** Greenhouse-gas emissions saved [kg CO2e/yr]. */
  co2_saved_kg_yr: number;
  /** Tenants' energy bill saved [€/yr]. */
  bill_saved_eur_yr: number;
}

/** One house of a landlord's stock, now. */
export interface PlanHouse {
  id: number;
  letter: Letter;
  /** Primary energy [kWh/(m²·yr)] (breaks ties among equal letters for worst_first). */
  ep_kwh_m2: number;
  /** Final energy [kWh/yr]. */
  energy_kwh_yr: number;
  /** Emissions [kg CO2e/yr]. */
  co2_kg_yr: number;
  /** Tenants' energy bill [€/yr]. */
  bill_eur_yr: number;
  options: PlanOption[];
  /** First year works may start (tenant change) [year]; default the plan's start year. */
  available_from_year?: number;
}

export const STRATEGIES = ['worst_first', 'cheapest_class_gain', 'kwh_per_eur', 'co2_per_eur'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export type PlanTarget = { kind: 'legal' } | { kind: 'min_class'; letter: Letter };

export interface PlanInput {
  houses: PlanHouse[];
  /** First year of works [year]. */
  start_year: number;
  /** Number of years planned, 1…30. */
  years: number;
  /** Budget of works [€/yr]: one figure for every year, or one per year. Unspent budget is not carried over. */
  budget_eur_per_year: number | number[];
  target: PlanTarget;
  strategy: Strategy;
  /** At most this many houses renovated in a year (site capacity, tenant moves). */
  max_houses_per_year?: number;
  /** The rental-ban calendar (`catalogue.rental_ban`). */
  calendar: RentalBanCalendar;
}

/** One house renovated: works during `year`, counted from 1 January of `year + 1`. */
export interface PlanAssignment {
  house_id: number;
  year: number;
  package_id: string;
  cost_eur: number;
  letter_before: Letter;
  letter_after: Letter;
}

export interface PlanYear {
  year: number;
  spend_eur: number;
  budget_eur: number;
  /** Houses renovated during the year. */
  houses: number;
  /** Houses per class once the year's works count (1 January of year + 1). */
  classes: Record<Letter, number>;
  /** Whole stock after the year's works [kWh/yr], [kg CO2e/yr], [€/yr]. */
  energy_kwh_yr: number;
  co2_kg_yr: number;
  bills_eur_yr: number;
}

export type NonComplianceReason =
  | 'already_banned_at_start'
  | 'budget'
  | 'house_cap'
  | 'no_option_reaches'
  | 'not_available'
  /** min_class target worse than the calendar: the house reached the requested class, which is banned at this date. */
  | 'target_below_ban';

export interface NonCompliance {
  house_id: number;
  /** Class at the deadline. */
  letter: Letter;
  reason: NonComplianceReason;
  /** Year of its works in the plan (counted from 1 January of the next year), null when none. */
  works_year: number | null;
}

export interface PlanDeadline {
  /** Date from which `banned_letter` (and every worse class) may no longer be let [YYYY-MM-DD]. */
  date: string;
  banned_letter: Letter;
  /** Whether the date is on or before 1 January of the start year (nothing planned can count by then). */
  passed_at_start: boolean;
  non_compliant: NonCompliance[];
  /**
   * Lower bound on what any plan must spend by this date [€]: the cheapest option lettable on the date, summed over
   * the houses banned on it that can still be renovated in time; null for a deadline passed at start.
   */
  required_min_eur: number | null;
  /** Budget of the years whose works count by this date [€]; null for a deadline passed at start. */
  budget_until_eur: number | null;
  /** true when `required_min_eur > budget_until_eur` (or the house cap is too small): no plan can meet it. */
  provably_infeasible: boolean;
}

export interface PlanTotals {
  spend_eur: number;
  budget_eur: number;
  houses_renovated: number;
  energy_saved_kwh_yr: number;
  co2_saved_kg_yr: number;
  bill_saved_eur_yr: number;
  classes_start: Record<Letter, number>;
  classes_end: Record<Letter, number>;
  /** Houses still short of the target once the last year's works count. */
  houses_below_target_end: number;
}

export interface Plan {
  strategy: Strategy;
  start_year: number;
  assignments: PlanAssignment[];
  years: PlanYear[];
  deadlines: PlanDeadline[];
  target_met: boolean;
  totals: PlanTotals;
  method: string;
}

/** One strategy's outcome, for side-by-side comparison. */
export interface StrategyComparison {
  strategy: Strategy;
  target_met: boolean;
  totals: PlanTotals;
  /** Houses that may not be let at each deadline. */
  non_compliant: { date: string; banned_letter: Letter; houses: number }[];
}
