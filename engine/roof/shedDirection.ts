import { minimumRotatedRectangle } from '../geo/minimumRotatedRectangle';
import type { PreparedPart } from './preparePart';

/**
 * Downslope azimuth of a shed roof [°]: `roof_direction_deg` when known. Otherwise the slope runs across the ridge
 * (`ridge_azimuth_deg`, else the long axis of the minimum rotated rectangle) and, of its two possible sides, faces
 * the one nearer south (assumption: no data says which way a lean-to falls; south is the side a builder in the
 * basin would most often turn to the garden and the sun).
 *
 * @param part footprint part
 * @param direction_deg OSM roof:direction [°] or null
 * @param ridgeAzimuth_deg ridge azimuth [°] or null
 * @returns azimuth in [0, 360) [°]
 */
export function shedDirection(
  part: PreparedPart,
  direction_deg: number | null,
  ridgeAzimuth_deg: number | null,
): number {
  const wrap = (a: number) => ((a % 360) + 360) % 360;
  if (direction_deg !== null) return wrap(direction_deg);
  let ridge = ridgeAzimuth_deg;
  if (ridge === null) {
    const [ax, ay] = minimumRotatedRectangle(part.exterior).axis;
    ridge = (Math.atan2(ax, ay) * 180) / Math.PI;
  }
  const a = wrap(ridge + 90);
  const b = wrap(ridge - 90);
  return Math.abs(a - 180) <= Math.abs(b - 180) ? a : b;
}
