import type { FaceGrid } from '../geo/types';
import type { FaceOutline } from './faceOutline';
import { moduleMeanIrradiation } from './moduleMeanIrradiation';
import { CLEARANCE_EPS_M, rectClearOfEdges } from './rectClearOfEdges';

/** Phase offsets tried per axis, evenly spread over one pitch (5 × 5 patterns per orientation). */
export const PHASES = 5;

/** A module's lower-left corner in (u, v) [m] and its mean irradiation [kWh/m²]. */
export interface Placement {
  u0: number;
  v0: number;
  mean_kwh_m2: number;
}

export interface Packing {
  placements: Placement[];
  /** Sum of the placements' mean irradiation [kWh/m²] (ties between equal counts go to the higher). */
  sum_kwh_m2: number;
}

export interface PackParams {
  /** Module size along u and along v [m]. */
  du: number;
  dv: number;
  setback_m: number;
  gap_m: number;
  threshold_kwh_m2: number;
}

const EMPTY: Packing = { placements: [], sum_kwh_m2: 0 };

/** +1 when a beats b (more modules, then more irradiation), 0 on a tie, −1 otherwise. */
function compare(a: Packing, b: Packing): number {
  if (a.placements.length !== b.placements.length) return a.placements.length > b.placements.length ? 1 : -1;
  const tol = 1e-9 * Math.max(1, Math.abs(b.sum_kwh_m2));
  if (Math.abs(a.sum_kwh_m2 - b.sum_kwh_m2) <= tol) return 0;
  return a.sum_kwh_m2 > b.sum_kwh_m2 ? 1 : -1;
}

/** The best of the candidates; among equals the middle one, which centres a pattern that has slack. */
function pickBest(candidates: Packing[]): Packing {
  let ties: Packing[] = [];
  for (const c of candidates) {
    const order = ties.length === 0 ? 1 : compare(c, ties[0]!);
    if (order > 0) ties = [c];
    else if (order === 0) ties.push(c);
  }
  return ties.length === 0 ? EMPTY : ties[Math.floor((ties.length - 1) / 2)]!;
}

/** Sorted u where the horizontal line at v crosses the outline (the even-odd rule of engine/geo/pointInRing). */
function crossingsAt(outline: FaceOutline, v: number): number[] {
  const { us, vs } = outline;
  const n = us.length;
  const xs: number[] = [];
  for (let a = 0, b = n - 1; a < n; b = a++) {
    const ya = vs[a]!;
    const yb = vs[b]!;
    if (ya > v !== yb > v) xs.push(((us[b]! - us[a]!) * (v - ya)) / (yb - ya) + us[a]!);
  }
  return xs.sort((p, q) => p - q);
}

const insideAt = (xs: number[], u: number): boolean => {
  let count = 0;
  while (count < xs.length && xs[count]! <= u) count++;
  return count % 2 === 1;
};

/** The best row of modules with its lower edge at v0: each of `PHASES` u-offsets tried, the best kept. */
function packRow(outline: FaceOutline, grid: FaceGrid, samples: ArrayLike<number | null>, p: PackParams, v0: number) {
  const v1 = v0 + p.dv;
  const { us, vs } = outline;
  const n = us.length;
  const edges: number[] = [];
  for (let k = 0; k < n; k++) {
    const a = vs[k]!;
    const b = vs[(k + 1) % n]!;
    if (Math.min(a, b) < v1 + p.setback_m && Math.max(a, b) > v0 - p.setback_m) edges.push(k);
  }
  const xs = crossingsAt(outline, (v0 + v1) / 2);
  const pitch = p.du + p.gap_m;
  const uStart = outline.uMin + p.setback_m;
  const uEnd = outline.uMax - p.setback_m + CLEARANCE_EPS_M;
  const candidates: Packing[] = [];
  for (let a = 0; a < PHASES; a++) {
    const placements: Placement[] = [];
    let sum = 0;
    for (let k = 0; ; k++) {
      const u0 = uStart + (a / PHASES + k) * pitch;
      const u1 = u0 + p.du;
      if (u1 > uEnd) break;
      if (!insideAt(xs, (u0 + u1) / 2)) continue;
      if (!rectClearOfEdges(outline, edges, u0, v0, u1, v1, p.setback_m)) continue;
      const mean = moduleMeanIrradiation(grid, samples, p.threshold_kwh_m2, u0, v0, u1, v1);
      if (Number.isNaN(mean)) continue;
      placements.push({ u0, v0, mean_kwh_m2: mean });
      sum += mean;
    }
    candidates.push({ placements, sum_kwh_m2: sum });
  }
  return pickBest(candidates);
}

/**
 * Packs modules of one orientation on a face, in its plane: rows along u stacked up the slope along v, pitch = module
 * + gap. `PHASES` offsets of the rows within one pitch along v are tried; in each, every row independently tries
 * `PHASES` offsets along u (rows never interact, so the best per row is the best overall). Kept: most modules, then
 * the highest summed irradiation, then the middle of the equal patterns.
 */
export function packFace(
  outline: FaceOutline,
  grid: FaceGrid,
  sample_kwh_m2: ArrayLike<number | null>,
  params: PackParams,
): Packing {
  const vStart = outline.vMin + params.setback_m;
  const vEnd = outline.vMax - params.setback_m + CLEARANCE_EPS_M;
  if (vEnd - vStart < params.dv || outline.uMax - outline.uMin - 2 * params.setback_m + CLEARANCE_EPS_M < params.du) {
    return EMPTY;
  }
  const pitch = params.dv + params.gap_m;
  const candidates: Packing[] = [];
  for (let b = 0; b < PHASES; b++) {
    const placements: Placement[] = [];
    let sum = 0;
    for (let m = 0; ; m++) {
      const v0 = vStart + (b / PHASES + m) * pitch;
      if (v0 + params.dv > vEnd) break;
      const row = packRow(outline, grid, sample_kwh_m2, params, v0);
      placements.push(...row.placements);
      sum += row.sum_kwh_m2;
    }
    candidates.push({ placements, sum_kwh_m2: sum });
  }
  return pickBest(candidates);
}
