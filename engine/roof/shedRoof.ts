import { cappedSlope } from './cappedSlope';
import { clipPart } from './clipPart';
import type { PreparedPart } from './preparePart';
import type { PartRoof } from './roofPiece';

/**
 * A shed (mono-pitch) roof: one plane whose downslope direction is `direction_deg`, at `height_m` along the high
 * wall (the outline's farthest point against that direction) and sloping down at the pitch to the opposite side.
 *
 * @param part footprint part
 * @param height_m height of the high side [m]
 * @param pitch_deg pitch [°]
 * @param direction_deg azimuth the slope faces (downslope) [°]
 * @param minEaves_m lowest eaves wanted [m] (`cappedSlope`)
 */
export function shedRoof(
  part: PreparedPart,
  height_m: number,
  pitch_deg: number,
  direction_deg: number,
  minEaves_m: number,
): PartRoof {
  const rad = (direction_deg * Math.PI) / 180;
  const dx = Math.sin(rad);
  const dy = Math.cos(rad);
  let low = Infinity;
  let high = -Infinity;
  for (const [x, y] of part.exterior) {
    const s = x * dx + y * dy;
    low = Math.min(low, s);
    high = Math.max(high, s);
  }
  const slope = cappedSlope(pitch_deg, high - low, height_m, minEaves_m);
  const plane = { gx: -slope * dx, gy: -slope * dy, z0_m: height_m + slope * low };
  return {
    pieces: clipPart(part, []).map((outline) => ({ outline, plane })),
    eaves_m: height_m - slope * (high - low),
  };
}
