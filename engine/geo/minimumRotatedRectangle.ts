import { convexHull } from './convexHull';
import type { LocalPoint } from './types';

export interface RotatedRectangle {
  /** Corners counter-clockwise, open ring [m]. */
  corners: LocalPoint[];
  /** Unit vector along the longer side (the main axis), pointing east or north-ish (x > 0, or x = 0 and y > 0). */
  axis: LocalPoint;
  /** Length of the longer side [m]. */
  length_m: number;
  /** Length of the shorter side [m]. */
  width_m: number;
  /** Area [m²]. */
  area_m2: number;
}

/**
 * Minimum-area rectangle enclosing planar points, by testing every convex-hull edge direction (the optimal
 * rectangle has a side collinear with a hull edge: H. Freeman & R. Shapira, "Determining the minimum-area encasing
 * rectangle for an arbitrary closed curve", Communications of the ACM 18(7), 1975, doi:10.1145/360881.360919).
 *
 * @param points at least three non-collinear points [m]
 * @returns the rectangle, its main axis and its side lengths
 * @example minimumRotatedRectangle([[0, 0], [4, 0], [4, 1], [0, 1]]).axis // [1, 0]
 */
export function minimumRotatedRectangle(points: readonly LocalPoint[]): RotatedRectangle {
  const hull = convexHull(points);
  if (hull.length < 3) throw new RangeError(`points must hold at least 3 non-collinear points, got ${hull.length}`);
  let best: { u: LocalPoint; min: LocalPoint; max: LocalPoint; area: number } | null = null;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) continue;
    const u: LocalPoint = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
    let minS = Infinity,
      maxS = -Infinity,
      minT = Infinity,
      maxT = -Infinity;
    for (const p of hull) {
      const s = p[0] * u[0] + p[1] * u[1];
      const t = -p[0] * u[1] + p[1] * u[0];
      minS = Math.min(minS, s);
      maxS = Math.max(maxS, s);
      minT = Math.min(minT, t);
      maxT = Math.max(maxT, t);
    }
    const area = (maxS - minS) * (maxT - minT);
    if (!best || area < best.area) best = { u, min: [minS, minT], max: [maxS, maxT], area };
  }
  const { u, min, max, area } = best!;
  const v: LocalPoint = [-u[1], u[0]];
  const at = (s: number, t: number): LocalPoint => [s * u[0] + t * v[0], s * u[1] + t * v[1]];
  const corners = [at(min[0], min[1]), at(max[0], min[1]), at(max[0], max[1]), at(min[0], max[1])];
  const sideS = max[0] - min[0];
  const sideT = max[1] - min[1];
  let axis = sideS >= sideT ? u : v;
  if (axis[0] < 0 || (axis[0] === 0 && axis[1] < 0)) axis = [-axis[0], -axis[1]];
  return { corners, axis, length_m: Math.max(sideS, sideT), width_m: Math.min(sideS, sideT), area_m2: area };
}
