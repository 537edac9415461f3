import type { FaceOutline } from './faceOutline';

/** Slack on distances [m]: a module placed exactly `setback` from an edge must pass despite rounding. */
export const CLEARANCE_EPS_M = 1e-9;

const pointSegment2 = (px: number, py: number, ax: number, ay: number, bx: number, by: number): number => {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
};

const pointBox2 = (px: number, py: number, u0: number, v0: number, u1: number, v1: number): number => {
  const dx = Math.max(u0 - px, 0, px - u1);
  const dy = Math.max(v0 - py, 0, py - v1);
  return dx * dx + dy * dy;
};

/** Whether segment a→b meets the open box (u0, u1) × (v0, v1), by Liang–Barsky clipping (1984). */
function segmentMeetsBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  u0: number,
  v0: number,
  u1: number,
  v1: number,
) {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, ax - u0) && clip(dx, u1 - ax) && clip(-dy, ay - v0) && clip(dy, v1 - ay) && t0 < t1;
}

/**
 * Whether the axis-aligned rectangle [u0, u1] × [v0, v1] keeps at least `setback_m` from every edge of the outline
 * and no edge crosses it. With its centre inside the outline this is exactly "the rectangle lies in the face inset by
 * setback_m" (the Minkowski erosion of the face by a disc of that radius; reflex corners get rounded insets). For
 * disjoint convex shapes the least distance is reached at a vertex of one of them, so the test checks the edge's ends
 * against the box and the box's corners against the edge.
 *
 * @param edges indices k of the edges (k → k + 1) to test; the others are known to be far enough
 */
export function rectClearOfEdges(
  outline: FaceOutline,
  edges: ArrayLike<number>,
  u0: number,
  v0: number,
  u1: number,
  v1: number,
  setback_m: number,
): boolean {
  const { us, vs } = outline;
  const n = us.length;
  const min = Math.max(0, setback_m - CLEARANCE_EPS_M);
  const min2 = min * min;
  for (let e = 0; e < edges.length; e++) {
    const k = edges[e]!;
    const ax = us[k]!;
    const ay = vs[k]!;
    const bx = us[(k + 1) % n]!;
    const by = vs[(k + 1) % n]!;
    if (Math.min(ax, bx) >= u1 + min || Math.max(ax, bx) <= u0 - min) continue;
    const e9 = CLEARANCE_EPS_M;
    if (segmentMeetsBox(ax, ay, bx, by, u0 + e9, v0 + e9, u1 - e9, v1 - e9)) return false;
    if (min2 === 0) continue;
    if (
      pointBox2(ax, ay, u0, v0, u1, v1) < min2 ||
      pointBox2(bx, by, u0, v0, u1, v1) < min2 ||
      pointSegment2(u0, v0, ax, ay, bx, by) < min2 ||
      pointSegment2(u1, v0, ax, ay, bx, by) < min2 ||
      pointSegment2(u1, v1, ax, ay, bx, by) < min2 ||
      pointSegment2(u0, v1, ax, ay, bx, by) < min2
    ) {
      return false;
    }
  }
  return true;
}
