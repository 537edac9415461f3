import { checkRange } from '../geo/checkRange';

const RAD = Math.PI / 180;

/** Parameters of the physical incidence-angle model of a glass cover. */
export interface PhysicalIamParameters {
  /** Refractive index of the cover [-]; default 1.526 (glass, De Soto et al. 2006). */
  n: number;
  /** Extinction coefficient of the glass [1/m]; default 4. */
  K: number;
  /** Thickness of the glass [m]; default 0.002. */
  L: number;
}

/** De Soto et al. (2006) / pvlib defaults. */
export const DEFAULT_PHYSICAL_IAM: PhysicalIamParameters = { n: 1.526, K: 4, L: 0.002 };

/**
 * Incidence-angle modifier of a glass-covered module, from Fresnel's equations for unpolarised light through an
 * air–glass interface and Bouguer's law for absorption in the glass, normalised to normal incidence:
 *
 *   θr = asin(sin θ / n);  τs = 1 − ((cos θ − n cos θr)/(cos θ + n cos θr))²;  τp = 1 − ((cos θr − n cos θ)/(cos θr + n cos θ))²
 *   τ(θ) = ½(τs + τp)·exp(−K·L / cos θr);   IAM = τ(θ)/τ(0), τ(0) = (1 − ((1 − n)/(1 + n))²)·exp(−K·L)
 *
 * (De Soto, W., Klein, S. A., Beckman, W. A. 2006 "Improvement and validation of a model for photovoltaic array
 * performance", Solar Energy 80(1): 78-88, doi:10.1016/j.solener.2005.06.010, eqs. 14-16; Duffie & Beckman 2013
 * §5.3; pvlib-python `iam.physical`). 0 at and beyond 90°.
 *
 * @param aoi angle of incidence [°], within [0, 180]
 * @param params cover parameters (n, K [1/m], L [m])
 * @returns modifier [-], within [0, 1]
 * @example iamPhysical(60) // ≈ 0.93
 */
export function iamPhysical(aoi: number, params: PhysicalIamParameters = DEFAULT_PHYSICAL_IAM): number {
  checkRange('aoi', aoi, 0, 180);
  checkRange('n', params.n, 1, 3);
  checkRange('K', params.K, 0, 1000);
  checkRange('L', params.L, 0, 0.1);
  if (aoi >= 90) return 0;
  return transmittance(aoi * RAD, params) / transmittance(0, params);
}

/**
 * Transmittance τ of the cover at an angle of incidence [rad] (the numerator of iamPhysical), unchecked: for callers
 * that validated the parameters once (arrayDc).
 */
export function transmittance(aoiRad: number, { n, K, L }: PhysicalIamParameters): number {
  const cosI = Math.cos(aoiRad);
  const sinR = Math.sin(aoiRad) / n;
  const cosR = Math.sqrt(1 - sinR * sinR);
  const rs = ((cosI - n * cosR) / (cosI + n * cosR)) ** 2;
  const rp = ((cosR - n * cosI) / (cosR + n * cosI)) ** 2;
  return 0.5 * (2 - rs - rp) * Math.exp((-K * L) / cosR);
}
