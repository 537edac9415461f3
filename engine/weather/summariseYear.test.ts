import { describe, expect, it } from 'vitest';
import { summariseYear } from './summariseYear';
import type { TypicalYear } from './types';

/** A synthetic year with constant series, so every expected sum is hand-computable. */
function constantYear(ghi: number, dni: number, dhi: number, temperature: number): TypicalYear {
  const n = 8760;
  const fill = (v: number) => new Float32Array(n).fill(v);
  return {
    format: 'pvgis-csv',
    source: 'synthetic',
    latitude_deg: null,
    longitude_deg: null,
    elevation_m: null,
    hours: n,
    timeUtcMs: Float64Array.from({ length: n }, (_, i) => Date.UTC(2021, 0, 1) + i * 3_600_000),
    ghi_w_m2: fill(ghi),
    dni_w_m2: fill(dni),
    dhi_w_m2: fill(dhi),
    air_temperature_c: fill(temperature),
    wind_speed_m_s: fill(1),
    relative_humidity_pct: fill(80),
    pressure_pa: fill(101325),
  };
}

describe('summariseYear', () => {
  it('sums hourly W/m² over 8760 h into kWh/m² and splits GHI by calendar month', () => {
    const s = summariseYear(constantYear(100, 200, 50, 12.5));
    expect(s.ghi_kwh_m2).toBeCloseTo(876, 9); // 100 W/m² × 8760 h
    expect(s.dni_kwh_m2).toBeCloseTo(1752, 9);
    expect(s.dhi_kwh_m2).toBeCloseTo(438, 9);
    expect(s.mean_air_temperature_c).toBeCloseTo(12.5, 9);
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    s.monthly_ghi_kwh_m2.forEach((kwh, m) => expect(kwh).toBeCloseTo((days[m] ?? 0) * 2.4, 9));
  });

  it('refuses series whose length differs from hours', () => {
    const ty = { ...constantYear(1, 1, 1, 1), ghi_w_m2: new Float32Array(10) };
    expect(() => summariseYear(ty)).toThrow(RangeError);
  });
});
