/**
 * The social landlord's data once parsed (the « Bailleur » workspace): the organisation behind a token, its
 * portfolios, a portfolio's DPE estimate, and a renovation plan with its strategy comparison. Contract:
 * docs/client.md « Bailleur » (GET /me, /portfolios, /portfolios/{id}/estimate, POST /portfolios/plan). Field names
 * follow the client's records (camelCase, unit suffixes).
 */
import type { DpeLetter } from './renovationTypes';
import type { Bbox } from './types';

export interface Organisation {
  id: number;
  slug: string;
  name: string;
}

/** GET /me: the organisation and how many buildings it owns. */
export interface LandlordMe {
  organisation: Organisation;
  buildings: number;
}

/** Which of the organisation's buildings a portfolio holds (each condition narrows; none given: all of them). */
export interface PortfolioSelection {
  cite?: string;
  commune?: string;
  /** [minLon, minLat, maxLon, maxLat] [°]. */
  bbox?: Bbox;
  typologies?: string[];
  ids?: number[];
}

export interface PortfolioSummary {
  id: number;
  name: string;
  selection: PortfolioSelection;
  /** Buildings in the portfolio. */
  buildings: number;
  /** ISO 8601 instant. */
  createdAt: string;
}

export interface PortfolioDetail extends PortfolioSummary {
  buildingIds: number[];
}

export interface EstimatePackage {
  id: string;
  /** DPE class after the package. */
  letter: DpeLetter;
  /** Cost of the works [€ TTC]. */
  cost_eur: number;
}

export interface EstimateHouse {
  buildingId: number;
  letter: DpeLetter;
  /** Primary energy [kWhEP/(m²·yr)]. */
  ep_kwh_m2: number;
  /** [lon, lat] [°]. */
  center: [number, number];
  packages: EstimatePackage[];
}

/** GET /portfolios/{id}/estimate: every house's class today (what the 3D view colours). */
export interface PortfolioEstimate {
  portfolioId: number;
  /** Date of the estimate, ISO 8601. */
  date: string;
  buildings: number;
  classes: Record<DpeLetter, number>;
  houses: EstimateHouse[];
}

/** Planner strategies (engine/planner): the order houses are taken in. */
export const STRATEGIES = ['worst_first', 'cheapest_class_gain', 'kwh_per_eur', 'co2_per_eur'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Why a house may not be let at a deadline (engine/planner NonComplianceReason). */
export const NON_COMPLIANCE_REASONS = [
  'already_banned_at_start',
  'budget',
  'house_cap',
  'no_option_reaches',
  'not_available',
  'target_below_ban',
] as const;
export type NonComplianceReason = (typeof NON_COMPLIANCE_REASONS)[number];

export type PlanTarget = { kind: 'legal' } | { kind: 'min_class'; letter: DpeLetter };

/** The body of POST /portfolios/plan. */
export interface PlanRequest {
  portfolioId: number;
  /** First year of works [year]. */
  startYear: number;
  /** Years planned, 1–30. */
  years: number;
  /** Budget of works [€/yr], ≥ 0. */
  budget_eur_per_year: number;
  target: PlanTarget;
  strategy: Strategy;
  /** At most this many houses renovated a year; null: no limit. */
  maxHousesPerYear: number | null;
  compare: boolean;
}

/** One house renovated: works during `year`, counted from 1 January of `year + 1`. */
export interface PlanAssignment {
  houseId: number;
  year: number;
  packageId: string;
  cost_eur: number;
  letterBefore: DpeLetter;
  letterAfter: DpeLetter;
}

export interface PlanYear {
  year: number;
  spend_eur: number;
  budget_eur: number;
  /** Houses renovated during the year. */
  houses: number;
  /** Houses per class once the year's works count (1 January of year + 1). */
  classes: Record<DpeLetter, number>;
  /** Whole stock after the year's works [kWh/yr], [kg CO2e/yr], [€/yr]. */
  energy_kwh_yr: number;
  co2_kg_yr: number;
  bills_eur_yr: number;
}

export interface NonCompliance {
  houseId: number;
  /** Class at the deadline. */
  letter: DpeLetter;
  reason: NonComplianceReason;
  /** Year of its works in the plan, null when none. */
  worksYear: number | null;
}

export interface PlanDeadline {
  /** First day `bannedLetter` and every worse class may no longer be let, YYYY-MM-DD. */
  date: string;
  bannedLetter: DpeLetter;
  passedAtStart: boolean;
  nonCompliant: NonCompliance[];
  /** Least any plan must spend by the date [€]; null for a deadline passed at start. */
  requiredMin_eur: number | null;
  /** Budget of the years whose works count by the date [€]; null for a deadline passed at start. */
  budgetUntil_eur: number | null;
  provablyInfeasible: boolean;
}

export interface PlanTotals {
  spend_eur: number;
  budget_eur: number;
  housesRenovated: number;
  energySaved_kwh_yr: number;
  co2Saved_kg_yr: number;
  billSaved_eur_yr: number;
  classesStart: Record<DpeLetter, number>;
  classesEnd: Record<DpeLetter, number>;
  housesBelowTargetEnd: number;
}

export interface Plan {
  strategy: Strategy;
  startYear: number;
  assignments: PlanAssignment[];
  years: PlanYear[];
  deadlines: PlanDeadline[];
  targetMet: boolean;
  totals: PlanTotals;
  /** How the plan was made (English, from the API). */
  method: string;
}

/** One strategy's outcome, side by side with the others. */
export interface StrategyComparison {
  strategy: Strategy;
  targetMet: boolean;
  totals: PlanTotals;
  /** Houses that may not be let at each deadline. */
  nonCompliant: { date: string; bannedLetter: DpeLetter; houses: number }[];
}

/** POST /portfolios/plan's answer. */
export interface PlanAnswer {
  planId: number;
  plan: Plan;
  /** Every strategy with the same budget and target, when asked; else null. */
  comparison: StrategyComparison[] | null;
}

export type ExportFormat = 'csv' | 'geojson';
export type DecimalMark = 'point' | 'comma';
