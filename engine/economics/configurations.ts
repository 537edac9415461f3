import { checkRange } from '../geo/checkRange';
import { pvwattsInverter } from '../pv/pvwattsInverter';
import { systemAc } from '../pv/systemAc';
import { pvEconomics } from './pvEconomics';
import { balanceOfMonths, type SelfConsumptionResult } from './selfConsumption';
import type { Tariffs } from './types';
import type { VatFacts } from './vatRuleFor';

/** One roof orientation's DC output per kWp installed, hour by hour, behind the face's mean horizon. */
export interface FaceYield {
  /** DC power after losses per kWp, per hour [W/kWp]. */
  dc_w_per_kwp: Float32Array;
  /** Annual plane-of-array irradiation behind the mean horizon [kWh/m²]. */
  poa_kwh_m2: number;
}

/** A panel of the ranked layout reduced to what the energy needs. */
export interface PanelWeight {
  face_index: number;
  /** The panel's rating [kWp]. */
  kwp: number;
  /**
   * Its own irradiation over its face's (behind the face's mean horizon): its samples' mean from the cadastre over
   * the hourly model's annual POA [-]. Scales the face's hourly DC per kWp to this panel.
   */
  light_ratio: number;
}

/** One panel count's figures (the contract of GET /buildings/{id}/pv). */
export interface Configuration {
  panels: number;
  kwp: number;
  annual_kwh: number;
  specific_yield_kwh_kwp: number;
  self_consumed_kwh: number;
  exported_kwh: number;
  self_consumption_pct: number;
  self_sufficiency_pct: number;
  capex_eur: number;
  premium_eur: number;
  net_cost_eur: number;
  savings_eur_yr: number;
  export_revenue_eur_yr: number;
  payback_years: number | null;
  npv_eur: number;
  lcoe_eur_kwh: number;
  co2_avoided_kg_yr: number;
}

export interface Evaluated {
  config: Configuration;
  balance: SelfConsumptionResult;
  economics: ReturnType<typeof pvEconomics>;
}

export interface EvaluationContext {
  panels: PanelWeight[];
  faces: Map<number, FaceYield>;
  load_kwh: Float64Array;
  month: Uint8Array;
  tariffs: Tariffs;
  dcAcRatio: number;
  inverterEfficiency: number;
  /** What is known of the installation for its VAT (pvEconomics); absent, the bands' prices as quoted */
  vat?: VatFacts;
}

const r0 = (x: number) => Math.round(x);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Panel counts to tabulate: every count up to 60, then about 60 more spread up to `max`, `max` always included. */
export function countsToEvaluate(max: number): number[] {
  const counts: number[] = [];
  for (let n = 1; n <= Math.min(max, 60); n++) counts.push(n);
  if (max > 60) {
    const step = Math.max(1, Math.ceil((max - 60) / 60));
    for (let n = 60 + step; n < max; n += step) counts.push(n);
    counts.push(max);
  }
  return counts;
}

/**
 * The figures of the first n panels for each n of `counts`: hourly AC by productionOf, against the household's load
 * hour by hour (selfConsumption), money by pvEconomics.
 *
 * The hourly balance of each count is computed by `balanceOf` over the hours when some face produces: the figures
 * are those of productionOf followed by selfConsumption, term for term in the same order (a night hour adds 0 to
 * production and to self-consumption), without building the hourly series of each count.
 */
export function evaluateCounts(ctx: EvaluationContext, counts: number[]): Evaluated[] {
  const year = yearOf(ctx);
  const out: Evaluated[] = [];
  for (const n of counts) {
    const { kwp, balance } = balanceOf(ctx, year, n);
    const economics = pvEconomics({
      kwp,
      production_kwh: balance.production_kwh,
      self_consumed_kwh: balance.self_consumed_kwh,
      exported_kwh: balance.exported_kwh,
      tariffs: ctx.tariffs,
      vat: ctx.vat,
    });
    out.push({
      balance,
      economics,
      config: {
        panels: n,
        kwp: r2(kwp),
        annual_kwh: r0(balance.production_kwh),
        specific_yield_kwh_kwp: r0(balance.production_kwh / kwp),
        self_consumed_kwh: r0(balance.self_consumed_kwh),
        exported_kwh: r0(balance.exported_kwh),
        self_consumption_pct: r1(balance.self_consumption_pct),
        self_sufficiency_pct: r1(balance.self_sufficiency_pct),
        capex_eur: r0(economics.capex_eur),
        premium_eur: r0(economics.premium_eur),
        net_cost_eur: r0(economics.net_cost_eur),
        savings_eur_yr: r0(economics.first_year_savings_eur),
        export_revenue_eur_yr: r0(economics.first_year_export_eur),
        payback_years: economics.payback_years === null ? null : r1(economics.payback_years),
        npv_eur: r0(economics.npv_eur),
        lcoe_eur_kwh: Math.round(economics.lcoe_eur_kwh * 1000) / 1000,
        co2_avoided_kg_yr: r0(economics.co2_avoided_kg_yr),
      },
    });
  }
  return out;
}

/** What every count of one evaluation shares: the producing hours and the load's monthly sums. */
interface YearOfContext {
  /** Hours when at least one face's DC per kWp is not 0, ascending. */
  sunHours: Uint32Array;
  /** The load's sum per calendar month [kWh], summed hour by hour as selfConsumption does. */
  loadMonthly: number[];
}

function yearOf(ctx: EvaluationContext): YearOfContext {
  const n = ctx.load_kwh.length;
  if (ctx.month.length !== n)
    throw new RangeError(`month must have the length of load_kwh (${n}), got ${ctx.month.length}`);
  const loadMonthly = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const l = ctx.load_kwh[i]!;
    const m = ctx.month[i]!;
    if (!(l >= 0 && l < Infinity)) throw new RangeError(`load_kwh[${i}] must be a finite number ≥ 0, got ${l}`);
    if (m > 11) throw new RangeError(`month[${i}] must be within [0, 11], got ${m}`);
    loadMonthly[m] = loadMonthly[m]! + l;
  }
  const faces = [...ctx.faces.values()].map((f) => f.dc_w_per_kwp);
  for (const f of faces) {
    if (f.length !== n) throw new RangeError(`dc_w_per_kwp must have the length of load_kwh (${n}), got ${f.length}`);
  }
  const sun = new Uint32Array(n);
  let count = 0;
  for (let h = 0; h < n; h++) {
    for (const f of faces) {
      if (f[h] !== 0) {
        sun[count++] = h;
        break;
      }
    }
  }
  return { sunHours: sun.slice(0, count), loadMonthly };
}

/** The face weights (Σ kWp × light ratio of the first n panels, per face, in panel order) and the DC rating [kWp]. */
function weightsOf(ctx: EvaluationContext, n: number): { weights: Map<number, number>; kwp: number } {
  const weights = new Map<number, number>();
  let kwp = 0;
  for (let i = 0; i < n; i++) {
    const p = ctx.panels[i]!;
    weights.set(p.face_index, (weights.get(p.face_index) ?? 0) + p.kwp * p.light_ratio);
    kwp += p.kwp;
  }
  return { weights, kwp };
}

/** The yearly and monthly balance of the first n panels against the load (selfConsumption of productionOf). */
function balanceOf(
  ctx: EvaluationContext,
  year: YearOfContext,
  n: number,
): { kwp: number; balance: SelfConsumptionResult } {
  const { weights, kwp } = weightsOf(ctx, n);
  checkRange('kwp', kwp, Number.MIN_VALUE, 1e6);
  checkRange('dcAcRatio', ctx.dcAcRatio, 0.5, 3);
  checkRange('etaNominal', ctx.inverterEfficiency, 0.5, 1);
  const pdc0Inverter = (kwp * 1000) / ctx.dcAcRatio / ctx.inverterEfficiency;
  const parts = [...weights].map(([face, weight]) => ({ weight, perKwp: ctx.faces.get(face)!.dc_w_per_kwp }));
  const prodM = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const selfM = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const { sunHours } = year;
  for (let k = 0; k < sunHours.length; k++) {
    const h = sunHours[k]!;
    let dc = 0;
    for (const part of parts) dc = dc + part.weight * part.perKwp[h]!;
    if (!(dc > 0)) continue;
    const p = pvwattsInverter(dc, pdc0Inverter, ctx.inverterEfficiency) / 1000;
    const l = ctx.load_kwh[h]!;
    const m = ctx.month[h]!;
    prodM[m] = prodM[m]! + p;
    selfM[m] = selfM[m]! + (p < l ? p : l);
  }
  return { kwp, balance: balanceOfMonths(prodM, [...year.loadMonthly], selfM) };
}

/**
 * Hourly AC production of the first n panels [kWh] written into `out`: per face, (Σ kWp × light ratio of its
 * panels among the first n) × its DC per kWp, summed, through one PVWatts inverter sized by the DC/AC ratio.
 *
 * @returns the system's DC rating [kWp]
 */
export function productionOf(ctx: EvaluationContext, n: number, out: Float64Array): number {
  const { weights, kwp } = weightsOf(ctx, n);
  const dc = new Float64Array(out.length);
  for (const [face, weight] of weights) {
    const perKwp = ctx.faces.get(face)!.dc_w_per_kwp;
    for (let h = 0; h < dc.length; h++) dc[h] = dc[h]! + weight * perKwp[h]!;
  }
  const ac = systemAc(dc, kwp, ctx.dcAcRatio, ctx.inverterEfficiency);
  for (let h = 0; h < out.length; h++) out[h] = ac[h]! / 1000;
  return kwp;
}
