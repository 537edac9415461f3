import { clipPart } from './clipPart';
import type { PreparedPart } from './preparePart';
import type { PartRoof } from './roofPiece';

/**
 * A flat roof: the part itself (cut into pieces without holes) at the building height.
 *
 * @param part footprint part
 * @param height_m roof height [m]
 */
export function flatRoof(part: PreparedPart, height_m: number): PartRoof {
  const plane = { gx: 0, gy: 0, z0_m: height_m };
  return { pieces: clipPart(part, []).map((outline) => ({ outline, plane })), eaves_m: height_m };
}
