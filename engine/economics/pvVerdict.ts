import { chooseConfiguration, type SizingQuery } from './chooseConfiguration';
import type { Evaluated } from './configurations';

/** The three sizes a homeowner is shown side by side (each within the owner's limits), null when none fits. */
export interface SizingOptions {
  /** The best 25-year NPV. */
  best_value: Evaluated | null;
  /** The smallest system whose yearly production covers the household's yearly use (else the largest). */
  cover_consumption: Evaluated | null;
  /** As many panels as the roof and the limits take. */
  fill_roof: Evaluated | null;
}

/** What the answer says of the roof as a whole. */
export type PvCase = 'profitable' | 'none_profitable' | 'unsuitable';

/**
 * Why no size pays: `surplus_price_low` — the surplus is bought below what a kWh costs to produce;
 * `self_consumption_low` — too little of the production is used at home to pay back (more would);
 * `cost_per_kwp_high` — even using every kWh at home would not pay back at this price per kWc;
 * `no_room` — no module fits on the computed roof faces.
 */
export type PvReason = 'surplus_price_low' | 'self_consumption_low' | 'cost_per_kwp_high' | 'no_room';

export interface PvVerdict {
  case: PvCase;
  reasons: PvReason[];
  /** The figures behind the reasons, for the best-value size (null when the roof takes no module). */
  figures: {
    /** Discounted cost net of the premium per discounted kWh produced [€/kWh] */
    cost_eur_kwh: number;
    retail_price_eur_kwh: number;
    export_tariff_eur_kwh: number;
    self_consumption_pct: number;
    /**
     * The share of the production to use at home for a kWh to earn its cost, s* with
     * s*·retail + (1 − s*)·export = cost per kWh [%]; > 100 when even full self-consumption does not pay. First-year
     * prices: an indication (the NPV, with price drift and degradation, decides the case).
     */
    break_even_self_consumption_pct: number;
    installed_cost_eur_kwp: number;
  } | null;
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The three sizes (chooseConfiguration with each rule, within the same limits). */
export function sizingOptions(
  all: Evaluated[],
  limits: Omit<SizingQuery, 'sizing'>,
  consumption_kwh: number,
): SizingOptions {
  return {
    best_value: chooseConfiguration(all, { ...limits, sizing: 'npv' }, consumption_kwh),
    cover_consumption: chooseConfiguration(all, { ...limits, sizing: 'consumption' }, consumption_kwh),
    fill_roof: chooseConfiguration(all, { ...limits, sizing: 'max' }, consumption_kwh),
  };
}

/**
 * The case of a roof and, when no size pays, why: `unsuitable` when no module fits, `profitable` when the
 * best-value size has a positive 25-year NPV, else `none_profitable` with its reasons, read off the best-value
 * size's cost per kWh against what its kWh earn (the self-consumed ones at the retail price, the surplus at the
 * purchase tariff).
 */
export function pvVerdict(best: Evaluated | null): PvVerdict {
  if (!best) return { case: 'unsuitable', reasons: ['no_room'], figures: null };
  const a = best.economics.assumptions;
  const cost = best.economics.lcoe_net_of_premium_eur_kwh;
  const retail = a.retail_price_eur_kwh_ttc;
  const exportTariff = a.export_tariff_eur_kwh;
  const share = best.balance.self_consumption_pct;
  const breakEven = retail > exportTariff ? ((cost - exportTariff) / (retail - exportTariff)) * 100 : Infinity;
  const figures = {
    cost_eur_kwh: r3(cost),
    retail_price_eur_kwh: retail,
    export_tariff_eur_kwh: exportTariff,
    self_consumption_pct: r1(share),
    break_even_self_consumption_pct: Number.isFinite(breakEven) ? r1(Math.max(0, breakEven)) : 999,
    installed_cost_eur_kwp: Math.round(a.installation_eur_per_kwp_ttc),
  };
  if (best.economics.npv_eur > 0) return { case: 'profitable', reasons: [], figures };
  const reasons: PvReason[] = [];
  if (exportTariff < cost) reasons.push('surplus_price_low');
  if (breakEven > 100) reasons.push('cost_per_kwp_high');
  else if (share < breakEven) reasons.push('self_consumption_low');
  // A negative NPV whose kWh nonetheless earn their cost at first-year prices loses on what that view leaves out
  // (the purchase contract's end after 20 years, degradation): the price per kWc is what would have to fall.
  if (reasons.length === 0) reasons.push('cost_per_kwp_high');
  return { case: 'none_profitable', reasons, figures };
}
