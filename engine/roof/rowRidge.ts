import { minimumRotatedRectangle } from '../geo/minimumRotatedRectangle';
import type { LocalPoint } from '../geo/types';
import { ridgeAzimuthOf } from './ridgeAzimuthOf';
import type { RidgeLine, RowCandidate } from './types';

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The ridge shared by a row of attached houses (`findRoofRows`): the centre line of the minimum rotated rectangle
 * of the row's union, along the rectangle side nearer the members' ridge azimuth (the mean of their folded
 * azimuths; the long axis when none has one), at the row's height (the median of the members' height_m) and pitch
 * (the median of their pitches, null when none has one). Passing it as `ridgeLine` to `roofFaces` puts every house
 * on the same two planes, so the slopes run on without a step from one house to the next.
 *
 * @param group the row's buildings, each with height_m [m]
 * @returns the ridge line [m], height [m] and pitch [°]
 */
export function rowRidge(group: readonly RowCandidate[]): RidgeLine {
  if (!Array.isArray(group as unknown) || group.length === 0)
    throw new RangeError('group must hold at least one building');
  const heights = group.map((b) => b.height_m).filter((h): h is number => typeof h === 'number' && h > 0);
  const height_m = median(heights);
  if (height_m === null) throw new RangeError('group must have at least one member with height_m > 0');
  const pitch_deg = median(
    group.map((b) => b.roof_pitch_deg).filter((p): p is number => typeof p === 'number' && p >= 0 && p < 90),
  );
  const points: LocalPoint[] = group.flatMap((b: RowCandidate) => b.footprint.flatMap((part) => part[0] ?? []));
  const rect = minimumRotatedRectangle(points);
  // Mean of the doubled angles: azimuths folded into [0, 180) average without a wrap at 0/180.
  let sx = 0;
  let sy = 0;
  for (const b of group) {
    if (b.ridge_azimuth_deg === null) continue;
    const doubled = (2 * ridgeAzimuthOf(b.footprint, b.ridge_azimuth_deg) * Math.PI) / 180;
    sx += Math.sin(doubled);
    sy += Math.cos(doubled);
  }
  let [ux, uy] = rect.axis;
  if (sx !== 0 || sy !== 0) {
    const mean = Math.atan2(sx, sy) / 2;
    const along = Math.abs(ux * Math.sin(mean) + uy * Math.cos(mean));
    if (along < Math.SQRT1_2) [ux, uy] = [-uy, ux];
  }
  const s = rect.corners.map(([x, y]) => x * ux + y * uy);
  const t = rect.corners.map(([x, y]) => -x * uy + y * ux);
  const s0 = Math.min(...s);
  const s1 = Math.max(...s);
  const tm = (Math.min(...t) + Math.max(...t)) / 2;
  const at = (sv: number): LocalPoint => [sv * ux - tm * uy, sv * uy + tm * ux];
  return { from: at(s0), to: at(s1), height_m, pitch_deg };
}
