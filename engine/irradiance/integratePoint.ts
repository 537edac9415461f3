import type { Horizon } from '../geo/types';
import { diffuseShading } from './diffuseShading';
import type { PlaneTable, PointIrradiation } from './types';

/**
 * Number of entries of bucket [start, end) (elevations decreasing) whose sun elevation is above `horizon_deg`:
 * a binary search, exact at the boundary (a sun exactly at the horizon elevation is hidden).
 */
function countAbove(elevation_deg: Float64Array, start: number, end: number, horizon_deg: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (elevation_deg[mid]! > horizon_deg) lo = mid + 1;
    else hi = mid;
  }
  return lo - start;
}

/**
 * Irradiation of one sample point over the typical year from its plane's table (preparePlane) and its horizon:
 * - beam and circumsolar: counted for the hours whose sun elevation is above the horizon in the sun's azimuth
 *   sector, read from the table's cumulative buckets (one binary search per sector and month);
 * - isotropic sky diffuse: scaled by SVF / ((1 + cos β)/2), SVF given or computed from the horizon
 *   (planeSkyViewFactor);
 * - horizon band: the brightening (Perez F2 > 0) scaled by the visible share of the band the plane faces; the
 *   darkening (F2 < 0, a horizon dimmer than the dome) is a correction to the isotropic dome and is scaled with it,
 *   so (isotropic + darkening) ≥ 0 only shrinks and more obstruction never adds irradiation (diffuseShading);
 * - ground-reflected: kept, GHI·albedo·(1 − cos β)/2.
 * A null horizon is unobstructed: the result then equals the hourly sum (annualPlaneIrradiation). A horizon of
 * 90° everywhere hides the sun and the whole sky: only the ground-reflected part is left.
 *
 * Cost: sectors × 12 binary searches over buckets of a few entries (≈ 3 000 comparisons and additions for 72
 * sectors), plus 2 trigonometric calls per obstructed sector for the sky view factor; see docs/physics.md.
 *
 * @param plane the plane's table
 * @param horizon obstruction elevation per sector [°] (plane.sectors values within [0, 90]), or null
 * @param skyViewFactor sky view factor of the point [-] within [0, 1]; default computed from the horizon
 * @returns annual, monthly, beam, diffuse and ground irradiation [kWh/m²] and the sky view factor used [-]
 * @example integratePoint(plane, new Float32Array(72)).annual_kwh_m2 // the unobstructed plane
 */
export function integratePoint(plane: PlaneTable, horizon: Horizon | null, skyViewFactor?: number): PointIrradiation {
  const shading = diffuseShading(plane.sky, plane.sectors, plane.tilt_deg, horizon, skyViewFactor);
  const { bucketStart, elevation_deg, beamCumulative_wh_m2: beamCum, circumsolarCumulative_wh_m2: csCum } = plane;
  const monthly_kwh_m2 = new Float64Array(12);
  let beam = 0;
  let diffuse = 0;
  let ground = 0;
  const beamMonth = new Float64Array(12);
  const circumsolarMonth = new Float64Array(12);
  for (let s = 0; s < plane.sectors; s++) {
    const h = horizon === null ? 0 : horizon[s]!;
    const base = s * 12;
    for (let m = 0; m < 12; m++) {
      const start = bucketStart[base + m]!;
      const end = bucketStart[base + m + 1]!;
      if (start === end) continue;
      const k = h <= 0 && elevation_deg[end - 1]! > 0 ? end - start : countAbove(elevation_deg, start, end, h);
      if (k === 0) continue;
      beamMonth[m] = beamMonth[m]! + beamCum[start + k - 1]!;
      circumsolarMonth[m] = circumsolarMonth[m]! + csCum[start + k - 1]!;
    }
  }
  for (let m = 0; m < 12; m++) {
    const monthDiffuse =
      circumsolarMonth[m]! +
      shading.isotropicScale * (plane.isotropic_wh_m2[m]! + plane.horizonDarkening_wh_m2[m]!) +
      shading.horizonBandScale * plane.horizonBrightening_wh_m2[m]!;
    beam += beamMonth[m]!;
    diffuse += monthDiffuse;
    ground += plane.ground_wh_m2[m]!;
    monthly_kwh_m2[m] = (beamMonth[m]! + monthDiffuse + plane.ground_wh_m2[m]!) / 1000;
  }
  return {
    annual_kwh_m2: (beam + diffuse + ground) / 1000,
    monthly_kwh_m2,
    beam_kwh_m2: beam / 1000,
    diffuse_kwh_m2: diffuse / 1000,
    ground_kwh_m2: ground / 1000,
    skyViewFactor: shading.skyViewFactor,
  };
}
