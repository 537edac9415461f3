import { PEREZ_ALLSITES_COMPOSITE_1990, perezEpsilonBin } from './perezCoefficients';

const RAD = Math.PI / 180;
/** κ for the zenith in radians (Perez et al. 1990). */
const KAPPA = 1.041;

/** Brightness coefficients of the Perez 1990 model for one hour [-]. */
export interface PerezBrightness {
  /** Circumsolar brightness F1 [-], ≥ 0. */
  f1: number;
  /** Horizon brightness F2 [-], of either sign. */
  f2: number;
}

/**
 * Circumsolar and horizon brightness coefficients of the Perez 1990 model: the part of the model that depends on the
 * sky and the sun but not on the plane, so a sky year computes it once per hour for every plane (prepareSkyYear):
 *
 *   ε = ((DHI + DNI)/DHI + κ·z³) / (1 + κ·z³)      κ = 1.041, z = apparent zenith [rad]   (sky clearness)
 *   Δ = DHI·AM/E₀                                    AM: Kasten-Young relative air mass    (sky brightness)
 *   F1 = max(0, f11 + f12·Δ + f13·z),  F2 = f21 + f22·Δ + f23·z   (coefficients of ε's bin)
 *
 * Perez, R., Ineichen, P., Seals, R., Michalsky, J. & Stewart, R. (1990) "Modeling daylight availability and
 * irradiance components from direct and global irradiance", Solar Energy 44(5): 271-289,
 * doi:10.1016/0038-092X(90)90055-H, coefficient set "allsitescomposite1990" (perezCoefficients.ts).
 *
 * No validation (skyDiffusePerez and preparePlane check their inputs); meaningful for DHI > 0 and a finite air mass,
 * the only hours the model gives anything for.
 *
 * @param solarZenith apparent solar zenith [°], within [0, 180]
 * @param dhi diffuse horizontal irradiance [W/m²], > 0
 * @param dni direct normal irradiance [W/m²], ≥ 0
 * @param dniExtra extraterrestrial normal irradiance [W/m²], > 0
 * @param airmass relative air mass [-], ≥ 0
 * @returns F1 and F2 [-]
 * @example perezBrightness(10.564, 118.46, 939.95, 1321.17, 1.0169) // { f1 ≈ 0.602, f2 ≈ 0.0767 } (clear sky, last bin)
 */
export function perezBrightness(
  solarZenith: number,
  dhi: number,
  dni: number,
  dniExtra: number,
  airmass: number,
): PerezBrightness {
  const zenithRad = solarZenith * RAD;
  const kz3 = KAPPA * zenithRad * zenithRad * zenithRad;
  const epsilon = ((dhi + dni) / dhi + kz3) / (1 + kz3);
  const delta = (dhi * airmass) / dniExtra;
  // Indexed rather than destructured: an array pattern walks the iterator protocol, slow until the JIT has run.
  const f = PEREZ_ALLSITES_COMPOSITE_1990[perezEpsilonBin(epsilon)]!;
  return { f1: Math.max(0, f[0] + f[1] * delta + f[2] * zenithRad), f2: f[3] + f[4] * delta + f[5] * zenithRad };
}
