import type { Horizon } from '../geo/types';
import { planeOfArrayComponents, type PlaneOfArrayComponents } from '../irradiance/planeOfArrayComponents';
import type { SkyYear } from '../irradiance/types';
import { DEFAULT_PHYSICAL_IAM, iamPhysical } from '../pv/iamPhysical';
import { marionDiffuse, type DiffuseIam } from '../pv/marionDiffuse';
import type { FarmYieldOptions } from './types';

const RAD = Math.PI / 180;

/** What every row of one orientation shares, hour by hour: computed once per tilt × azimuth, not per row. */
export interface FarmPlaneParts {
  tilt_deg: number;
  azimuth_deg: number;
  /** Plane-of-array parts of an open row, site horizon included (planeOfArrayComponents). */
  components: PlaneOfArrayComponents;
  /** Incidence-angle modifier of the beam and circumsolar at each hour's angle of incidence [-]. */
  directIam: Float64Array;
  /** Marion's modifiers of the sky and ground diffuse [-]. */
  diffuseIam: DiffuseIam;
  /**
   * w / (w·cos β + u·sin β) per hour (see shadedFraction1d): the shaded fraction of a row behind another at ground
   * coverage ratio g is clamp(1 − shadowRatio / g, 0, 1); 0 for hours without beam.
   */
  shadowRatio: Float64Array;
}

/**
 * The hourly parts shared by every row of a farm of one orientation: plane-of-array components behind the site
 * horizon, incidence-angle modifiers (physical IAM on beam and circumsolar, Marion's integrals on diffuse, as
 * pv/arrayDc), and the sun's profile ratio for the inter-row shaded fraction (shadedFraction1d).
 *
 * @param sky the sky year of the site (prepareSkyYear)
 * @param tilt_deg [°], within (0, 90)
 * @param azimuth_deg direction the rows face [°]
 * @param options sky model (default 'perez'), albedo (default 0.2), iam (default 'physical')
 * @param horizon obstruction elevation per azimuth sector [°] (≥ 4 sectors from north, clockwise), or null
 */
export function farmPlaneParts(
  sky: SkyYear,
  tilt_deg: number,
  azimuth_deg: number,
  options: FarmYieldOptions = {},
  horizon: Horizon | null = null,
): FarmPlaneParts {
  const components = planeOfArrayComponents(
    sky,
    tilt_deg,
    azimuth_deg,
    options.model ?? 'perez',
    options.albedo ?? 0.2,
    horizon,
  );
  const iamMode = options.iam ?? 'physical';
  if (iamMode !== 'physical' && iamMode !== 'none')
    throw new RangeError(`iam must be 'physical' or 'none', got ${String(iamMode)}`);
  const iam = iamMode === 'physical' ? (aoi: number) => iamPhysical(aoi, DEFAULT_PHYSICAL_IAM) : () => 1;
  const n = sky.hours;
  const directIam = new Float64Array(n);
  const shadowRatio = new Float64Array(n);
  const beta = tilt_deg * RAD;
  for (let i = 0; i < n; i++) {
    if (components.beam_w_m2[i]! + components.circumsolar_w_m2[i]! <= 0) continue;
    directIam[i] = iam(components.aoi_deg[i]!);
    const e = sky.elevation_deg[i]! * RAD;
    const u = Math.cos(e) * Math.cos((sky.azimuth_deg[i]! - azimuth_deg) * RAD);
    const w = Math.sin(e);
    const facing = w * Math.cos(beta) + u * Math.sin(beta);
    shadowRatio[i] = facing > 0 && w > 0 ? w / facing : Infinity;
  }
  return {
    tilt_deg,
    azimuth_deg,
    components,
    directIam,
    diffuseIam: iamMode === 'physical' ? marionDiffuse(tilt_deg, iam) : { sky: 1, ground: 1 },
    shadowRatio,
  };
}
