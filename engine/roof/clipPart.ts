import { ringBounds } from '../geo/ringBounds';
import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';
import { clipHalfPlane, type HalfPlane } from './clipHalfPlane';
import { holeFreePieces } from './holeFreePieces';
import { intersectRings } from './intersectRings';
import type { PreparedPart } from './preparePart';

/** Pieces smaller than this are numerical slivers (a cut through a vertex) and dropped [m²]. */
export const SLIVER_M2 = 1e-9;

/**
 * The part of a footprint part inside a convex region (an intersection of half-planes), as rings without holes.
 * A convex part without holes is clipped directly (Sutherland–Hodgman); any other goes through turf's polygon
 * intersection (polyclip-ts) and `holeFreePieces`.
 *
 * @param part the prepared footprint part
 * @param region half-planes whose intersection is kept
 * @returns open counter-clockwise rings [m]
 */
export function clipPart(part: PreparedPart, region: readonly HalfPlane[]): LocalPoint[][] {
  let pieces: LocalPoint[][];
  if (part.convex && part.holes.length === 0) {
    let ring: LocalPoint[] = part.exterior;
    for (const h of region) {
      if (ring.length < 3) break;
      ring = clipHalfPlane(ring, h);
    }
    pieces = [ring];
  } else {
    const [x0, y0, x1, y1] = ringBounds(part.exterior);
    let box: LocalPoint[] = [
      [x0 - 1, y0 - 1],
      [x1 + 1, y0 - 1],
      [x1 + 1, y1 + 1],
      [x0 - 1, y1 + 1],
    ];
    for (const h of region) {
      if (box.length < 3) break;
      box = clipHalfPlane(box, h);
    }
    if (box.length < 3 || signedArea(box) <= SLIVER_M2) return [];
    if (region.length === 0) pieces = holeFreePieces([part.exterior, ...part.holes]);
    else pieces = intersectRings([part.exterior, ...part.holes], [box]).flatMap((p) => holeFreePieces(p));
  }
  return pieces.filter((ring) => ring.length >= 3 && signedArea(ring) > SLIVER_M2);
}
