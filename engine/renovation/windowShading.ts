/**
 * The grid of a window shading table: facade azimuth every 5° (72 values, from north clockwise) × obstruction
 * elevation every 5° from 0 to 60° (13 values) × 12 months. Entry ((k·angles) + a)·12 + m holds the share of a
 * vertical window's monthly irradiation at azimuth k·5° left by an obstruction of elevation a·5° in front of it [-].
 */
export const WINDOW_SHADING_GRID = { angleStep_deg: 5, angles: 13, azimuthStep_deg: 5, azimuths: 72 } as const;

/** A place's window shading table on WINDOW_SHADING_GRID (built by the API from the irradiance engine). */
export interface WindowShadingTable {
  shading: Float64Array;
}

/**
 * Monthly shading factors of a window facing `azimuth_deg` behind an obstruction of `obstruction_deg` [-]: the
 * table's nearest azimuth, interpolated linearly between the two nearest obstruction angles (clamped to [0, 60]).
 *
 * @param table the place's shading table
 * @param azimuth_deg facade azimuth [°], clockwise from north
 * @param obstruction_deg elevation of what stands in front of the facade [°]
 * @returns 12 factors, January first [-]
 */
export function windowShading(table: WindowShadingTable, azimuth_deg: number, obstruction_deg: number): number[] {
  const { angleStep_deg, angles, azimuthStep_deg, azimuths } = WINDOW_SHADING_GRID;
  const k = Math.round((((azimuth_deg % 360) + 360) % 360) / azimuthStep_deg) % azimuths;
  const x = Math.min(angles - 1, Math.max(0, obstruction_deg / angleStep_deg));
  const a0 = Math.floor(x);
  const a1 = Math.min(angles - 1, a0 + 1);
  const w = x - a0;
  return Array.from({ length: 12 }, (_, m) => {
    const lo = table.shading[(k * angles + a0) * 12 + m]!;
    const hi = table.shading[(k * angles + a1) * 12 + m]!;
    return lo + (hi - lo) * w;
  });
}
