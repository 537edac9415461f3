import type { PlaneHourSums } from './planeHourSums';
import type { PlaneTable } from './types';

/** The bucket arrays of a plane table (see PlaneTable). */
export type CumulativeBuckets = Pick<
  PlaneTable,
  'bucketStart' | 'elevation_deg' | 'beamCumulative_wh_m2' | 'circumsolarCumulative_wh_m2'
>;

/** Write every entry at the next free place of its bucket, with its bucket's sums from its highest sun down. */
function accumulate(
  order: Uint32Array,
  hours: PlaneHourSums,
  sunElevation: Float64Array,
  next: Uint32Array,
  table: CumulativeBuckets,
): void {
  const { bucketOf, beamOf, circumsolarOf } = hours;
  const { elevation_deg, beamCumulative_wh_m2: beamCumulative } = table;
  const circumsolarCumulative = table.circumsolarCumulative_wh_m2;
  const beamSum = new Float64Array(next.length);
  const circumsolarSum = new Float64Array(next.length);
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    const bucket = bucketOf[i]!;
    if (bucket === 0) continue;
    const b = bucket - 1;
    const j = next[b]!;
    next[b] = j + 1;
    beamSum[b] = beamSum[b]! + beamOf[i]!;
    circumsolarSum[b] = circumsolarSum[b]! + circumsolarOf[i]!;
    elevation_deg[j] = sunElevation[i]!;
    beamCumulative[j] = beamSum[b]!;
    circumsolarCumulative[j] = circumsolarSum[b]!;
  }
}

/**
 * The buckets of a plane table from the hours that enter one (planeHourSums: their bucket, beam and circumsolar
 * [Wh/m²], and each bucket's count). The sky year's sun-up hours, already from the highest sun down
 * (sunUpByElevation), are placed by a stable counting sort, so each bucket keeps that order (equal elevations in hour
 * order) without a sort per plane, and are summed in it: one pass over the sun-up hours, for any number of sectors.
 *
 * @param sunUpByElevation the sky year's sun-up hours from the highest sun down
 * @param sunElevation the sky year's sun elevation per hour [°]
 * @param hours the plane's hours (planeHourSums); its bucketCount becomes the table's bucketStart
 */
export function cumulativeBuckets(
  sunUpByElevation: Uint32Array,
  sunElevation: Float64Array,
  hours: PlaneHourSums,
): CumulativeBuckets {
  const bucketStart = hours.bucketCount;
  for (let b = 1; b < bucketStart.length; b++) bucketStart[b] = bucketStart[b]! + bucketStart[b - 1]!;
  const entries = bucketStart[bucketStart.length - 1]!;
  const table: CumulativeBuckets = {
    bucketStart,
    elevation_deg: new Float64Array(entries),
    beamCumulative_wh_m2: new Float64Array(entries),
    circumsolarCumulative_wh_m2: new Float64Array(entries),
  };
  accumulate(sunUpByElevation, hours, sunElevation, bucketStart.slice(0, bucketStart.length - 1), table);
  return table;
}
