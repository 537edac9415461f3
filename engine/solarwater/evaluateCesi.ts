import { checkRange } from '../geo/checkRange';
import { checkCesiRequest } from './checkCesiRequest';
import { checkMonthly } from './checkMonthly';
import { fChart } from './fChart';
import { mainsTemperature } from './mainsTemperature';
import { CLIMATE_ZONES, INCOME_BANDS, type CesiFixture, type ClimateZone, type IncomeBand } from './parseCesi';
import { sizeCesi } from './sizeCesi';
import type { FChartResult } from './types';

/** A household, its roof face and its current water heater. */
export interface CesiInput {
  /** People in the dwelling [-], integer within [1, 20] */
  occupants: number;
  /** Irradiation on the roof face (collector plane), monthly totals [kWh/m²] */
  poaIrradiation_kwh_m2: ArrayLike<number>;
  /** Monthly mean air temperature [°C] */
  ambient_c: ArrayLike<number>;
  /**
   * Monthly mains-water temperature [°C]. Default: the 3CL-DPE table of cold-water temperature (tefs, altitude
   * < 400 m) of `climateZone`, from the fixture's cold_water_c.
   */
  mains_c?: ArrayLike<number>;
  /**
   * 3CL climate zone whose cold-water row is the default mains temperature; default 'h1a' (Lens, the Artois). Pass
   * null for a place outside the French zones (or above 400 m): the FALLBACK is then the Hendron–Burch–Christensen
   * correlation on ambient_c (mainsTemperature, US-fitted: an assumption there).
   */
  climateZone?: ClimateZone | null;
  /** Monthly hot-water need at the tap [kWh], e.g. 3CL's hotWaterNeed spread by days */
  hotWaterNeed_kwh: ArrayLike<number>;
  /** Energy of the current water heater; the solar heat displaces its output */
  heater: 'electric' | 'gas';
  /** Its efficiency [-] (final energy → heat); default the fixture's heater_efficiency */
  heaterEfficiency?: number;
  /** Price of the heater's energy [€/kWh] within [0, 5] */
  price_eur_kwh: number;
  /** Electricity price for the circulator [€/kWh]; default price_eur_kwh when electric, else required */
  electricityPrice_eur_kwh?: number;
  /** Nominal discount rate [%/yr] within [-10, 50] */
  discountRate_pct: number;
  /** Yearly energy-price drift [%/yr] within [-20, 20]; default 0 */
  priceDrift_pct?: number;
  /** MaPrimeRénov' income band; default 'aise' (no MaPrimeRénov') */
  incomeBand?: IncomeBand;
  /** Dwelling age [years]; MaPrimeRénov' needs ≥ the fixture's minimum (15); default 30 */
  dwellingAge_years?: number;
  /** Override the sized collector area [m²] within (0, 20] and tank [L] within [50, 1000] */
  collector_m2?: number;
  tank_l?: number;
}

/** The CESI's size, yield and economics. */
export interface CesiEvaluation {
  collector_m2: number;
  tank_l: number;
  /** Annual solar fraction [-] */
  solar_fraction: number;
  /** Solar heat delivered [kWh/yr] */
  solar_kwh: number;
  /** Final energy no longer bought for the current heater, solar_kwh / efficiency [kWh/yr] */
  final_energy_saved_kwh: number;
  /** Net yearly saving in year 1: energy saved − circulator − maintenance [€/yr] */
  savings_eur_yr: number;
  /** Turnkey cost at the reduced VAT [€ TTC] */
  installed_cost_eur: number;
  /** MaPrimeRénov' and CEE after the cap on total aid [€] */
  aids_eur: number;
  net_cost_eur: number;
  /** net_cost / savings in year 1 [years]; null when the system never pays back (savings ≤ 0) */
  payback_years: number | null;
  /** Net present value over the lifetime at the discount rate [€] */
  npv_eur: number;
  lifetime_years: number;
  fchart: FChartResult;
}

/**
 * Size and evaluate a CESI over one year with the f-chart (fChart), then its simple payback and NPV:
 *   saving_t = E_saved·p·(1 + g)^(t−1) − pump_kWh·p_el − maintenance,   NPV = −(cost − aids) + Σ_{t=1..N} saving_t/(1 + r)^t
 * aids = min(MaPrimeRénov'(band, dwelling age ≥ 15 years) + CEE, cap_pct(band)·cost). Every default is a sourced or
 * assumed figure of fixtures/solarwater/cesi.json; the mains-water temperature defaults to the 3CL cold-water table of
 * the climate zone (H1a unless told), the Hendron correlation being only the fallback for climateZone: null.
 * @throws RangeError naming the field for an out-of-range input
 */
export function evaluateCesi(input: CesiInput, cesi: CesiFixture): CesiEvaluation {
  checkCesiRequest(input);
  checkRange('price_eur_kwh', input.price_eur_kwh, 0, 5);
  checkRange('discountRate_pct', input.discountRate_pct, -10, 50);
  const drift = (input.priceDrift_pct ?? 0) / 100;
  checkRange('priceDrift_pct', drift * 100, -20, 20);
  const band = input.incomeBand ?? 'aise';
  if (!INCOME_BANDS.includes(band))
    throw new RangeError(`incomeBand must be one of ${INCOME_BANDS.join(', ')}, got ${band}`);
  const age = input.dwellingAge_years ?? 30;
  checkRange('dwellingAge_years', age, 0, 1000);
  if (input.heater !== 'electric' && input.heater !== 'gas')
    throw new RangeError(`heater must be one of electric, gas, got ${String(input.heater)}`);
  const efficiency = input.heaterEfficiency ?? cesi.heater_efficiency[input.heater].value;
  checkRange('heaterEfficiency', efficiency, 0.1, 5);
  const pElec = input.electricityPrice_eur_kwh ?? (input.heater === 'electric' ? input.price_eur_kwh : undefined);
  if (pElec === undefined)
    throw new RangeError('electricityPrice_eur_kwh must be given when heater is gas, got undefined');
  checkRange('electricityPrice_eur_kwh', pElec, 0, 5);
  checkMonthly('ambient_c', input.ambient_c, -50, 50);
  const zone = input.climateZone === undefined ? 'h1a' : input.climateZone;
  if (zone !== null && !CLIMATE_ZONES.includes(zone))
    throw new RangeError(`climateZone must be one of ${CLIMATE_ZONES.join(', ')} or null, got ${String(zone)}`);
  const mains_c =
    input.mains_c ?? (zone === null ? mainsTemperature(input.ambient_c) : cesi.cold_water_c.by_zone[zone]);

  const sized = sizeCesi(input.occupants, cesi.sizing);
  const collector_m2 = input.collector_m2 ?? sized.collector_m2;
  const tank_l = input.tank_l ?? sized.tank_l;
  const c = cesi.collector;
  const fchart = fChart(
    {
      poaIrradiation_kwh_m2: input.poaIrradiation_kwh_m2,
      ambient_c: input.ambient_c,
      mains_c,
      load_kwh: input.hotWaterNeed_kwh,
    },
    {
      collector_m2,
      tank_l,
      frTauAlphaN: c.fr_tau_alpha_n.value,
      frUL_w_m2k: c.fr_ul_w_m2k.value,
      iam: c.iam.value,
      hxFactor: c.hx_factor.value,
      delivery_c: cesi.delivery_c.value,
    },
  );

  const saved = fchart.solar_kwh / efficiency;
  const fixedCosts = cesi.operation.pump_kwh_yr.value * pElec + cesi.operation.maintenance_eur_yr.value;
  const cost = cesi.cost.fixed_eur_ttc.value + cesi.cost.per_m2_eur_ttc.value * collector_m2;
  const mpr = age >= cesi.aids.maprimerenov_min_dwelling_age_years.value ? cesi.aids.maprimerenov_eur[band].value : 0;
  const aids = Math.min(mpr + cesi.aids.cee_eur.value, (cesi.aids.aid_cap_pct[band].value / 100) * cost);
  const net = cost - aids;
  const N = cesi.operation.lifetime_years.value;
  const r = input.discountRate_pct / 100;
  let npv = -net;
  for (let t = 1; t <= N; t++)
    npv += (saved * input.price_eur_kwh * (1 + drift) ** (t - 1) - fixedCosts) / (1 + r) ** t;
  const savings = saved * input.price_eur_kwh - fixedCosts;
  return {
    collector_m2,
    tank_l,
    solar_fraction: fchart.solarFraction,
    solar_kwh: fchart.solar_kwh,
    final_energy_saved_kwh: saved,
    savings_eur_yr: savings,
    installed_cost_eur: cost,
    aids_eur: aids,
    net_cost_eur: net,
    payback_years: savings > 0 ? net / savings : null,
    npv_eur: npv,
    lifetime_years: N,
    fchart,
  };
}
