import type { LocalPoint } from './types';

/** Ring without its closing point. */
function openRing(ring: readonly LocalPoint[]): readonly LocalPoint[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

/** Smallest overlap of the projections of a and b on the normals of a's edges (negative when separated). */
function minOverlapOnNormals(a: readonly LocalPoint[], b: readonly LocalPoint[]): number {
  let smallest = Infinity;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = a[(i + 1) % a.length]!;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (len === 0) continue;
    const nx = -(q[1] - p[1]) / len;
    const ny = (q[0] - p[0]) / len;
    let minA = Infinity,
      maxA = -Infinity,
      minB = Infinity,
      maxB = -Infinity;
    for (const [x, y] of a) {
      const d = x * nx + y * ny;
      minA = Math.min(minA, d);
      maxA = Math.max(maxA, d);
    }
    for (const [x, y] of b) {
      const d = x * nx + y * ny;
      minB = Math.min(minB, d);
      maxB = Math.max(maxB, d);
    }
    smallest = Math.min(smallest, Math.min(maxA, maxB) - Math.max(minA, minB));
  }
  return smallest;
}

/**
 * Penetration depth of two convex polygons by the separating-axis theorem: the smallest overlap of their
 * projections over all edge normals. Positive means the interiors overlap by that depth; zero means they touch
 * (share an edge or a vertex); negative means they are apart, by at least |depth| along some axis.
 *
 * @param a convex ring, open or closed [m]
 * @param b convex ring, open or closed [m]
 * @returns penetration depth [m]
 */
export function convexPenetration(a: readonly LocalPoint[], b: readonly LocalPoint[]): number {
  const ra = openRing(a);
  const rb = openRing(b);
  if (ra.length < 3 || rb.length < 3) throw new RangeError('rings a and b must have at least 3 distinct vertices');
  return Math.min(minOverlapOnNormals(ra, rb), minOverlapOnNormals(rb, ra));
}

/**
 * Whether two convex polygons overlap by more than a tolerance: touching polygons (a shared wall) do not overlap.
 *
 * @param a convex ring, open or closed [m]
 * @param b convex ring, open or closed [m]
 * @param tolerance_m penetration allowed before calling it an overlap [m], ≥ 0 (default 1 mm)
 * @example convexPolygonsOverlap([[0,0],[1,0],[1,1],[0,1]], [[1,0],[2,0],[2,1],[1,1]]) // false (shared edge)
 */
export function convexPolygonsOverlap(
  a: readonly LocalPoint[],
  b: readonly LocalPoint[],
  tolerance_m = 0.001,
): boolean {
  if (!(tolerance_m >= 0)) throw new RangeError(`tolerance_m must be ≥ 0, got ${tolerance_m}`);
  return convexPenetration(a, b) > tolerance_m;
}
