import { checkRange } from '../geo/checkRange';

/** Solar constant [W/m²] used by pvlib's `get_extra_radiation` (Gueymard 2004, doi:10.1016/j.solener.2003.08.039). */
export const SOLAR_CONSTANT_W_M2 = 1366.1;

/**
 * Extraterrestrial irradiance normal to the sun's rays, `dni_extra` [W/m²]: the solar constant times the inverse
 * square of the Earth-sun distance in astronomical units, (R₀/R)², by Spencer's Fourier series:
 *
 *   (R₀/R)² = 1.000110 + 0.034221·cos B + 0.001280·sin B + 0.000719·cos 2B + 0.000077·sin 2B,  B = 2π(n − 1)/365
 *
 * Spencer, J. W. (1971) "Fourier series representation of the position of the sun", Search 2(5): 172 (no DOI;
 * the series as quoted by Iqbal, An Introduction to Solar Radiation, 1983, eq. 1.2.1). Same form and constant as
 * pvlib `irradiance.get_extra_radiation(method='spencer')`, so results compare one to one.
 *
 * @param dayOfYear day of the year n [1-366] (fractional days allowed)
 * @returns extraterrestrial normal irradiance [W/m²], 1321 (early July) to 1412 (early January)
 * @example extraterrestrialIrradiance(300) // ≈ 1383.6
 */
export function extraterrestrialIrradiance(dayOfYear: number): number {
  checkRange('dayOfYear', dayOfYear, 1, 367);
  const b = (2 * Math.PI * (dayOfYear - 1)) / 365;
  const r2 =
    1.00011 + 0.034221 * Math.cos(b) + 0.00128 * Math.sin(b) + 0.000719 * Math.cos(2 * b) + 0.000077 * Math.sin(2 * b);
  return SOLAR_CONSTANT_W_M2 * r2;
}
