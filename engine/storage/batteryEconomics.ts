import { bandFor } from '../economics/bandFor';
import type { Tariffs } from '../economics/types';
import { checkOpenClosed, BATTERY_LIMITS } from './batteryLimits';
import type { BatteryData } from './parseBatteries';
import type { BatteryYears } from './simulateBatteryYears';

/** Inputs of batteryEconomics. */
export interface BatteryEconomicsInput {
  /** PV peak power [kWc]: picks the OA export band */
  kwp: number;
  /** Usable capacity of the battery when new [kWh], within (0, 30] */
  usable_kwh: number;
  /** simulateBatteryYears over tariffs.pv.lifetime_years years */
  simulation: BatteryYears;
  /** Battery cost, VAT and life (parseBatteries) */
  batteries: BatteryData;
  tariffs: Tariffs;
  /** Installed cost override [€ TTC], e.g. a quote; default usable_kwh × the fixture's €/kWh */
  capex_eur?: number;
}

/** One side of the with/without comparison, first year [kWh, %, € TTC]. */
export interface BatterySide {
  self_consumed_kwh: number;
  exported_kwh: number;
  imported_kwh: number;
  self_consumption_pct: number;
  self_sufficiency_pct: number;
  /** self_consumed × retail price [€/yr] */
  savings_eur: number;
  /** exported × OA tariff [€/yr] */
  export_eur: number;
  /** imported × retail price (energy only, no subscription) [€/yr] */
  grid_energy_eur: number;
}

/** What adding the battery changes (all € TTC, nominal unless said). */
export interface BatteryEconomicsResult {
  /** Installed cost of the battery [€ TTC] */
  capex_eur: number;
  /** VAT inside capex_eur [€] */
  capex_vat_eur: number;
  /** Replacement batteries, undiscounted [€] */
  replacements_eur: number;
  /** Value of the last battery's remaining life at the end of the horizon, undiscounted [€] */
  residual_value_eur: number;
  /** Year-1 gain: discharged × retail − charged × OA tariff [€/yr] */
  first_year_extra_savings_eur: number;
  /** Σ yearly gains over the horizon, undiscounted [€] */
  lifetime_extra_savings_eur: number;
  /** Years until the cumulative cash flow reaches 0 (linear within the year); null if not within the horizon */
  payback_years: number | null;
  /** Net present value of adding the battery [€] */
  npv_eur: number;
  /** Cash flow of year 0 (−capex) … horizon [€] */
  cashflows_eur: number[];
  pv_only: BatterySide;
  with_battery: BatterySide;
  first_battery_life_years: number | null;
  replacement_years: number[];
  assumptions: {
    eur_per_kwh_usable_ttc: number;
    battery_cost_date: string;
    vat_pct: number;
    replacement_cost_pct: number;
    calendar_life_years: number;
    retail_price_eur_kwh_ttc: number;
    retail_drift_pct_yr: number;
    export_tariff_eur_kwh: number;
    oa_contract_years: number;
    after_contract_export_eur_kwh: number;
    discount_rate_pct: number;
    horizon_years: number;
  };
}

/**
 * The money of adding a home battery to a rooftop PV system. Year t = 1 … N (N = tariffs.pv.lifetime_years), from
 * the PV-only and with-battery balances of simulateBatteryYears; retail_t = retail × (1 + g)^(t−1); e_t = the OA
 * tariff while t ≤ contract years, else the after-contract value; r = discount rate:
 *
 *   gain_t   = (S_with − S_pv) × retail_t − (E_pv − E_with) × e_t     (S self-consumed, E exported, kWh)
 *            = discharged_t × retail_t − charged_t × e_t              (the direct part is the same on both sides)
 *   CF₀ = −capex;   CF_t = gain_t − (t a replacement year ? capex × replacement_cost_pct/100 : 0)
 *                        + (t = N ? residual : 0)
 *   residual = cost of the last battery × max(0, 1 − its age at the end / expected life), expected life = the first
 *              battery's life, or calendar_life_years when it is not replaced within the horizon
 *   NPV = Σ CF_t / (1 + r)^t;   payback as pvEconomics (undiscounted, interpolated), null if never within N
 *
 * The OA premium depends on kWc only and is the same with or without the battery, so it is left out; no battery
 * maintenance is counted. capex = usable_kwh × €/kWh (TTC, batteries carry 20 % VAT in France: capex_vat_eur).
 * @throws RangeError naming the invalid field
 */
export function batteryEconomics(input: BatteryEconomicsInput): BatteryEconomicsResult {
  const { tariffs, batteries, simulation } = input;
  if (typeof tariffs !== 'object' || tariffs === null) throw new RangeError('tariffs must be a Tariffs object');
  if (typeof batteries !== 'object' || batteries === null)
    throw new RangeError('batteries must be a BatteryData object');
  checkOpenClosed(
    'usable_kwh',
    input.usable_kwh,
    BATTERY_LIMITS.usable_kwh.min_exclusive,
    BATTERY_LIMITS.usable_kwh.max,
  );
  if (!(Number.isFinite(input.kwp) && input.kwp > 0))
    throw new RangeError(`kwp must be a number > 0, got ${input.kwp}`);
  const life = tariffs.pv.lifetime_years.value;
  const years = simulation?.years;
  if (!Array.isArray(years) || years.length !== life)
    throw new RangeError(
      `simulation.years must have tariffs.pv.lifetime_years (${life}) entries, got ${years?.length}`,
    );
  if (input.capex_eur !== undefined && !(Number.isFinite(input.capex_eur) && input.capex_eur >= 0))
    throw new RangeError(`capex_eur must be a finite number ≥ 0, got ${input.capex_eur}`);

  const oa = bandFor(tariffs.oa_surplus.bands, input.kwp);
  const retail = tariffs.retail.price_eur_kwh_ttc.value;
  const g = tariffs.retail.drift_pct_yr.value / 100;
  const r = tariffs.finance.discount_rate_pct.value / 100;
  const contract = tariffs.oa_surplus.contract_years.value;
  const after = tariffs.oa_surplus.after_contract_export_eur_kwh.value;
  const eurPerKwh = batteries.cost.eur_per_kwh_usable_ttc.value;
  const vat = batteries.cost.vat_pct.value;
  const replacementPct = batteries.cost.replacement_cost_pct.value;
  const calendarLife = batteries.ageing.calendar_life_years.value;

  const capex = input.capex_eur ?? input.usable_kwh * eurPerKwh;
  const replacementCost = (capex * replacementPct) / 100;
  const last = years[life - 1]!;
  const expectedLife = simulation.first_battery_life_years ?? calendarLife;
  const lastCost = simulation.replacement_years.length > 0 ? replacementCost : capex;
  const residual = lastCost * Math.max(0, 1 - (last.battery_age_years + 1) / expectedLife);

  const cashflows = [-capex];
  let npv = -capex;
  let cumulative = -capex;
  let payback: number | null = capex === 0 ? 0 : null;
  let gains = 0;
  let firstGain = 0;
  let replacements = 0;
  for (let t = 1; t <= life; t++) {
    const y = years[t - 1]!;
    const price = retail * Math.pow(1 + g, t - 1);
    const exportTariff = t <= contract ? oa.export_tariff_eur_kwh : after;
    const w = y.with_battery;
    const gain =
      (w.self_consumed_direct_kwh + w.discharged_to_load_kwh - y.pv_only.self_consumed_kwh) * price -
      (y.pv_only.exported_kwh - w.exported_kwh) * exportTariff;
    const replacement = y.replaced ? replacementCost : 0;
    const cf = gain - replacement + (t === life ? residual : 0);
    gains += gain;
    if (t === 1) firstGain = gain;
    replacements += replacement;
    cashflows.push(cf);
    npv += cf * Math.pow(1 + r, -t);
    if (payback === null && cumulative + cf >= 0) payback = t - 1 + -cumulative / cf;
    cumulative += cf;
  }

  const y1 = years[0]!;
  const e1 = contract >= 1 ? oa.export_tariff_eur_kwh : after;
  const side = (self: number, exported: number, imported: number, scPct: number, ssPct: number): BatterySide => ({
    self_consumed_kwh: self,
    exported_kwh: exported,
    imported_kwh: imported,
    self_consumption_pct: scPct,
    self_sufficiency_pct: ssPct,
    savings_eur: self * retail,
    export_eur: exported * e1,
    grid_energy_eur: imported * retail,
  });
  const p = y1.pv_only;
  const w = y1.with_battery;
  return {
    capex_eur: capex,
    capex_vat_eur: (capex * vat) / (100 + vat),
    replacements_eur: replacements,
    residual_value_eur: residual,
    first_year_extra_savings_eur: firstGain,
    lifetime_extra_savings_eur: gains,
    payback_years: payback,
    npv_eur: npv,
    cashflows_eur: cashflows,
    pv_only: side(p.self_consumed_kwh, p.exported_kwh, p.imported_kwh, p.self_consumption_pct, p.self_sufficiency_pct),
    with_battery: side(
      w.self_consumed_direct_kwh + w.discharged_to_load_kwh,
      w.exported_kwh,
      w.imported_kwh,
      w.self_consumption_pct,
      w.self_sufficiency_pct,
    ),
    first_battery_life_years: simulation.first_battery_life_years,
    replacement_years: [...simulation.replacement_years],
    assumptions: {
      eur_per_kwh_usable_ttc: eurPerKwh,
      battery_cost_date: batteries.cost.date,
      vat_pct: vat,
      replacement_cost_pct: replacementPct,
      calendar_life_years: calendarLife,
      retail_price_eur_kwh_ttc: retail,
      retail_drift_pct_yr: tariffs.retail.drift_pct_yr.value,
      export_tariff_eur_kwh: oa.export_tariff_eur_kwh,
      oa_contract_years: contract,
      after_contract_export_eur_kwh: after,
      discount_rate_pct: tariffs.finance.discount_rate_pct.value,
      horizon_years: life,
    },
  };
}
