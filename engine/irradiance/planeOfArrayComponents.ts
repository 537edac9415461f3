import type { Horizon } from '../geo/types';
import { checkRange } from '../geo/checkRange';
import { checkSkyModel } from '../sky/skyDiffuse';
import type { SkyModel } from '../sky/types';
import { diffuseShading } from './diffuseShading';
import { planeHourParts } from './planeHourParts';
import { sectorSky } from './planeSkyViewFactor';
import { sectorOf } from './sectorOf';
import type { SkyYear } from './types';

const DEG = 180 / Math.PI;

/** Plane-of-array irradiance of every hour of a sky year behind a horizon, split as the PV model needs it [W/m²]. */
export interface PlaneOfArrayComponents {
  hours: number;
  /** DNI·cos θ when the sun is up, in front of the plane and above the horizon profile in its sector; else 0. */
  beam_w_m2: Float64Array;
  /** Circumsolar sky diffuse, under the same visibility rule as the beam (it comes from around the sun's disc). */
  circumsolar_w_m2: Float64Array;
  /** Isotropic sky diffuse and horizon band, scaled by the point's diffuse shading (diffuseShading). */
  sky_w_m2: Float64Array;
  /** Ground-reflected irradiance (never shaded: the obstructions are taken to reflect like the ground). */
  ground_w_m2: Float64Array;
  /** Angle of incidence of the sun's rays [°]; 90 or more when the sun is behind the plane or below the horizon. */
  aoi_deg: Float64Array;
  /** Sky view factor used [-]. */
  skyViewFactor: number;
}

/**
 * Hour-by-hour plane-of-array parts with the integrator's shading rules (integratePoint): beam and circumsolar count
 * when the sun is above the horizon profile in its azimuth sector; isotropic diffuse and horizon darkening × SVF /
 * ((1 + cos β)/2), horizon brightening × the visible share of the band; ground reflection kept. Their sum, floored at
 * 0, is planeOfArrayHourly's global irradiance. The split lets the PV model apply an incidence-angle modifier per
 * part (beam and circumsolar at the sun's angle of incidence, sky and ground with Marion's integrals).
 *
 * @param sky the sky year (prepareSkyYear)
 * @param surfaceTilt plane tilt [°], within [0, 180]
 * @param surfaceAzimuth plane azimuth [°] clockwise from north, within [0, 360]
 * @param model sky diffuse model ('isotropic' | 'haydavies' | 'perez')
 * @param albedo ground reflectance [-], within [0, 1]
 * @param horizon obstruction elevation per azimuth sector [°] (≥ 4 sectors, from north clockwise), or null
 * @param skyViewFactor [-] within [0, 1]; default computed from the horizon
 */
export function planeOfArrayComponents(
  sky: SkyYear,
  surfaceTilt: number,
  surfaceAzimuth: number,
  model: SkyModel,
  albedo: number,
  horizon: Horizon | null = null,
  skyViewFactor?: number,
): PlaneOfArrayComponents {
  checkRange('surfaceTilt', surfaceTilt, 0, 180);
  checkRange('surfaceAzimuth', surfaceAzimuth, 0, 360);
  checkSkyModel(model);
  checkRange('albedo', albedo, 0, 1);
  const sectors = horizon === null ? 4 : horizon.length;
  if (horizon !== null && !(sectors >= 4)) throw new RangeError(`horizon must have at least 4 sectors, got ${sectors}`);
  const shading = diffuseShading(
    sectorSky(surfaceTilt, surfaceAzimuth, sectors),
    sectors,
    surfaceTilt,
    horizon,
    skyViewFactor,
  );
  const n = sky.hours;
  const out: PlaneOfArrayComponents = {
    hours: n,
    beam_w_m2: new Float64Array(n),
    circumsolar_w_m2: new Float64Array(n),
    sky_w_m2: new Float64Array(n),
    ground_w_m2: new Float64Array(n),
    aoi_deg: new Float64Array(n).fill(90),
    skyViewFactor: shading.skyViewFactor,
  };
  for (let i = 0; i < n; i++) {
    if (sky.ghi[i] === 0 && sky.dhi[i] === 0 && sky.dni[i] === 0) continue;
    const p = planeHourParts(sky, i, surfaceTilt, surfaceAzimuth, model, albedo);
    const dome = p.horizon > 0 ? p.isotropic : p.isotropic + p.horizon;
    const band = p.horizon > 0 ? p.horizon : 0;
    out.sky_w_m2[i] = shading.isotropicScale * dome + shading.horizonBandScale * band;
    out.ground_w_m2[i] = p.ground;
    if (p.sunInFront) {
      out.aoi_deg[i] = Math.acos(Math.min(1, p.cosAoi)) * DEG;
      const visible = horizon === null || sky.elevation_deg[i]! > horizon[sectorOf(sky.azimuth_deg[i]!, sectors)]!;
      if (visible) {
        out.beam_w_m2[i] = p.beam;
        out.circumsolar_w_m2[i] = p.circumsolar;
      }
    }
  }
  return out;
}
