import { describe, expect, it } from 'vitest';
import { selfConsumption } from '../economics/selfConsumption';
import { simulateBattery } from './simulateBattery';
import { syntheticYear } from './syntheticYear.testkit';

const JAN = (n: number) => new Uint8Array(n);

describe('simulateBattery: six hours computed by hand', () => {
  /*
   * η = 0.81 so √η = 0.9 exactly; usable 2 kWh, power 1 kW, empty at the start. (P, L) per hour [kWh]:
   *  h0 (3, 1):   direct 1, surplus 2 → charged min(2, 1, 2/0.9) = 1,              soc 0.9, exported 1
   *  h1 (2, 0.5): direct 0.5, surplus 1.5 → charged min(1.5, 1, 1.1/0.9) = 1,      soc 1.8, exported 0.5
   *  h2 (1, 0.5): surplus 0.5 → charged min(0.5, 1, 0.2/0.9) = 2/9,                soc 2.0, exported 0.5 − 2/9
   *  h3 (0, 0.5): deficit 0.5 → discharged min(0.5, 1, 2·0.9) = 0.5,               soc 2 − 0.5/0.9 = 13/9, imported 0
   *  h4 (0, 2):   deficit 2 → discharged min(2, 1, 13/9·0.9 = 1.3) = 1,           soc 13/9 − 10/9 = 1/3, imported 1
   *  h5 (0, 1):   deficit 1 → discharged min(1, 1, 1/3·0.9 = 0.3) = 0.3,          soc 0, imported 0.7
   * Totals: production 6, load 5.5, direct 2, charged 2 + 2/9, exported 2 − 2/9, discharged 1.8, imported 1.7;
   * self-consumption (2 + 1.8)/6, self-sufficiency 3.8/5.5; drawn from storage 1.8/0.9 = 2 kWh → 1 full cycle.
   */
  const r = simulateBattery({
    production_kwh: new Float64Array([3, 2, 1, 0, 0, 0]),
    load_kwh: new Float64Array([1, 0.5, 0.5, 0.5, 2, 1]),
    month: JAN(6),
    usable_kwh: 2,
    power_kw: 1,
    round_trip_efficiency: 0.81,
    keep_soc: true,
  });

  it('gives the hand-computed state of charge every hour', () => {
    const expected = [0.9, 1.8, 2, 13 / 9, 1 / 3, 0];
    expected.forEach((soc, i) => expect(r.soc_kwh![i]).toBeCloseTo(soc, 12));
  });

  it('gives the hand-computed yearly flows', () => {
    const y = r.year;
    expect(y.production_kwh).toBeCloseTo(6, 12);
    expect(y.load_kwh).toBeCloseTo(5.5, 12);
    expect(y.self_consumed_direct_kwh).toBeCloseTo(2, 12);
    expect(y.charged_from_pv_kwh).toBeCloseTo(2 + 2 / 9, 12);
    expect(y.exported_kwh).toBeCloseTo(2 - 2 / 9, 12);
    expect(y.discharged_to_load_kwh).toBeCloseTo(1.8, 12);
    expect(y.imported_kwh).toBeCloseTo(1.7, 12);
    expect(y.self_consumption_pct).toBeCloseTo((100 * 3.8) / 6, 10);
    expect(y.self_sufficiency_pct).toBeCloseTo((100 * 3.8) / 5.5, 10);
    expect(y.equivalent_full_cycles).toBeCloseTo(1, 12);
    expect(r.losses_kwh).toBeCloseTo(2 + 2 / 9 - 1.8, 12);
    expect(r.soc_end_kwh).toBeCloseTo(0, 12);
  });

  it('puts everything in January and nothing in the other months', () => {
    expect(r.monthly).toHaveLength(12);
    expect(r.monthly[0]!.discharged_to_load_kwh).toBeCloseTo(1.8, 12);
    for (let m = 1; m < 12; m++) expect(r.monthly[m]!.production_kwh).toBe(0);
  });

  it('starts from initial_soc_kwh: a full battery serves the first deficit at once', () => {
    // 1 kWh stored, η = 0.81: one hour with L = 0.5 takes 0.5 (≤ 1·0.9), soc 1 − 0.5/0.9 = 4/9.
    const s = simulateBattery({
      production_kwh: new Float64Array([0]),
      load_kwh: new Float64Array([0.5]),
      month: JAN(1),
      usable_kwh: 2,
      power_kw: 1,
      round_trip_efficiency: 0.81,
      initial_soc_kwh: 1,
    });
    expect(s.year.discharged_to_load_kwh).toBeCloseTo(0.5, 12);
    expect(s.soc_end_kwh).toBeCloseTo(4 / 9, 12);
    expect(s.year.imported_kwh).toBeCloseTo(0, 12);
  });
});

describe('simulateBattery over a synthetic year (8760 h)', () => {
  const year = syntheticYear(4, 12);
  const eta = 0.9;
  const root = Math.sqrt(eta);
  const usable = 5;
  const power = 2.5;
  const r = simulateBattery({
    ...year,
    usable_kwh: usable,
    power_kw: power,
    round_trip_efficiency: eta,
    keep_soc: true,
  });
  const tol = 1e-9;

  it('keeps every hourly invariant (flows recovered from the state of charge)', () => {
    let prev = 0;
    let charged = 0;
    let discharged = 0;
    for (let i = 0; i < 8760; i++) {
      const soc = r.soc_kwh![i]!;
      const p = year.production_kwh[i]!;
      const l = year.load_kwh[i]!;
      const surplus = Math.max(0, p - l);
      const deficit = Math.max(0, l - p);
      const dSoc = soc - prev;
      const c = dSoc > 0 ? dSoc / root : 0;
      const d = dSoc < 0 ? -dSoc * root : 0;
      expect(soc).toBeGreaterThanOrEqual(0);
      expect(soc).toBeLessThanOrEqual(usable + tol);
      expect(c).toBeLessThanOrEqual(surplus + tol);
      expect(c).toBeLessThanOrEqual(power + tol);
      expect(d).toBeLessThanOrEqual(deficit + tol);
      expect(d).toBeLessThanOrEqual(power + tol);
      expect(d).toBeLessThanOrEqual(prev * root + tol);
      // Greedy: a surplus fills the battery as far as surplus, power and room allow.
      if (surplus > 0) expect(c).toBeCloseTo(Math.min(surplus, power, (usable - prev) / root), 9);
      if (deficit > 0) expect(d).toBeCloseTo(Math.min(deficit, power, prev * root), 9);
      charged += c;
      discharged += d;
      prev = soc;
    }
    expect(charged).toBeCloseTo(r.year.charged_from_pv_kwh, 6);
    expect(discharged).toBeCloseTo(r.year.discharged_to_load_kwh, 6);
  });

  it('closes the energy balance for the year and every month', () => {
    for (const t of [r.year, ...r.monthly]) {
      expect(t.self_consumed_direct_kwh + t.charged_from_pv_kwh + t.exported_kwh).toBeCloseTo(t.production_kwh, 6);
      expect(t.self_consumed_direct_kwh + t.discharged_to_load_kwh + t.imported_kwh).toBeCloseTo(t.load_kwh, 6);
    }
    const y = r.year;
    expect(y.charged_from_pv_kwh * root - y.discharged_to_load_kwh / root).toBeCloseTo(
      r.soc_end_kwh - r.soc_start_kwh,
      6,
    );
    // Energy that went in and came out again lost (1 − η) of itself, so the losses are positive.
    expect(r.losses_kwh).toBeGreaterThan(0);
  });

  it('sums the months to the year', () => {
    const sum = (k: 'production_kwh' | 'discharged_to_load_kwh' | 'equivalent_full_cycles') =>
      r.monthly.reduce((a, m) => a + m[k], 0);
    expect(sum('production_kwh')).toBeCloseTo(r.year.production_kwh, 6);
    expect(sum('discharged_to_load_kwh')).toBeCloseTo(r.year.discharged_to_load_kwh, 6);
    expect(sum('equivalent_full_cycles')).toBeCloseTo(r.year.equivalent_full_cycles, 9);
  });

  it('matches the PV-only balance when the battery is tiny', () => {
    const pv = selfConsumption(year.production_kwh, year.load_kwh, year.month);
    const tiny = simulateBattery({ ...year, usable_kwh: 1e-6, power_kw: power, round_trip_efficiency: eta });
    // At most 1e-6 kWh goes through the battery a day: < 4e-4 kWh over the year.
    expect(
      Math.abs(tiny.year.self_consumed_direct_kwh + tiny.year.discharged_to_load_kwh - pv.self_consumed_kwh),
    ).toBeLessThan(1e-3);
    expect(Math.abs(tiny.year.exported_kwh - pv.exported_kwh)).toBeLessThan(1e-3);
    expect(Math.abs(tiny.year.imported_kwh - pv.imported_kwh)).toBeLessThan(1e-3);
    expect(tiny.year.self_consumption_pct).toBeCloseTo(pv.self_consumption_pct, 4);
  });

  it('raises self-consumption over PV alone, and ageing (capacity_fraction) lowers it again', () => {
    const pv = selfConsumption(year.production_kwh, year.load_kwh, year.month);
    const aged = simulateBattery({
      ...year,
      usable_kwh: usable,
      power_kw: power,
      round_trip_efficiency: eta,
      capacity_fraction: 0.7,
    });
    expect(r.year.self_consumption_pct).toBeGreaterThan(pv.self_consumption_pct);
    expect(aged.year.self_consumption_pct).toBeLessThan(r.year.self_consumption_pct);
    expect(aged.year.self_consumption_pct).toBeGreaterThan(pv.self_consumption_pct);
    expect(aged.capacity_kwh).toBeCloseTo(3.5, 12);
    // A full cycle a day at most: 365 cycles bound the yearly count.
    expect(r.year.equivalent_full_cycles).toBeGreaterThan(100);
    expect(r.year.equivalent_full_cycles).toBeLessThanOrEqual(366);
  });
});

describe('simulateBattery refuses bad input, naming the field', () => {
  const base = {
    production_kwh: new Float64Array([1, 0]),
    load_kwh: new Float64Array([0, 1]),
    month: JAN(2),
    usable_kwh: 5,
    power_kw: 2.5,
    round_trip_efficiency: 0.9,
  };
  it.each([
    ['a 1,000 kWh battery', { usable_kwh: 1000 }, /usable_kwh must be within \(0, 30\], got 1000/],
    ['a zero capacity', { usable_kwh: 0 }, /usable_kwh/],
    ['a negative power', { power_kw: -1 }, /power_kw must be within \(0, 15\], got -1/],
    ['an efficiency above 1', { round_trip_efficiency: 1.2 }, /round_trip_efficiency must be within \(0, 1\], got 1.2/],
    ['a NaN efficiency', { round_trip_efficiency: NaN }, /round_trip_efficiency/],
    [
      'a load of another length',
      { load_kwh: new Float64Array(3) },
      /load_kwh must have the length of production_kwh \(2\), got 3/,
    ],
    ['a month array of another length', { month: JAN(1) }, /month must have the length/],
    ['a month 12', { month: new Uint8Array([0, 12]) }, /month\[1\] must be within \[0, 11\]/],
    ['a negative production', { production_kwh: new Float64Array([-1, 0]) }, /production_kwh\[0\]/],
    ['an infinite load', { load_kwh: new Float64Array([0, Infinity]) }, /load_kwh\[1\]/],
    ['capacity_fraction 0', { capacity_fraction: 0 }, /capacity_fraction must be within \(0, 1\]/],
    ['capacity_fraction 1.1', { capacity_fraction: 1.1 }, /capacity_fraction/],
    [
      'initial soc above the aged capacity',
      { capacity_fraction: 0.5, initial_soc_kwh: 3 },
      /initial_soc_kwh must be within \[0, 2.5\], got 3/,
    ],
  ])('%s', (_what, patch, message) => {
    expect(() => simulateBattery({ ...base, ...patch })).toThrow(RangeError);
    expect(() => simulateBattery({ ...base, ...patch })).toThrow(message);
  });
});
