import { checkRange } from '../geo/checkRange';
import { checkSkyModel } from '../sky/skyDiffuse';
import { planeHourParts } from './planeHourParts';
import { sectorSky } from './planeSkyViewFactor';
import { DEFAULT_SECTORS } from './preparePlane';
import type { PlaneOptions, PlaneTable, SkyYear } from './types';

/*
 * Test-only: the plane table as it was built before preparePlane moved the plane-independent work into the sky year
 * (commit 3dabe16): every hour through planeHourParts, then a comparator sort of the contributing hours. Kept verbatim
 * so that preparePlane.test.ts can check the fast table entry for entry, and the bench can show both costs.
 */

/** sectorOf as it was, with its two floating-point remainders. */
function sectorOf(azimuth_deg: number, sectors: number): number {
  const s = Math.floor((((azimuth_deg % 360) + 360) % 360) * (sectors / 360));
  return s >= sectors ? sectors - 1 : s;
}

/**
 * Build the cumulative sun/sky table of one plane orientation over a sky year, so that integrating a year for a
 * point behind any horizon costs one lookup per sector and month (integratePoint) instead of 8760 hours.
 *
 * Every hour is split once by planeHourParts. Hours with the sun up and in front of the plane and some beam or
 * circumsolar go into bucket sector(sun azimuth)·12 + month; each bucket is sorted by sun elevation from the top
 * down and its beam (DNI·cos θ) and circumsolar irradiation [Wh/m²] accumulated in that order, so the part of a
 * bucket seen above a horizon elevation h is the cumulative value at the last entry higher than h. Isotropic,
 * horizon-band (brightening and darkening apart) and ground-reflected irradiation are summed per month.
 *
 * Size: one entry per contributing hour (≈ 4 000 for a south plane at Lens), 3 Float64 each, plus 12 × 4 monthly
 * sums and the sector geometry: ≈ 100 kB. Cost: one pass over the hours and a sort, a few milliseconds.
 *
 * @param sky the sky year (prepareSkyYear)
 * @param options tilt_deg [°] within [0, 180], azimuth_deg [°] within [0, 360], model, albedo [-] (0.2),
 *   sectors (72, within [4, 3600])
 * @example integratePoint(preparePlane(sky, { tilt_deg: 35, azimuth_deg: 180, model: 'perez' }), null).annual_kwh_m2
 */
export function preparePlaneReference(sky: SkyYear, options: PlaneOptions): PlaneTable {
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
  const isotropic = new Float64Array(12);
  const brightening = new Float64Array(12);
  const darkening = new Float64Array(12);
  const ground = new Float64Array(12);
  const bucketOf: number[] = [];
  const elevationOf: number[] = [];
  const beamOf: number[] = [];
  const circumsolarOf: number[] = [];
  for (let i = 0; i < sky.hours; i++) {
    const m = sky.month[i]!;
    const p = planeHourParts(sky, i, tilt_deg, azimuth_deg, model, albedo);
    isotropic[m] = isotropic[m]! + p.isotropic;
    if (p.horizon > 0) brightening[m] = brightening[m]! + p.horizon;
    else darkening[m] = darkening[m]! + p.horizon;
    ground[m] = ground[m]! + p.ground;
    if (p.sunInFront && (p.beam > 0 || p.circumsolar > 0)) {
      bucketOf.push(sectorOf(sky.azimuth_deg[i]!, sectors) * 12 + m);
      elevationOf.push(sky.elevation_deg[i]!);
      beamOf.push(p.beam);
      circumsolarOf.push(p.circumsolar);
    }
  }
  const n = bucketOf.length;
  const order = Array.from({ length: n }, (_, k) => k);
  order.sort((x, y) => bucketOf[x]! - bucketOf[y]! || elevationOf[y]! - elevationOf[x]!);
  const bucketStart = new Uint32Array(sectors * 12 + 1);
  const elevation_deg = new Float64Array(n);
  const beamCumulative_wh_m2 = new Float64Array(n);
  const circumsolarCumulative_wh_m2 = new Float64Array(n);
  let bucket = -1;
  let beamSum = 0;
  let circumsolarSum = 0;
  for (let j = 0; j < n; j++) {
    const k = order[j]!;
    const b = bucketOf[k]!;
    if (b !== bucket) {
      // Buckets bucket+1 … b start here (empty ones included).
      for (let e = bucket + 1; e <= b; e++) bucketStart[e] = j;
      bucket = b;
      beamSum = 0;
      circumsolarSum = 0;
    }
    beamSum += beamOf[k]!;
    circumsolarSum += circumsolarOf[k]!;
    elevation_deg[j] = elevationOf[k]!;
    beamCumulative_wh_m2[j] = beamSum;
    circumsolarCumulative_wh_m2[j] = circumsolarSum;
  }
  for (let e = bucket + 1; e <= sectors * 12; e++) bucketStart[e] = n;
  return {
    tilt_deg,
    azimuth_deg,
    model,
    albedo,
    sectors,
    bucketStart,
    elevation_deg,
    beamCumulative_wh_m2,
    circumsolarCumulative_wh_m2,
    isotropic_wh_m2: isotropic,
    horizonBrightening_wh_m2: brightening,
    horizonDarkening_wh_m2: darkening,
    ground_wh_m2: ground,
    sky: sectorSky(tilt_deg, azimuth_deg, sectors),
  };
}
