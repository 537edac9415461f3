import { checkAtLeast, checkRange } from '../geo/checkRange';
import { extraterrestrialIrradiance } from '../sun/extraterrestrialIrradiance';

/** Result of a GHI decomposition. */
export interface Decomposition {
  /** Direct normal irradiance [W/m²]. */
  dni: number;
  /** Diffuse horizontal irradiance [W/m²]. */
  dhi: number;
  /** Clearness index kt = GHI / (E₀·cos z) [-], within [0, 1]. */
  kt: number;
}

/** Floor on cos z in the clearness index, and the zenith beyond which DNI is set to 0 (pvlib's defaults). */
const MIN_COS_ZENITH = 0.065;
const MAX_ZENITH_DEG = 87;

/**
 * Split global horizontal irradiance into direct normal and diffuse horizontal with the Erbs correlation of the
 * diffuse fraction k_d = DHI/GHI against the clearness index kt:
 *
 *   k_d = 1 − 0.09·kt                                                   kt ≤ 0.22
 *   k_d = 0.9511 − 0.1604·kt + 4.388·kt² − 16.638·kt³ + 12.336·kt⁴      0.22 < kt ≤ 0.80
 *   k_d = 0.165                                                         kt > 0.80
 *   DHI = k_d·GHI,  DNI = (GHI − DHI)/cos z
 *
 * Erbs, D. G., Klein, S. A. & Duffie, J. A. (1982) "Estimation of the diffuse radiation fraction for hourly, daily
 * and monthly-average global radiation", Solar Energy 28(4): 293-302, doi:10.1016/0038-092X(82)90302-4, eq. 1.
 * As pvlib `irradiance.erbs`: kt uses max(cos z, 0.065) and is clipped to [0, 1]; beyond z = 87° (or when the
 * closure gives a negative DNI) DNI = 0 and DHI = GHI. E₀ from Spencer (sun/extraterrestrialIrradiance).
 *
 * @param ghi global horizontal irradiance [W/m²], ≥ 0
 * @param zenith_deg true (unrefracted) solar zenith [°], within [0, 180]
 * @param dayOfYear day of the year [1-367]
 * @returns dni [W/m²], dhi [W/m²], kt [-]
 * @example erbs(1000, 10, 1) // { dni ≈ 794.2, dhi ≈ 217.9, kt ≈ 0.7181 }
 */
export function erbs(ghi: number, zenith_deg: number, dayOfYear: number): Decomposition {
  checkAtLeast('ghi', ghi, 0);
  checkRange('zenith_deg', zenith_deg, 0, 180);
  const cosZenith = Math.cos((zenith_deg * Math.PI) / 180);
  const horizontalExtra = extraterrestrialIrradiance(dayOfYear) * Math.max(cosZenith, MIN_COS_ZENITH);
  const kt = Math.min(1, Math.max(0, ghi / horizontalExtra));
  let diffuseFraction: number;
  if (kt <= 0.22) diffuseFraction = 1 - 0.09 * kt;
  else if (kt <= 0.8) diffuseFraction = 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)));
  else diffuseFraction = 0.165;
  const dhi = diffuseFraction * ghi;
  const dni = (ghi - dhi) / cosZenith;
  if (zenith_deg > MAX_ZENITH_DEG || !(dni >= 0)) return { dni: 0, dhi: ghi, kt };
  return { dni, dhi, kt };
}
