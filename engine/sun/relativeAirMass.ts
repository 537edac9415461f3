/**
 * Relative optical air mass at sea level (not pressure-corrected) by Kasten & Young's approximation formula:
 *
 *   AM = 1 / (cos z + 0.50572·(96.07995° − z)^(−1.6364)),  z = apparent zenith [°]
 *
 * Kasten, F. & Young, A. T. (1989) "Revised optical air mass tables and approximation formula", Applied Optics
 * 28(22): 4735-4738, doi:10.1364/AO.28.004735, eq. 3. It is the air mass the Perez 1990 coefficients were fitted
 * with (pvlib `atmosphere.get_relative_airmass(model='kastenyoung1989')`).
 *
 * Below the horizon (z > 90°) the air mass is undefined and the function returns NaN, as pvlib does; callers (the
 * Perez model) treat NaN as "sun down" and give no sky diffuse for that hour.
 *
 * @param zenith_deg apparent (refracted) solar zenith [°], within [0, 180]
 * @returns relative air mass [-], 1 at the zenith, ≈ 37.9 at z = 90°; NaN for z > 90°
 * @example relativeAirMass(60) // ≈ 1.9943
 */
export function relativeAirMass(zenith_deg: number): number {
  if (!(zenith_deg >= 0 && zenith_deg <= 180)) {
    throw new RangeError(`zenith_deg must be within [0, 180], got ${zenith_deg}`);
  }
  if (zenith_deg > 90) return NaN;
  const cosZ = Math.cos((zenith_deg * Math.PI) / 180);
  return 1 / (cosZ + 0.50572 * Math.pow(96.07995 - zenith_deg, -1.6364));
}
