/** WGS84 semi-major axis [m] (NIMA TR8350.2, "Department of Defense World Geodetic System 1984", 3rd ed., 2000). */
export const WGS84_SEMI_MAJOR_AXIS_M = 6378137;
/** WGS84 flattening [-] (same reference). */
export const WGS84_FLATTENING = 1 / 298.257223563;
/** WGS84 first eccentricity squared e² = f(2 − f) [-]. */
export const WGS84_ECCENTRICITY_SQUARED = WGS84_FLATTENING * (2 - WGS84_FLATTENING);

export interface Wgs84Radii {
  /** Meridional radius of curvature M [m]. */
  meridional_m: number;
  /** Prime-vertical radius of curvature N [m]. */
  primeVertical_m: number;
}

/**
 * Radii of curvature of the WGS84 ellipsoid at a latitude.
 *
 * M = a(1 − e²) / (1 − e² sin²φ)^(3/2),  N = a / (1 − e² sin²φ)^(1/2)
 * (e.g. Torge & Müller, "Geodesy", 4th ed., De Gruyter 2012, §4.1.2).
 * One degree of latitude measures about M·π/180, one degree of longitude N·cosφ·π/180.
 *
 * @param latitude_deg geodetic latitude [°], within [-90, 90]
 * @returns meridional and prime-vertical radii [m]
 * @example wgs84Radii(50.4).meridional_m // ≈ 6 373 397 m
 */
export function wgs84Radii(latitude_deg: number): Wgs84Radii {
  if (!Number.isFinite(latitude_deg) || latitude_deg < -90 || latitude_deg > 90) {
    throw new RangeError(`latitude_deg must be within [-90, 90], got ${latitude_deg}`);
  }
  const sinLat = Math.sin((latitude_deg * Math.PI) / 180);
  const w2 = 1 - WGS84_ECCENTRICITY_SQUARED * sinLat * sinLat;
  return {
    meridional_m: (WGS84_SEMI_MAJOR_AXIS_M * (1 - WGS84_ECCENTRICITY_SQUARED)) / (w2 * Math.sqrt(w2)),
    primeVertical_m: WGS84_SEMI_MAJOR_AXIS_M / Math.sqrt(w2),
  };
}
