import type { Horizon } from '../geo/types';
import { checkRange } from '../geo/checkRange';
import { checkHorizon, skyViewFactorOf } from './planeSkyViewFactor';
import type { SectorSky } from './types';

/**
 * Elevation up to which the horizon band is bright [°]: the width of the horizon band in the Perez model's geometric
 * form (Perez, R. et al. 1986 "An anisotropic hourly diffuse radiation model for sloping surfaces: description,
 * performance validation, site dependency evaluation", Solar Energy 36(6): 481-497, doi:10.1016/0038-092X(86)90013-7).
 */
export const HORIZON_BAND_DEG = 6.5;

/** How a point's horizon scales the diffuse parts that do not follow the sun. */
export interface DiffuseShading {
  /** Sky view factor of the point [-]. */
  skyViewFactor: number;
  /** Factor on the isotropic sky diffuse and the horizon darkening: SVF / ((1 + cos β)/2), 0 facing straight down. */
  isotropicScale: number;
  /** Factor on the horizon-band brightening (Perez F2 > 0) [-], within [0, 1]. */
  horizonBandScale: number;
}

/**
 * Scale factors of the diffuse parts for a point with this horizon on a plane:
 * - isotropic, and the horizon band's darkening (Perez F2 < 0: a correction to the dome, lost with it):
 *   SVF / ((1 + cos β)/2), SVF given or computed from the horizon (planeSkyViewFactor);
 * - horizon brightening: the share of the plane's horizon band left visible, Σ w_s·max(0, 1 − h_s/6.5°) with
 *   w_s ∝ max(0, cos(φs − γ)) the sector's weight in the band the plane faces: an obstruction of height h hides
 *   h/6.5° of a band 6.5° high (HORIZON_BAND_DEG).
 * A null horizon is unobstructed (factors 1, SVF = (1 + cos β)/2 unless given).
 *
 * @param skyViewFactor [-] within [0, 1], overrides the SVF computed from the horizon
 */
export function diffuseShading(
  sky: SectorSky,
  sectors: number,
  surfaceTilt: number,
  horizon: Horizon | null,
  skyViewFactor?: number,
): DiffuseShading {
  const openSvf = (1 + Math.cos((surfaceTilt * Math.PI) / 180)) / 2;
  let horizonBandScale = 1;
  if (horizon !== null) {
    checkHorizon(horizon, sectors);
    horizonBandScale = 0;
    for (let s = 0; s < sectors; s++) {
      horizonBandScale += sky.bandWeight[s]! * Math.max(0, 1 - horizon[s]! / HORIZON_BAND_DEG);
    }
  }
  let svf: number;
  if (skyViewFactor !== undefined) {
    checkRange('skyViewFactor', skyViewFactor, 0, 1);
    svf = skyViewFactor;
  } else {
    svf = horizon === null ? openSvf : skyViewFactorOf(sky, surfaceTilt, horizon);
  }
  return { skyViewFactor: svf, isotropicScale: openSvf > 1e-12 ? svf / openSvf : 0, horizonBandScale };
}
