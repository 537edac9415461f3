import type { PlanPoint } from './types';

/**
 * A raster outline with each corner moved to the midpoints of its single-step edges (edges of at most 2·`cut_m`,
 * one cell), long edges keeping their ends: a staircase of cell steps becomes the line through the steps' midpoints, which is where the true edge between two
 * faces runs (a diagonal edge rasterised into 0.5 m cells); a corner between two long edges stays. Without it,
 * Douglas–Peucker keeps the staircase's outer corners and every diagonal edge moves out by a quarter of the cell
 * diagonal (0.18 m at 0.5 m cells), growing both neighbouring faces.
 *
 * @param ring open ring of corners [m]
 * @returns open ring [m]
 */
export function chamferCorners(ring: readonly PlanPoint[], cut_m: number): PlanPoint[] {
  const n = ring.length;
  const out: PlanPoint[] = [];
  const push = (p: PlanPoint) => {
    const last = out[out.length - 1];
    if (!last || Math.abs(last[0] - p[0]) > 1e-9 || Math.abs(last[1] - p[1]) > 1e-9) out.push(p);
  };
  for (let k = 0; k < n; k++) {
    const [px, py] = ring[(k + n - 1) % n]!;
    const [vx, vy] = ring[k]!;
    const [qx, qy] = ring[(k + 1) % n]!;
    const lp = Math.hypot(px - vx, py - vy);
    const lq = Math.hypot(qx - vx, qy - vy);
    // Cut only along single-step edges: a long edge is a real side and keeps its end.
    const sp = lp > 0 && lp <= 2 * cut_m + 1e-9 ? lp / 2 / lp : 0;
    const sq = lq > 0 && lq <= 2 * cut_m + 1e-9 ? lq / 2 / lq : 0;
    push([vx + (px - vx) * sp, vy + (py - vy) * sp]);
    push([vx + (qx - vx) * sq, vy + (qy - vy) * sq]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && Math.abs(first![0] - last![0]) <= 1e-9 && Math.abs(first![1] - last![1]) <= 1e-9) out.pop();
  return out;
}
