import type { Evaluated } from './configurations';

/** How to pick a system among the tabulated panel counts: best NPV, the largest, or the smallest covering the load. */
export type Sizing = 'npv' | 'max' | 'consumption';

/** The owner's limits and sizing rule. */
export interface SizingQuery {
  /** Largest DC rating allowed [kWp]. */
  kwp_max?: number;
  /** Largest installation cost allowed [€ TTC]. */
  budget_eur?: number;
  sizing: Sizing;
}

/**
 * Picks the configuration the sizing rule asks for among those the limits allow (kWp, budget): 'max' the largest,
 * 'consumption' the first whose production covers `consumption_kwh` (else the largest), 'npv' the best 25-year NPV.
 *
 * @param all configurations in increasing panel count (evaluateCounts)
 * @param consumption_kwh the household's yearly consumption [kWh/yr]
 * @returns the chosen configuration, or null when no configuration fits the limits
 */
export function chooseConfiguration(all: Evaluated[], query: SizingQuery, consumption_kwh: number): Evaluated | null {
  const allowed = all.filter(
    (e) =>
      (query.kwp_max === undefined || e.config.kwp <= query.kwp_max + 1e-9) &&
      (query.budget_eur === undefined || e.economics.capex_eur <= query.budget_eur),
  );
  if (allowed.length === 0) return null;
  if (query.sizing === 'max') return allowed[allowed.length - 1]!;
  if (query.sizing === 'consumption') {
    return allowed.find((e) => e.balance.production_kwh >= consumption_kwh) ?? allowed[allowed.length - 1]!;
  }
  return allowed.reduce((best, e) => (e.economics.npv_eur > best.economics.npv_eur ? e : best));
}
