import { minimumRotatedRectangle } from '../geo/minimumRotatedRectangle';
import type { LocalPolygon } from '../geo/types';

/**
 * Ridge azimuth of a building folded into [0, 180) [°]: the given one, else the long axis of the minimum rotated
 * rectangle of all its parts' exterior points.
 *
 * @param footprint parts [m]
 * @param ridgeAzimuth_deg given azimuth [°] or null
 */
export function ridgeAzimuthOf(footprint: readonly LocalPolygon[], ridgeAzimuth_deg: number | null): number {
  const fold = (a: number) => ((a % 180) + 180) % 180;
  if (ridgeAzimuth_deg !== null) return fold(ridgeAzimuth_deg);
  const [ax, ay] = minimumRotatedRectangle(footprint.flatMap((part) => part[0] ?? [])).axis;
  return fold((Math.atan2(ax, ay) * 180) / Math.PI);
}
