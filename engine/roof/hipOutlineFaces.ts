import { minimumRotatedRectangle } from '../geo/minimumRotatedRectangle';
import type { LocalPoint } from '../geo/types';
import { convexSkeleton } from './convexSkeleton';
import { holeFreePieces } from './holeFreePieces';
import { intersectRings } from './intersectRings';
import type { PreparedPart } from './preparePart';
import { counterClockwise } from './counterClockwise';
import { dropCollinear } from './dropCollinear';
import { isConvexRing } from './isConvexRing';
import { straightSkeleton } from './straightSkeleton';
import type { SkeletonFace } from './types';

/** How a hipped part was built. */
export type HipMethod = 'skeleton' | 'skeleton-minus-holes' | 'rectangle';

/** Each face cut to the part (holes removed), keeping its wall line. */
function cutToPart(faces: SkeletonFace[], part: PreparedPart): SkeletonFace[] {
  return faces.flatMap((face) =>
    intersectRings([face.ring], [part.exterior, ...part.holes])
      .flatMap((piece) => holeFreePieces(piece))
      .map((ring) => ({ ...face, ring })),
  );
}

/**
 * The faces of a hipped roof over a footprint part, in plan, each with the wall line it rises from:
 * - the straight skeleton of the exterior ring (`convexSkeleton` when convex, `straightSkeleton` otherwise);
 * - with holes, the same faces with the holes cut out (the courtyard walls get no roof slope of their own);
 * - when the skeleton fails its checks, the hip of the minimum rotated rectangle cut to the part: the slopes
 *   rise from the rectangle's sides, so walls inside the rectangle reach the roof above the eaves.
 *
 * @param part footprint part
 * @returns faces and the method used
 */
export function hipOutlineFaces(part: PreparedPart): { faces: SkeletonFace[]; method: HipMethod } {
  const ring = dropCollinear(part.exterior);
  const skeleton = isConvexRing(ring) ? convexSkeleton(ring) : straightSkeleton(ring);
  if (skeleton && part.holes.length === 0) return { faces: skeleton, method: 'skeleton' };
  if (skeleton) return { faces: cutToPart(skeleton, part), method: 'skeleton-minus-holes' };
  const rectangle: LocalPoint[] = counterClockwise(minimumRotatedRectangle(part.exterior).corners);
  return { faces: cutToPart(convexSkeleton(rectangle), part), method: 'rectangle' };
}
