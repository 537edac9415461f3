import { z } from 'zod';
import { checkRange } from '../geo/checkRange';
import { parseFixture } from '../fixtures/parseFixture';
import { figure, object, text } from '../fixtures/schemas';

/** One plug-in kit of the homeowner fixture (fixtures/homeowner/homeowner.json, plug_in_kits.model). */
export interface PlugInKitSpec {
  modules: number;
  /** DC rating [kWc] */
  kwp: number;
  /** Micro-inverter AC rating [W]: caps the hour's output */
  ac_w: number;
  /** Retail price, VAT included [€ TTC] */
  price_eur_ttc: number;
}

export interface PlugInKitModel {
  kits: PlugInKitSpec[];
  microinverter_efficiency: number;
  lifetime_years: number;
  max_modules: number;
}

const kitSchema = object({
  modules: z.number({ error: 'an integer within [1, 4]' }).int({ error: 'an integer within [1, 4]' }).min(1).max(4),
  kwp: figure(0.05, 3),
  ac_w: figure(50, 3000),
  price_eur_ttc: figure(50, 10_000),
});
const modelSchema = object({
  note: text,
  kits: z.array(kitSchema, { error: 'a non-empty array' }).min(1, { error: 'a non-empty array' }),
  microinverter_efficiency: figure(0.5, 1),
  lifetime_years: figure(1, 40),
  max_modules: figure(1, 10),
});

/**
 * The kit model of the homeowner fixture, validated (its `plug_in_kits.model`); the rest of the file (rules,
 * advice) is read as it is by the API.
 * @throws RangeError naming the field
 */
export function parsePlugInKits(json: unknown): PlugInKitModel {
  const root = json as { plug_in_kits?: { model?: unknown } } | null;
  const m = parseFixture(modelSchema, root?.plug_in_kits?.model, 'homeowner.plug_in_kits.model');
  return {
    kits: m.kits.map((k) => ({
      modules: k.modules,
      kwp: k.kwp.value,
      ac_w: k.ac_w.value,
      price_eur_ttc: k.price_eur_ttc.value,
    })),
    microinverter_efficiency: m.microinverter_efficiency.value,
    lifetime_years: m.lifetime_years.value,
    max_modules: m.max_modules.value,
  };
}

export interface PlugInKitInput {
  kit: PlugInKitSpec;
  /** DC power per kWc at the kit's spot after losses, per hour [W/kWc] (engine/pv arrayDc) */
  dc_w_per_kwp: ArrayLike<number>;
  /** The household's load per hour [kWh] */
  load_kwh: ArrayLike<number>;
  microinverter_efficiency: number;
  lifetime_years: number;
  retail_eur_kwh: number;
  drift_pct_yr: number;
  degradation_pct_yr: number;
  discount_rate_pct: number;
}

export interface PlugInKitResult {
  annual_kwh: number;
  /** Used in the home the hour it is produced [kWh/yr] */
  self_consumed_kwh: number;
  /** Produced beyond the hour's load: flows to the grid unpaid (code de l'énergie L315-5) [kWh/yr] */
  unused_kwh: number;
  self_consumption_pct: number;
  savings_eur_yr: number;
  /** Years until the savings repay the price (with drift and degradation); null if not within the lifetime */
  payback_years: number | null;
  /** Net present value over the lifetime [€] */
  npv_eur: number;
}

/**
 * A plug-in kit's year, hour by hour: AC_h = min(dc_h × kWc × η_micro, AC rating); what the home uses that hour is
 * saved at the retail price, the rest is not paid (no purchase contract, no premium for a kit without injection
 * contract). Money over the kit's life: savings_t = S₁ (1 − d)^(t−1) retail (1 + g)^(t−1), no running cost;
 * NPV = −price + Σ savings_t / (1 + r)^t; payback the first t where the cumulated savings reach the price, linear
 * within the year.
 * @throws RangeError naming the invalid field
 */
export function plugInKit(input: PlugInKitInput): PlugInKitResult {
  const { kit, dc_w_per_kwp: dc, load_kwh: load } = input;
  checkRange('kit.kwp', kit.kwp, 0.01, 10);
  checkRange('kit.ac_w', kit.ac_w, 1, 10_000);
  checkRange('kit.price_eur_ttc', kit.price_eur_ttc, 0, 1e5);
  checkRange('microinverter_efficiency', input.microinverter_efficiency, 0.5, 1);
  checkRange('lifetime_years', input.lifetime_years, 1, 60);
  if (dc.length !== load.length)
    throw new RangeError(`dc_w_per_kwp must have the length of load_kwh (${load.length}), got ${dc.length}`);
  let produced = 0;
  let used = 0;
  for (let h = 0; h < dc.length; h++) {
    const acW = Math.min(Math.max(0, dc[h]!) * kit.kwp * input.microinverter_efficiency, kit.ac_w);
    const kwh = acW / 1000;
    produced += kwh;
    used += Math.min(kwh, load[h]!);
  }
  const g = input.drift_pct_yr / 100;
  const d = input.degradation_pct_yr / 100;
  const r = input.discount_rate_pct / 100;
  const savings1 = used * input.retail_eur_kwh;
  let npv = -kit.price_eur_ttc;
  let cumulative = -kit.price_eur_ttc;
  let payback: number | null = kit.price_eur_ttc === 0 ? 0 : null;
  for (let t = 1; t <= input.lifetime_years; t++) {
    const cf = savings1 * Math.pow(1 - d, t - 1) * Math.pow(1 + g, t - 1);
    npv += cf / Math.pow(1 + r, t);
    if (payback === null && cf > 0 && cumulative + cf >= 0) payback = t - 1 + -cumulative / cf;
    cumulative += cf;
  }
  return {
    annual_kwh: produced,
    self_consumed_kwh: used,
    unused_kwh: produced - used,
    self_consumption_pct: produced > 0 ? (used / produced) * 100 : 0,
    savings_eur_yr: savings1,
    payback_years: payback,
    npv_eur: npv,
  };
}
