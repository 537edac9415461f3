import type { LocalPoint } from './types';

const cross = (o: LocalPoint, a: LocalPoint, b: LocalPoint): number =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/**
 * Convex hull of planar points by Andrew's monotone chain (A. M. Andrew, "Another efficient algorithm for convex
 * hulls in two dimensions", Information Processing Letters 9(5), 1979, doi:10.1016/0020-0190(79)90072-3).
 * Collinear points on the hull are dropped.
 *
 * @param points any number of points [m]
 * @returns hull vertices counter-clockwise, open (first point not repeated)
 * @example convexHull([[0, 0], [1, 1], [2, 0], [1, 0.2], [0, 2]]) // [[0,0],[2,0],[1,1],[0,2]]
 */
export function convexHull(points: readonly LocalPoint[]): LocalPoint[] {
  if (!Array.isArray(points)) throw new TypeError('points must be an array of [x, y] points');
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const lower: LocalPoint[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: LocalPoint[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}
