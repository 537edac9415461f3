import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePvgisTmyCsv } from '../weather';
import { householdLoad } from './householdLoad';

const tmy = parsePvgisTmyCsv(
  readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
);

/** Local (Europe/Paris) hour and month of each hour, through Intl: independent of the code under test. */
const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  month: '2-digit',
  hourCycle: 'h23',
});
const local = Array.from(tmy.timeUtcMs, (t) => {
  const parts = fmt.formatToParts(t);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { hour: get('hour'), month: get('month') };
});

function sumWhere(load: Float64Array, keep: (i: number) => boolean): number {
  let s = 0;
  for (let i = 0; i < load.length; i++) if (keep(i)) s += load[i]!;
  return s;
}

function series(heating: 'electric' | 'heat_pump' | 'gas' | 'other', annual_kwh: number) {
  return householdLoad({ annual_kwh, heating, timeUtcMs: tmy.timeUtcMs, air_temperature_c: tmy.air_temperature_c });
}

describe('householdLoad', () => {
  it('sums to annual_kwh over the regional typical year (8760 h), every hour ≥ 0', () => {
    for (const heating of ['electric', 'heat_pump', 'gas', 'other'] as const) {
      const load = series(heating, 4321);
      expect(load.length).toBe(8760);
      expect(sumWhere(load, () => true)).toBeCloseTo(4321, 9);
      expect(Math.min(...load)).toBeGreaterThanOrEqual(0);
    }
  });

  it('puts more in January than in July for electric heating (heating degree-hours below 15 °C)', () => {
    const load = series('electric', 14000);
    const jan = sumWhere(load, (i) => local[i]!.month === 1);
    const jul = sumWhere(load, (i) => local[i]!.month === 7);
    // Northern France: July mean air temperature is near the 15 °C base, January ≈ 4 °C, so January carries
    // several times July's consumption; require at least ×2.
    expect(jan).toBeGreaterThan(2 * jul);
    const hp = series('heat_pump', 8000);
    expect(sumWhere(hp, (i) => local[i]!.month === 1)).toBeGreaterThan(sumWhere(hp, (i) => local[i]!.month === 7));
  });

  it('puts more at 19–20 h than at 3–4 h local time for a gas-heated home (evening peak, night trough)', () => {
    const load = series('gas', 3000);
    const evening = sumWhere(load, (i) => local[i]!.hour === 19 || local[i]!.hour === 20);
    const night = sumWhere(load, (i) => local[i]!.hour === 3 || local[i]!.hour === 4);
    // Published residential profiles (Enedis RES1) have evening peaks ≈ 2–3× the night trough; require > 1.5×.
    expect(evening).toBeGreaterThan(1.5 * night);
  });

  it('runs electric hot water in the 22 h–6 h off-peak hours', () => {
    // Warm constant weather: no heating, so 'electric' − 'gas' shapes differ by the hot-water part only.
    const n = 24 * 14;
    const time = Float64Array.from({ length: n }, (_, i) => Date.UTC(2019, 5, 3) + i * 3_600_000);
    const temp = new Float32Array(n).fill(20);
    const e = householdLoad({
      annual_kwh: 1000,
      heating: 'electric',
      occupants: 2,
      timeUtcMs: time,
      air_temperature_c: temp,
    });
    const offPeak = (i: number) => {
      const h = new Date(time[i]! + 7_200_000).getUTCHours(); // June: CEST, UTC+2
      return h >= 22 || h < 6;
    };
    // Share of the 14 days in off-peak hours must exceed the 8/24 a flat load would have: the tank adds energy there.
    expect(sumWhere(e, offPeak) / 1000).toBeGreaterThan(8 / 24 + 0.1);
    expect(sumWhere(e, () => true)).toBeCloseTo(1000, 9);
  });

  it('follows each label’s own year for weekdays: same calendar day, different years, different shapes', () => {
    // 2019-06-01 was a Saturday, 2020-06-01 a Monday; the 07:00–08:00 local hour is a weekday morning peak only in 2020.
    const make = (y: number) => Float64Array.from({ length: 24 }, (_, h) => Date.UTC(y, 5, 1, h) - 7_200_000);
    const temp = new Float32Array(24).fill(20);
    const sat = householdLoad({ annual_kwh: 100, heating: 'gas', timeUtcMs: make(2019), air_temperature_c: temp });
    const mon = householdLoad({ annual_kwh: 100, heating: 'gas', timeUtcMs: make(2020), air_temperature_c: temp });
    expect(mon[7]! / mon[3]!).toBeGreaterThan(sat[7]! / sat[3]!);
  });

  it('throws a RangeError naming the argument', () => {
    const t = tmy.timeUtcMs;
    const a = tmy.air_temperature_c;
    expect(() => householdLoad({ annual_kwh: -1, heating: 'gas', timeUtcMs: t, air_temperature_c: a })).toThrow(
      /annual_kwh/,
    );
    expect(() =>
      householdLoad({
        annual_kwh: 1,
        heating: 'gas',
        timeUtcMs: t.subarray(0, 10),
        air_temperature_c: a.subarray(0, 10),
      }),
    ).toThrow(/timeUtcMs/);
    expect(() =>
      householdLoad({ annual_kwh: 1, heating: 'gas', timeUtcMs: t, air_temperature_c: a.subarray(1) }),
    ).toThrow(/air_temperature_c/);
    expect(() =>
      householdLoad({ annual_kwh: 1, heating: 'wood' as 'other', timeUtcMs: t, air_temperature_c: a }),
    ).toThrow(/heating/);
    const bad = Float32Array.from(a);
    bad[5] = Number.NaN;
    expect(() => householdLoad({ annual_kwh: 1, heating: 'gas', timeUtcMs: t, air_temperature_c: bad })).toThrow(
      /air_temperature_c\[5\]/,
    );
  });

  it('returns zeros for annual_kwh 0', () => {
    expect(Math.max(...series('electric', 0))).toBe(0);
  });
});
