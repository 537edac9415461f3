import type { LocalPoint } from '../geo/types';
import { clipHalfPlane } from './clipHalfPlane';
import { SLIVER_M2 } from './clipPart';
import { signedArea } from '../geo/signedArea';
import type { SkeletonFace } from './types';

/**
 * Straight skeleton of a convex polygon as its faces: for a convex outline the roof rising at one pitch from every
 * wall is the lower envelope of the wall planes (each point is reached first by the wall it is nearest to, measured
 * to the wall's line), so the face of edge i is the polygon cut by the half-planes d_i(p) ≤ d_j(p) for every other
 * edge j, with d the distance inside an edge's line (O. Aichholzer, F. Aurenhammer, D. Alberts & B. Gärtner,
 * "A novel type of skeleton for polygons", Journal of Universal Computer Science 1(12), 1995,
 * doi:10.3217/jucs-001-12-0752). A rectangle gives the classic hip: two trapezoids and two triangles.
 *
 * @param ring open counter-clockwise convex ring without collinear vertices [m]
 * @returns one face per edge, in edge order (empty faces left out)
 */
export function convexSkeleton(ring: readonly LocalPoint[]): SkeletonFace[] {
  const n = ring.length;
  const lines = ring.map((a, i) => {
    const b = ring[(i + 1) % n]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const nx = -(b[1] - a[1]) / length;
    const ny = (b[0] - a[0]) / length;
    return { nx, ny, c: nx * a[0] + ny * a[1] };
  });
  const faces: SkeletonFace[] = [];
  for (let i = 0; i < n; i++) {
    const own = lines[i]!;
    let face: LocalPoint[] = [...ring];
    for (let j = 0; j < n && face.length >= 3; j++) {
      if (j === i) continue;
      const other = lines[j]!;
      face = clipHalfPlane(face, { nx: own.nx - other.nx, ny: own.ny - other.ny, c: own.c - other.c });
    }
    if (face.length >= 3 && signedArea(face) > SLIVER_M2) faces.push({ ring: face, ...own });
  }
  return faces;
}
