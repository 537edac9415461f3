import { bandFor } from './bandFor';
import type { Tariffs } from './types';
import { vatRuleFor, type VatFacts } from './vatRuleFor';

/** Inputs of pvEconomics. */
export interface PvEconomicsInput {
  /** Installed peak power [kWc], > 0 and within the largest tariff band */
  kwp: number;
  /** First-year AC production [kWh/yr], > 0 */
  production_kwh: number;
  /** First-year self-consumed energy [kWh/yr], ≥ 0 */
  self_consumed_kwh: number;
  /** First-year energy exported to EDF OA [kWh/yr], ≥ 0; self + exported ≤ production */
  exported_kwh: number;
  tariffs: Tariffs;
  /** Installation cost override [€ TTC], e.g. a real quote; default kwp × the size band's €/kWc */
  capex_eur?: number;
  /**
   * What is known of the installation for its VAT (vatRuleFor). Given, the band's price is converted from its quoted
   * VAT to the rate that applies; absent, the band's price is used as quoted. Ignored with `capex_eur`.
   */
  vat?: VatFacts;
}

/** The figures pvEconomics used, with their dates, for display beside the result. */
export interface PvEconomicsAssumptions {
  tariffs_valid_from: string;
  capex_source: 'override' | 'tariff_band';
  installation_band_max_kwp: number;
  installation_eur_per_kwp_ttc: number;
  installation_cost_date: string;
  /** The VAT rate in capex [%]: the rule's when `vat` was given, else the band's quoted rate; null with capex_eur */
  vat_rate_pct: number | null;
  /** The rule that set vat_rate_pct (its text and source), or null when the band's quoted rate was kept */
  vat_rule: { rate_pct: number; applies_to: string; source: string; valid_from: string } | null;
  oa_quarter: string;
  oa_band_max_kwp: number;
  export_tariff_eur_kwh: number;
  oa_contract_years: number;
  after_contract_export_eur_kwh: number;
  premium_eur_per_kwp: number;
  premium_instalments_pct: number[];
  retail_price_eur_kwh_ttc: number;
  retail_price_date: string | undefined;
  retail_drift_pct_yr: number;
  degradation_pct_yr: number;
  discount_rate_pct: number;
  lifetime_years: number;
  inverter_replacement_year: number;
  inverter_replacement_eur: number;
  maintenance_eur_yr: number;
  co2_factor_kg_kwh: number;
  co2_factor_date: string | undefined;
}

/** Money and CO2 of a homeowner PV system (all € TTC, nominal). */
export interface PvEconomicsResult {
  /** Installation cost [€] */
  capex_eur: number;
  /** Self-consumption premium, all instalments, undiscounted [€] */
  premium_eur: number;
  /** capex − premium [€] */
  net_cost_eur: number;
  /** self_consumed × retail price [€/yr] */
  first_year_savings_eur: number;
  /** exported × OA tariff [€/yr] */
  first_year_export_eur: number;
  /** savings + export − maintenance, year 1 [€/yr] */
  first_year_benefit_eur: number;
  /** Years until the cumulative cash flow first reaches 0 (linear within the year); null if not within the lifetime */
  payback_years: number | null;
  /** Net present value over the lifetime at the discount rate [€] */
  npv_eur: number;
  /** Discounted costs (capex, maintenance, inverter) / discounted production [€/kWh] */
  lcoe_eur_kwh: number;
  /** As lcoe_eur_kwh with the discounted premium deducted from the costs [€/kWh] */
  lcoe_net_of_premium_eur_kwh: number;
  /** First-year production × grid factor [kg CO2e/yr] */
  co2_avoided_kg_yr: number;
  /** Cash flow of year 0 (−capex) … lifetime [€] */
  cashflows_eur: number[];
  assumptions: PvEconomicsAssumptions;
}

function check(name: string, v: number, min: number, max = Infinity): void {
  if (!(Number.isFinite(v) && v >= min && v <= max))
    throw new RangeError(`${name} must be within [${min}, ${max}], got ${v}`);
}

/**
 * Cost, savings, payback, NPV, LCOE and CO2 of a rooftop PV system in self-consumption with surplus sale.
 * Year t = 1 … N (N = lifetime), d = degradation, g = retail drift, r = discount rate (fractions):
 *
 *   capex        = capex_eur ?? kwp × c_band / (1 + v_quoted) × (1 + v)   (installation band by kwp; v the VAT
 *                                                                   rule's rate when `vat` is given, else v_quoted)
 *   premium_t    = kwp × p_band × instalment_t                   (OA band by kwp; year 1 = first surplus invoice)
 *   f_t          = (1 − d)^(t−1)                                  (degradation; self-consumed and exported energy
 *                                                                   scale with production, ratio kept)
 *   savings_t    = S₁ f_t × retail × (1 + g)^(t−1)
 *   export_t     = E₁ f_t × (OA tariff if t ≤ contract years else after-contract value)   (OA tariff is fixed)
 *   costs_t      = maintenance + (t = inverter year ? kwp × inverter €/kWc : 0)
 *   CF₀ = −capex;  CF_t = savings_t + export_t + premium_t − costs_t
 *   NPV          = Σ_{t=0..N} CF_t / (1 + r)^t
 *   payback      = first t with Σ_{k≤t} CF_k ≥ 0, interpolated: (t − 1) + (−Σ_{k≤t−1} CF_k) / CF_t; null if none
 *   LCOE         = (capex + Σ costs_t/(1+r)^t) / Σ P₁ f_t/(1+r)^t
 *   CO2          = P₁ × grid factor (every PV kWh displaces a grid kWh)
 *
 * Simple payback = undiscounted, but with drift and degradation. The subscription is not saved and is left out.
 * @throws RangeError naming the invalid field
 * @example pvEconomics({ kwp: 3, production_kwh: 3000, self_consumed_kwh: 1000, exported_kwh: 2000, tariffs })
 */
export function pvEconomics(input: PvEconomicsInput): PvEconomicsResult {
  const { kwp, production_kwh: p1, self_consumed_kwh: s1, exported_kwh: e1, tariffs } = input;
  if (typeof tariffs !== 'object' || tariffs === null)
    throw new RangeError('tariffs must be a Tariffs object (see parseTariffs)');
  check('kwp', kwp, Number.MIN_VALUE);
  check('production_kwh', p1, Number.MIN_VALUE);
  check('self_consumed_kwh', s1, 0);
  check('exported_kwh', e1, 0);
  if (s1 + e1 > p1 * (1 + 1e-9) + 1e-9) {
    throw new RangeError(`self_consumed_kwh + exported_kwh must be ≤ production_kwh (${p1}), got ${s1 + e1}`);
  }
  if (input.capex_eur !== undefined) check('capex_eur', input.capex_eur, 0);

  const install = bandFor(tariffs.installation_cost.bands, kwp);
  const oa = bandFor(tariffs.oa_surplus.bands, kwp);
  const rule = input.vat && input.capex_eur === undefined ? vatRuleFor(tariffs.vat.rules, kwp, input.vat) : null;
  const vatRate = rule ? rule.rate_pct : install.quoted_vat_pct;
  const eurPerKwp = (install.eur_per_kwp_ttc / (1 + install.quoted_vat_pct / 100)) * (1 + vatRate / 100);
  const capex = input.capex_eur ?? kwp * eurPerKwp;
  const premiumTotal = kwp * oa.premium_eur_per_kwp;
  const retail = tariffs.retail.price_eur_kwh_ttc.value;
  const g = tariffs.retail.drift_pct_yr.value / 100;
  const d = tariffs.pv.degradation_pct_yr.value / 100;
  const r = tariffs.finance.discount_rate_pct.value / 100;
  const life = tariffs.pv.lifetime_years.value;
  const contract = tariffs.oa_surplus.contract_years.value;
  const after = tariffs.oa_surplus.after_contract_export_eur_kwh.value;
  const maintenance = tariffs.pv.maintenance_eur_yr.value;
  const inverterYear = tariffs.pv.inverter_replacement_year.value;
  const inverterEur = kwp * tariffs.pv.inverter_replacement_eur_per_kwp.value;

  const cashflows = [-capex];
  let npv = -capex;
  let discCosts = capex;
  let discPremium = 0;
  let discEnergy = 0;
  let cumulative = -capex;
  let payback: number | null = capex === 0 ? 0 : null;
  for (let t = 1; t <= life; t++) {
    const f = Math.pow(1 - d, t - 1);
    const savings = s1 * f * retail * Math.pow(1 + g, t - 1);
    const exportEur = e1 * f * (t <= contract ? oa.export_tariff_eur_kwh : after);
    const premium = (premiumTotal * (oa.premium_instalments_pct[t - 1] ?? 0)) / 100;
    const costs = maintenance + (t === inverterYear ? inverterEur : 0);
    const cf = savings + exportEur + premium - costs;
    const disc = Math.pow(1 + r, -t);
    cashflows.push(cf);
    npv += cf * disc;
    discCosts += costs * disc;
    discPremium += premium * disc;
    discEnergy += p1 * f * disc;
    if (payback === null && cumulative + cf >= 0) payback = t - 1 + -cumulative / cf;
    cumulative += cf;
  }

  const savings1 = s1 * retail;
  const export1 = e1 * oa.export_tariff_eur_kwh;
  return {
    capex_eur: capex,
    premium_eur: premiumTotal,
    net_cost_eur: capex - premiumTotal,
    first_year_savings_eur: savings1,
    first_year_export_eur: export1,
    first_year_benefit_eur: savings1 + export1 - maintenance,
    payback_years: payback,
    npv_eur: npv,
    lcoe_eur_kwh: discCosts / discEnergy,
    lcoe_net_of_premium_eur_kwh: (discCosts - discPremium) / discEnergy,
    co2_avoided_kg_yr: p1 * tariffs.co2.grid_factor_kg_kwh.value,
    cashflows_eur: cashflows,
    assumptions: {
      tariffs_valid_from: tariffs.valid_from,
      capex_source: input.capex_eur === undefined ? 'tariff_band' : 'override',
      installation_band_max_kwp: install.max_kwp,
      installation_eur_per_kwp_ttc: eurPerKwp,
      installation_cost_date: tariffs.installation_cost.date,
      vat_rate_pct: input.capex_eur === undefined ? vatRate : null,
      vat_rule: rule
        ? { rate_pct: rule.rate_pct, applies_to: rule.applies_to, source: rule.source, valid_from: rule.valid_from }
        : null,
      oa_quarter: tariffs.oa_surplus.quarter,
      oa_band_max_kwp: oa.max_kwp,
      export_tariff_eur_kwh: oa.export_tariff_eur_kwh,
      oa_contract_years: contract,
      after_contract_export_eur_kwh: after,
      premium_eur_per_kwp: oa.premium_eur_per_kwp,
      premium_instalments_pct: [...oa.premium_instalments_pct],
      retail_price_eur_kwh_ttc: retail,
      retail_price_date: tariffs.retail.price_eur_kwh_ttc.date,
      retail_drift_pct_yr: tariffs.retail.drift_pct_yr.value,
      degradation_pct_yr: tariffs.pv.degradation_pct_yr.value,
      discount_rate_pct: tariffs.finance.discount_rate_pct.value,
      lifetime_years: life,
      inverter_replacement_year: inverterYear,
      inverter_replacement_eur: inverterEur,
      maintenance_eur_yr: maintenance,
      co2_factor_kg_kwh: tariffs.co2.grid_factor_kg_kwh.value,
      co2_factor_date: tariffs.co2.grid_factor_kg_kwh.date,
    },
  };
}
