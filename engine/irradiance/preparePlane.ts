import { checkRange } from '../geo/checkRange';
import { checkSkyModel } from '../sky/skyDiffuse';
import { cumulativeBuckets } from './cumulativeBuckets';
import { planeHourSums } from './planeHourSums';
import { sectorSky } from './planeSkyViewFactor';
import type { PlaneOptions, PlaneTable, SkyYear } from './types';

export { sectorOf } from './sectorOf';

/** Default number of azimuth sectors of the horizons (5° each). */
export const DEFAULT_SECTORS = 72;

/**
 * Build the cumulative sun/sky table of one plane orientation over a sky year, so that integrating a year for a
 * point behind any horizon costs one lookup per sector and month (integratePoint) instead of 8760 hours.
 *
 * Every hour is split into beam (DNI·cos θ), circumsolar, isotropic, horizon-band and ground-reflected parts with the
 * rules of planeHourParts, from the sky year's plane-independent factors: per hour one cosine for cos θ and a few
 * products (skyDiffuseFactors). Hours with the sun up and in front of the plane and some beam or circumsolar go into
 * bucket sector(sun azimuth)·12 + month, in the sky year's order of decreasing sun elevation (sunUpByElevation, split
 * by a counting sort), and their beam and circumsolar irradiation [Wh/m²] is accumulated in that order, so the part of
 * a bucket seen above a horizon elevation h is the cumulative value at the last entry higher than h. Isotropic,
 * horizon-band (brightening and darkening apart) and ground-reflected irradiation are summed per month. The table is
 * the same, to the last bit, as the one built hour by hour through planeHourParts and a sort (preparePlane.test.ts).
 *
 * Size: one entry per contributing hour (≈ 3 600 for a south plane at Lens), 3 Float64 each, plus 12 × 4 monthly
 * sums and the sector geometry: ≈ 100 kB. Cost: a pass over the 8760 hours and two over the sun-up ones, ≈ 0.2 ms
 * (docs/physics.md).
 *
 * @param sky the sky year (prepareSkyYear)
 * @param options tilt_deg [°] within [0, 180], azimuth_deg [°] within [0, 360], model, albedo [-] (0.2),
 *   sectors (72, within [4, 3600])
 * @example integratePoint(preparePlane(sky, { tilt_deg: 35, azimuth_deg: 180, model: 'perez' }), null).annual_kwh_m2
 */
export function preparePlane(sky: SkyYear, options: PlaneOptions): PlaneTable {
  const { tilt_deg, azimuth_deg, model } = options;
  const albedo = options.albedo ?? 0.2;
  const sectors = options.sectors ?? DEFAULT_SECTORS;
  checkRange('tilt_deg', tilt_deg, 0, 180);
  checkRange('azimuth_deg', azimuth_deg, 0, 360);
  checkSkyModel(model);
  checkRange('albedo', albedo, 0, 1);
  if (!(Number.isInteger(sectors) && sectors >= 4 && sectors <= 3600)) {
    throw new RangeError(`sectors must be an integer within [4, 3600], got ${sectors}`);
  }
  const sums = planeHourSums(sky, tilt_deg, azimuth_deg, model, albedo, sectors);
  return {
    tilt_deg,
    azimuth_deg,
    model,
    albedo,
    sectors,
    ...cumulativeBuckets(sky.sunUpByElevation, sky.elevation_deg, sums),
    isotropic_wh_m2: sums.isotropic_wh_m2,
    horizonBrightening_wh_m2: sums.horizonBrightening_wh_m2,
    horizonDarkening_wh_m2: sums.horizonDarkening_wh_m2,
    ground_wh_m2: sums.ground_wh_m2,
    sky: sectorSky(tilt_deg, azimuth_deg, sectors),
  };
}
