import { checkRange } from '../geo/checkRange';
import { capitalRecoveryFactor } from './capitalRecoveryFactor';
import type { FarmEconomics, FarmEconomicsData } from './types';

/**
 * Cost and impact figures of a farm from its rating and first-year production, with the sourced figures of
 * fixtures/farm/economics.json:
 *
 *   CAPEX = kWp·1000·c [€];  OPEX = kWp·o [€/yr];  CRF = r(1 + r)ⁿ/((1 + r)ⁿ − 1)
 *   LCOE = (CAPEX·CRF + OPEX) / (E₁·CRF·Σₜ₌₁ⁿ (1 − d)^(t−1)/(1 + r)ᵗ)   [€/kWh → €/MWh]
 *
 * i.e. the annualised cost over the annualised (discounted, degraded) energy, which is the discounted-cost over
 * discounted-energy LCOE (Short et al. 1995, NREL/TP-462-5173, §4) and reduces to (CAPEX·CRF + OPEX)/E₁ when d = 0.
 * Households = E₁ / household consumption; CO2 avoided = E₁ × the grid factor.
 *
 * @param kwp DC rating [kWp], > 0
 * @param annual_kwh first-year production [kWh/yr], ≥ 0
 * @param economics the sourced figures (fixtures/farm/economics.json through parseFarmEconomics)
 * @example farmEconomics(18_540, 18_329_000, economics).households // ≈ 6,110 (the Leforest developer's own equivalence)
 */
export function farmEconomics(kwp: number, annual_kwh: number, economics: FarmEconomicsData): FarmEconomics {
  checkRange('kwp', kwp, Number.MIN_VALUE, 1e8);
  checkRange('annual_kwh', annual_kwh, 0, 1e12);
  const r = economics.discount_rate_pct.value / 100;
  const n = economics.life_years.value;
  const d = economics.degradation_pct_yr.value / 100;
  const crf = capitalRecoveryFactor(economics.discount_rate_pct.value, n);
  const capex = kwp * 1000 * economics.capex_eur_per_wp.value;
  const opex = kwp * economics.opex_eur_per_kwp_yr.value;
  let discounted = 0;
  for (let t = 1; t <= n; t++) discounted += Math.pow(1 - d, t - 1) / Math.pow(1 + r, t);
  const levelisedKwh = annual_kwh * crf * discounted;
  return {
    capex_eur: capex,
    opex_eur_yr: opex,
    lcoe_eur_mwh: levelisedKwh > 0 ? ((capex * crf + opex) / levelisedKwh) * 1000 : Infinity,
    households: annual_kwh / economics.household_kwh_yr.value,
    co2_avoided_t_yr: (annual_kwh * economics.co2_kg_kwh.value) / 1000,
    assumptions: {
      capex_eur_per_wp: economics.capex_eur_per_wp.value,
      opex_eur_per_kwp_yr: economics.opex_eur_per_kwp_yr.value,
      discount_rate_pct: economics.discount_rate_pct.value,
      life_years: n,
      degradation_pct_yr: economics.degradation_pct_yr.value,
      capital_recovery_factor: crf,
      household_kwh_yr: economics.household_kwh_yr.value,
      co2_kg_kwh: economics.co2_kg_kwh.value,
      tender_price_eur_mwh: economics.tender_price_eur_mwh.value,
      compiled_on: economics.compiled_on,
    },
  };
}
