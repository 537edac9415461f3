/**
 * Fallback for the non-essential series (wind, humidity, pressure) when a file marks hours missing.
 * Irradiance and air temperature are never filled: the parsers reject them instead.
 */

/** Wind speed used when a whole series is missing [m/s]: pvlib's default for `pvsyst_cell` (1 m/s). */
export const DEFAULT_WIND_SPEED_M_S = 1;

/** Relative humidity used when a whole series is missing [%]: ≈ the annual mean of the regional TMY (79.4 %). */
export const DEFAULT_RELATIVE_HUMIDITY_PCT = 80;

/**
 * Surface pressure of the ISO 2533 standard atmosphere at an elevation, used when a whole pressure series is missing.
 * p = 100 · ((44331.514 − h) / 11880.516)^(1 / 0.1902632), the form used by pvlib `atmosphere.alt2pres`.
 * @param elevationM site elevation [m]; sea level when unknown
 * @returns pressure [Pa]
 */
export function standardPressurePa(elevationM: number | null): number {
  const h = elevationM ?? 0;
  return 100 * ((44331.514 - h) / 11880.516) ** (1 / 0.1902632);
}

/**
 * Fill the NaN hours of a series in place: linear interpolation in time between the nearest valid hours on each
 * side, the nearest valid hour at the ends of the year, and `fallback` everywhere when no hour is valid.
 * @param series hourly values, NaN where missing (unit of the series)
 * @param fallback value for a series with no valid hour (unit of the series)
 * @returns number of hours filled
 */
export function fillGaps(series: Float32Array, fallback: number): number {
  let filled = 0;
  let previous = -1;
  for (let i = 0; i <= series.length; i++) {
    const value = i < series.length ? (series[i] ?? NaN) : NaN;
    if (i < series.length && Number.isNaN(value)) continue;
    const gap = i - previous - 1;
    if (gap > 0) {
      const before = previous >= 0 ? (series[previous] ?? NaN) : NaN;
      const after = i < series.length ? value : NaN;
      for (let k = previous + 1; k < i; k++) {
        if (!Number.isNaN(before) && !Number.isNaN(after)) {
          series[k] = before + ((after - before) * (k - previous)) / (i - previous);
        } else {
          series[k] = Number.isNaN(before) ? (Number.isNaN(after) ? fallback : after) : before;
        }
      }
      filled += gap;
    }
    previous = i;
  }
  return filled;
}
