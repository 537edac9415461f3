import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlugInKits, plugInKit, type PlugInKitInput } from './plugInKit';

const base: Omit<PlugInKitInput, 'dc_w_per_kwp' | 'load_kwh'> = {
  kit: { modules: 1, kwp: 0.5, ac_w: 300, price_eur_ttc: 100 },
  microinverter_efficiency: 0.9,
  lifetime_years: 10,
  retail_eur_kwh: 0.2,
  drift_pct_yr: 0,
  degradation_pct_yr: 0,
  discount_rate_pct: 0,
};

describe('plugInKit', () => {
  it('recomputes four hours by hand: the AC cap, the hour’s load, the unpaid rest', () => {
    // DC per kWc 0, 400, 1,000, 200 W; × 0.5 kWc × 0.9 → 0, 180, 450 → capped 300, 90 W.
    // Loads 0.1, 0.1, 0.5, 0.05 kWh → used 0, 0.1, 0.3, 0.05 = 0.45 kWh of 0.57 kWh produced.
    const r = plugInKit({ ...base, dc_w_per_kwp: [0, 400, 1000, 200], load_kwh: [0.1, 0.1, 0.5, 0.05] });
    expect(r.annual_kwh).toBeCloseTo(0.57, 12);
    expect(r.self_consumed_kwh).toBeCloseTo(0.45, 12);
    expect(r.unused_kwh).toBeCloseTo(0.12, 12);
    expect(r.savings_eur_yr).toBeCloseTo(0.09, 12);
    // 0.09 €/yr never repays 100 € in 10 years; NPV = −100 + 10 × 0.09.
    expect(r.payback_years).toBeNull();
    expect(r.npv_eur).toBeCloseTo(-99.1, 9);
  });

  it('payback and NPV with flat savings: 100 € at 25 €/yr → 4 years, NPV −100 + 250', () => {
    // 125 kWh used a year at 0.20 €: one hour of 1,000 W/kWc × 0.5 × 0.9 = 450 → capped 300 W… use a big cap.
    const hours = 1000;
    const dc = new Array(hours).fill(1000 / (0.5 * 0.9)); // 1,000 W AC an hour
    const load = new Array(hours).fill(0.125); // 0.125 kWh used of each 1 kWh → 125 kWh/yr
    const r = plugInKit({ ...base, kit: { ...base.kit, ac_w: 5000 }, dc_w_per_kwp: dc, load_kwh: load });
    expect(r.self_consumed_kwh).toBeCloseTo(125, 9);
    expect(r.self_consumption_pct).toBeCloseTo(12.5, 9);
    expect(r.payback_years).toBeCloseTo(4, 9);
    expect(r.npv_eur).toBeCloseTo(150, 9);
  });

  it('bad inputs throw RangeError naming the field', () => {
    const ok = { ...base, dc_w_per_kwp: [0], load_kwh: [0] };
    expect(() => plugInKit({ ...ok, kit: { ...base.kit, kwp: 25 } })).toThrow(/kit\.kwp/);
    expect(() => plugInKit({ ...ok, microinverter_efficiency: 1.2 })).toThrow(/microinverter_efficiency/);
    expect(() => plugInKit({ ...ok, load_kwh: [0, 0] })).toThrow(/dc_w_per_kwp/);
  });

  it('reads the kits of the homeowner fixture', () => {
    const model = parsePlugInKits(JSON.parse(readFileSync('fixtures/homeowner/homeowner.json', 'utf8')));
    expect(model.kits.map((k) => k.modules)).toEqual([1, 2]);
    for (const k of model.kits) expect(k.kwp / (k.ac_w / 1000)).toBeGreaterThanOrEqual(1.2); // DC/AC 1.2–1.6
    expect(() => parsePlugInKits({ plug_in_kits: { model: { kits: [] } } })).toThrow(/homeowner\.plug_in_kits\.model/);
  });
});
