import { describe, expect, it } from 'vitest';
import { capacityFraction, type BatteryAgeing } from './capacityFraction';
import { simulateBattery } from './simulateBattery';
import { simulateBatteryYears } from './simulateBatteryYears';
import { syntheticYear } from './syntheticYear.testkit';

const AGEING: BatteryAgeing = {
  calendar_fade_pct_yr: 1.5,
  cycle_fade_pct_per_100_efc: 0.4,
  end_of_life_capacity_pct: 70,
  calendar_life_years: 15,
};

describe('capacityFraction', () => {
  it('adds calendar and cycling fade linearly', () => {
    // 1 − 0.015 × 10 − 0.004 × 2500/100 = 1 − 0.15 − 0.10 = 0.75
    expect(capacityFraction(10, 2500, AGEING)).toBeCloseTo(0.75, 12);
    expect(capacityFraction(0, 0, AGEING)).toBe(1);
    // 250 cycles a year: 1.5 + 1.0 = 2.5 %/yr, the middle of RWTH's field range of 2–3 %/yr
    expect(1 - capacityFraction(1, 250, AGEING)).toBeCloseTo(0.025, 12);
  });

  it('never goes below 0', () => {
    expect(capacityFraction(100, 1e5, AGEING)).toBe(0);
  });

  it('refuses bad input by name', () => {
    expect(() => capacityFraction(-1, 0, AGEING)).toThrow(/age_years/);
    expect(() => capacityFraction(1, NaN, AGEING)).toThrow(/cumulative_efc/);
    expect(() => capacityFraction(1, 1, { ...AGEING, end_of_life_capacity_pct: 100 })).toThrow(
      /end_of_life_capacity_pct/,
    );
  });
});

describe('simulateBatteryYears', () => {
  const year = syntheticYear(4, 12);
  const battery = { usable_kwh: 5, power_kw: 2.5, round_trip_efficiency: 0.9 };

  it('replaces the battery when calendar fade alone crosses the end-of-life threshold', () => {
    // 4 %/yr, no cycling fade: f_t = 1 − 0.04 (age); age 7 → 0.72 kept, age 8 → 0.68 < 0.70 replaced.
    // So the batteries serve years 1–8, 9–16, 17–24 and 25: replacements at 9, 17, 25; first life 8 years.
    const r = simulateBatteryYears({
      ...year,
      ...battery,
      ageing: {
        calendar_fade_pct_yr: 4,
        cycle_fade_pct_per_100_efc: 0,
        end_of_life_capacity_pct: 70,
        calendar_life_years: 60,
      },
      degradation_pct_yr: 0,
      years: 25,
    });
    expect(r.replacement_years).toEqual([9, 17, 25]);
    expect(r.first_battery_life_years).toBe(8);
    expect(r.years[7]!.capacity_fraction).toBeCloseTo(0.72, 12);
    expect(r.years[8]!.capacity_fraction).toBe(1);
    expect(r.years[8]!.battery_age_years).toBe(0);
  });

  it('replaces the battery at its calendar life when it does not fade', () => {
    const r = simulateBatteryYears({
      ...year,
      ...battery,
      ageing: {
        calendar_fade_pct_yr: 0,
        cycle_fade_pct_per_100_efc: 0,
        end_of_life_capacity_pct: 70,
        calendar_life_years: 10,
      },
      degradation_pct_yr: 0,
      years: 25,
    });
    expect(r.replacement_years).toEqual([11, 21]);
    expect(r.first_battery_life_years).toBe(10);
  });

  it('with the fixture-like ageing, self-consumption falls as the battery ages and recovers when replaced', () => {
    const r = simulateBatteryYears({ ...year, ...battery, ageing: AGEING, degradation_pct_yr: 0, years: 25 });
    const sc = r.years.map((y) => y.with_battery.self_consumption_pct);
    const first = r.replacement_years[0]!;
    expect(first).toBeGreaterThan(5);
    for (let t = 1; t < first - 1; t++) expect(sc[t]!).toBeLessThan(sc[t - 1]!);
    expect(sc[first - 1]!).toBeGreaterThan(sc[first - 2]!);
    // Year 2's fraction is 1 − 1.5 % − 0.4 % × year 1's cycles / 100.
    const efc1 = r.years[0]!.with_battery.equivalent_full_cycles;
    expect(r.years[1]!.capacity_fraction).toBeCloseTo(1 - 0.015 - (0.004 * efc1) / 100, 12);
  });

  it('year 1 equals a single simulateBattery run; PV degradation scales production', () => {
    const r = simulateBatteryYears({ ...year, ...battery, ageing: AGEING, degradation_pct_yr: 0.5, years: 3 });
    const one = simulateBattery({ ...year, ...battery });
    expect(r.years[0]!.with_battery.discharged_to_load_kwh).toBeCloseTo(one.year.discharged_to_load_kwh, 9);
    expect(r.years[2]!.pv_only.production_kwh).toBeCloseTo(one.year.production_kwh * 0.995 ** 2, 6);
    expect(r.years[2]!.with_battery.production_kwh).toBeCloseTo(one.year.production_kwh * 0.995 ** 2, 6);
  });

  it('refuses bad input by name', () => {
    const ok = { ...year, ...battery, ageing: AGEING, degradation_pct_yr: 0.5, years: 25 };
    expect(() => simulateBatteryYears({ ...ok, usable_kwh: 1000 })).toThrow(/usable_kwh/);
    expect(() => simulateBatteryYears({ ...ok, years: 2.5 })).toThrow(/years must be an integer/);
    expect(() => simulateBatteryYears({ ...ok, degradation_pct_yr: -1 })).toThrow(/degradation_pct_yr/);
    expect(() => simulateBatteryYears({ ...ok, ageing: { ...AGEING, calendar_life_years: 0 } })).toThrow(
      /calendar_life_years/,
    );
  });
});
