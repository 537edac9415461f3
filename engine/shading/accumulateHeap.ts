import type { HeapObstacle } from '../geo/types';
import { accumulateEdge } from './accumulateEdge';
import { accumulateHeapRim } from './accumulateHeapRim';
import type { SectorTable } from './sectorTable';

/** Gap left between a point inside a heap's base circle and the heap shrunk to stand beside it [m]. */
export const HEAP_FOOT_GAP_M = 0.01;

/**
 * Raises a horizon (tangents of elevation per sector) by a slag heap, a cone or truncated cone, exactly.
 *
 * Geometry: base circle radius R at z = 0, top circle radius r = R·top_ratio at z = H; its side lines meet at the
 * apex height Hₐ = H·R/(R − r) (Hₐ = H for a cone). Seen from a point P outside the base circle and below the top, the
 * upper outline of a convex solid is its contour: (1) the two side lines whose plane through P is tangent to the
 * cone — that plane contains the apex, so it meets the ground along the tangent from P′ (the central projection of
 * P from the apex onto z = 0, at plan distance D·Hₐ/(Hₐ − P_z) from the centre) to the base circle; and (2) the near
 * arc of the top rim, whose elevation along azimuth offset Δ from the centre's direction is
 *   tan e = (H − P_z) / (D·cos Δ − √(r² − D²·sin² Δ)),
 * largest at the Δ nearest 0 within a sector. The side lines are passed to `accumulateEdge` (exact per sector);
 * the rim is evaluated at the sector's Δ nearest 0. A point at or above the top sees nothing rise above it.
 *
 * A point inside the base circle: the circle stands for an irregular footprint, so the point is taken to stand at
 * the heap's foot: the heap is shrunk concentrically to a base radius D − 1 cm keeping its side slope H/(R − r)
 * and height (a smaller top; once the top vanishes, a cone of that slope, lower). A point at the centre sees none.
 *
 * @param acc tangent of the horizon elevation per sector, raised in place (values ≥ 0 on entry)
 * @param table the sector boundaries
 * @param px viewpoint east [m]
 * @param py viewpoint north [m]
 * @param pz viewpoint height [m]
 * @param heap the heap (validated by the scene)
 */
export function accumulateHeap(
  acc: Float64Array,
  table: SectorTable,
  px: number,
  py: number,
  pz: number,
  heap: HeapObstacle,
): void {
  const [cx, cy] = heap.center;
  let R = heap.base_radius_m;
  let H = heap.height_m;
  let r = R * heap.top_ratio;
  const dx = px - cx;
  const dy = py - cy;
  const D = Math.sqrt(dx * dx + dy * dy);
  if (D <= R + HEAP_FOOT_GAP_M) {
    const run = R - r;
    R = D - HEAP_FOOT_GAP_M;
    if (R <= 0) return;
    if (R > run) {
      r = R - run;
    } else {
      H = (H * R) / run;
      r = 0;
    }
  }
  if (pz >= H || R <= 0 || H <= 0) return;
  const apex = r > 0 ? (H * R) / (R - r) : H;
  // Unit vector from the centre towards P.
  const wx = dx / D;
  const wy = dy / D;
  const dPrime = pz < apex ? (D * apex) / (apex - pz) : Infinity;
  const cosA = Math.min(1, R / dPrime);
  const sinA = Math.sqrt(1 - cosA * cosA);
  const topScale = r / R;
  for (let side = -1; side <= 1; side += 2) {
    const tx = R * (cosA * wx - side * sinA * wy);
    const ty = R * (cosA * wy + side * sinA * wx);
    accumulateEdge(acc, table, px, py, pz, cx + tx, cy + ty, 0, cx + tx * topScale, cy + ty * topScale, H);
  }
  if (r > 0 && D > r) accumulateHeapRim(acc, table, -dx, -dy, r, H - pz);
}
