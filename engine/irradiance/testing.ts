import type { TypicalYear } from '../weather/types';

/**
 * A synthetic typical year for tests: the given hours (labels [ms UTC]) and irradiance [W/m²], the other series at
 * neutral constants (10 °C, 2 m/s, 80 %, 101 325 Pa). Not a weather model: fixtures for unit tests only.
 */
export function syntheticYear(timeUtcMs: number[], ghi: number[], dni: number[], dhi: number[]): TypicalYear {
  const hours = timeUtcMs.length;
  if (ghi.length !== hours || dni.length !== hours || dhi.length !== hours) {
    throw new RangeError(`ghi, dni and dhi must hold ${hours} values each (timeUtcMs.length)`);
  }
  return {
    format: 'pvgis-csv',
    source: 'synthetic test year',
    latitude_deg: null,
    longitude_deg: null,
    elevation_m: null,
    hours,
    timeUtcMs: Float64Array.from(timeUtcMs),
    ghi_w_m2: Float32Array.from(ghi),
    dni_w_m2: Float32Array.from(dni),
    dhi_w_m2: Float32Array.from(dhi),
    air_temperature_c: new Float32Array(hours).fill(10),
    wind_speed_m_s: new Float32Array(hours).fill(2),
    relative_humidity_pct: new Float32Array(hours).fill(80),
    pressure_pa: new Float32Array(hours).fill(101_325),
  };
}

/** A seeded pseudo-random generator in [0, 1) (Numerical Recipes LCG), so property tests are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
