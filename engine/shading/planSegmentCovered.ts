/** Plan distance under which a vertex counts as lying on a segment's line, and gaps left uncovered [m]. */
const COVER_EPS_M = 0.01;

/**
 * Whether a plan segment is covered, over its whole length, by 3D edges standing over its line at or above a height:
 * a wall top at the eaves is then hidden under roof edges (eaves lines, gable rakes) and need not be an edge of
 * its own, since an edge straight above another is higher from every viewpoint outside.
 *
 * @param x0 segment start east [m]; y0 north, then x1, y1 the end
 * @param edges candidate edges, [ax, ay, az, bx, by, bz] each [m]
 * @param count number of candidate edges
 * @param minZ_m height the covering edges must reach at both ends [m]
 * @example planSegmentCovered(0, 0, 10, 0, [0, 0, 6, 10, 0, 6], 1, 6) // true
 */
export function planSegmentCovered(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  edges: ArrayLike<number>,
  count: number,
  minZ_m: number,
): boolean {
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (length === 0) return true;
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  const intervals: [number, number][] = [];
  for (let e = 0; e < count; e++) {
    const o = 6 * e;
    if (edges[o + 2]! < minZ_m - COVER_EPS_M || edges[o + 5]! < minZ_m - COVER_EPS_M) continue;
    const ax = edges[o]! - x0;
    const ay = edges[o + 1]! - y0;
    const bx = edges[o + 3]! - x0;
    const by = edges[o + 4]! - y0;
    if (Math.abs(ax * uy - ay * ux) > COVER_EPS_M || Math.abs(bx * uy - by * ux) > COVER_EPS_M) continue;
    const sa = ax * ux + ay * uy;
    const sb = bx * ux + by * uy;
    intervals.push(sa < sb ? [sa, sb] : [sb, sa]);
  }
  intervals.sort((p, q) => p[0] - q[0]);
  let reached = 0;
  for (const [lo, hi] of intervals) {
    if (lo > reached + COVER_EPS_M) return false;
    if (hi > reached) reached = hi;
    if (reached >= length - COVER_EPS_M) return true;
  }
  return reached >= length - COVER_EPS_M;
}
