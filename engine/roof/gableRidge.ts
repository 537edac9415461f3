import { minimumRotatedRectangle } from '../geo/minimumRotatedRectangle';
import type { PlanRidge } from './gableRoof';
import type { PreparedPart } from './preparePart';
import type { RidgeLine } from './types';

/**
 * The ridge of a gable part: the shared row ridge when given; otherwise a line along `ridge_azimuth_deg` (or, when
 * null, along the long axis of the part's minimum rotated rectangle) through the middle of the part's extent
 * across it, so that a rectangle gets its ridge on its centre line.
 *
 * @param part footprint part
 * @param ridgeAzimuth_deg ridge azimuth [°] or null
 * @param ridgeLine shared ridge or null
 */
export function gableRidge(
  part: PreparedPart,
  ridgeAzimuth_deg: number | null,
  ridgeLine: RidgeLine | null,
): PlanRidge {
  if (ridgeLine) {
    const dx = ridgeLine.to[0] - ridgeLine.from[0];
    const dy = ridgeLine.to[1] - ridgeLine.from[1];
    const length = Math.hypot(dx, dy);
    return { point: ridgeLine.from, direction: [dx / length, dy / length] };
  }
  let dx: number;
  let dy: number;
  if (ridgeAzimuth_deg === null) {
    [dx, dy] = minimumRotatedRectangle(part.exterior).axis;
  } else {
    const rad = (ridgeAzimuth_deg * Math.PI) / 180;
    dx = Math.sin(rad);
    dy = Math.cos(rad);
  }
  let low = Infinity;
  let high = -Infinity;
  for (const [x, y] of part.exterior) {
    const s = -dy * x + dx * y;
    low = Math.min(low, s);
    high = Math.max(high, s);
  }
  const middle = (low + high) / 2;
  return { point: [-dy * middle, dx * middle], direction: [dx, dy] };
}
