import { minimumRotatedRectangle } from '../geo/minimumRotatedRectangle';
import type { PlanPoint } from './types';

export interface RegularizeOptions {
  /**
   * Edges within this angle of the dominant direction or its perpendicular are snapped to it [°], default 45: every
   * edge is snapped and the outline is rectilinear (an assumption that fits the basin's terraced houses; lower it to
   * keep oblique walls).
   */
  angleTolerance_deg?: number;
  /** Consecutive parallel edges closer than this merge into one [m], default 1 (notches under 1 m are lost). */
  mergeDistance_m?: number;
  /** Edges shorter than this are dropped and their neighbours extended [m], default 1. */
  minEdge_m?: number;
}

interface Line {
  /** unit direction */
  dx: number;
  dy: number;
  /** signed distance of the line from the origin along the left normal (−dy, dx) [m] */
  offset: number;
  /** support length, the weight in merges [m] */
  length: number;
  /** the raw vertex where the edge ends (fallback corner) */
  end: PlanPoint;
}

/**
 * Regularise a simplified building outline to its dominant directions: the dominant direction θ is the main axis of
 * the traced outline's minimum-area enclosing rectangle (engine/geo/minimumRotatedRectangle); edges within
 * `angleTolerance_deg` of θ or θ + 90° take that direction; each edge's line is then placed by least squares through
 * the raw outline vertices it replaced (on a staircase of cells that is the middle of the steps, where the simplified
 * vertices sit on the outer steps); consecutive parallel lines closer than `mergeDistance_m` merge, farther ones get a
 * perpendicular step; edges shorter than `minEdge_m` (the teeth a staircase of cells leaves) are dropped and their
 * neighbours extended; the corners are the intersections of consecutive lines. Edges far from both directions
 * (a bay window at 45°) keep their own direction. Returns the simplified ring unchanged when the result would flip
 * or change its area by more than 20 % (an assumption: a guard against degenerate inputs, not a published rule).
 *
 * @param raw the traced ring, open [m]
 * @param kept indices into raw of the simplified ring (simplifyRingIndices), increasing
 * @returns the regularised ring, open [m]
 */
export function regularizeRing(
  raw: readonly PlanPoint[],
  kept: readonly number[],
  options: RegularizeOptions = {},
): PlanPoint[] {
  const tolRad = ((options.angleTolerance_deg ?? 45) * Math.PI) / 180;
  const merge_m = options.mergeDistance_m ?? 1;
  const minEdge_m = options.minEdge_m ?? 1;
  if (!(tolRad >= 0 && tolRad <= Math.PI / 4)) throw new RangeError('angleTolerance_deg must be within [0, 45]');
  if (!(merge_m >= 0)) throw new RangeError(`mergeDistance_m must be ≥ 0, got ${merge_m}`);
  const simplified = kept.map((k) => raw[k]!);
  if (kept.length < 3) return simplified;
  const n = raw.length;
  const { axis } = minimumRotatedRectangle(raw);
  const theta = Math.atan2(axis[1], axis[0]);
  let lines: Line[] = [];
  for (let k = 0; k < kept.length; k++) {
    const ia = kept[k]!;
    const ib = k + 1 < kept.length ? kept[k + 1]! : kept[0]! + n;
    const a = raw[ia]!;
    const b = raw[ib % n]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    let ang = Math.atan2(b[1] - a[1], b[0] - a[0]);
    const quarter = Math.PI / 2;
    const delta = ang - theta - quarter * Math.round((ang - theta) / quarter);
    if (Math.abs(delta) <= tolRad) ang -= delta;
    const dx = Math.cos(ang);
    const dy = Math.sin(ang);
    let sum = 0;
    for (let t = ia; t <= ib; t++) {
      const p = raw[t % n]!;
      sum += -dy * p[0] + dx * p[1];
    }
    lines.push({ dx, dy, offset: sum / (ib - ia + 1), length, end: b });
  }
  lines = mergeParallel(lines, merge_m);
  for (;;) {
    // drop the line whose final edge (between its two corners) is the shortest, while shorter than minEdge_m
    let shortest = -1;
    let shortestLength = minEdge_m;
    for (let k = 0; k < lines.length && lines.length > 4; k++) {
      const p = corner(lines[(k + lines.length - 1) % lines.length]!, lines[k]!);
      const q = corner(lines[k]!, lines[(k + 1) % lines.length]!);
      const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
      if (length < shortestLength) {
        shortest = k;
        shortestLength = length;
      }
    }
    if (shortest < 0) break;
    const prev = lines[(shortest + lines.length - 1) % lines.length]!;
    prev.end = lines[shortest]!.end;
    lines.splice(shortest, 1);
    lines = mergeParallel(lines, merge_m);
  }
  if (lines.length < 3) return simplified;
  const out: PlanPoint[] = [];
  for (let k = 0; k < lines.length; k++) out.push(corner(lines[k]!, lines[(k + 1) % lines.length]!));
  const before = area(simplified);
  const after = area(out);
  if (!(after > 0 === before > 0 && Math.abs(after - before) <= 0.2 * Math.abs(before))) return simplified;
  return out;
}

/** Merge consecutive near-identical parallel lines; put a perpendicular step between parallel ones farther apart. */
function mergeParallel(lines: Line[], merge_m: number): Line[] {
  const parallel = (a: Line, b: Line): boolean =>
    Math.abs(a.dx * b.dy - a.dy * b.dx) < 1e-9 && a.dx * b.dx + a.dy * b.dy > 0;
  let changed = true;
  while (changed && lines.length > 2) {
    changed = false;
    for (let k = 0; k < lines.length; k++) {
      const a = lines[k]!;
      const kb = (k + 1) % lines.length;
      const b = lines[kb]!;
      if (!parallel(a, b)) continue;
      if (Math.abs(a.offset - b.offset) < merge_m) {
        const length = a.length + b.length;
        const offset = (a.offset * a.length + b.offset * b.length) / (length || 1);
        lines[k] = { dx: a.dx, dy: a.dy, offset, length, end: b.end };
      } else {
        const [px, py] = a.end;
        const step: Line = { dx: -a.dy, dy: a.dx, offset: 0, length: 0, end: a.end };
        step.offset = -step.dy * px + step.dx * py;
        if (a.offset > b.offset) {
          step.dx = -step.dx;
          step.dy = -step.dy;
          step.offset = -step.offset;
        }
        lines.splice(kb === 0 ? lines.length : kb, 0, step);
        changed = true;
        break;
      }
      lines.splice(kb, 1);
      changed = true;
      break;
    }
  }
  return lines;
}

/** Intersection of two lines; the first one's end vertex when they are (nearly) parallel. */
function corner(a: Line, b: Line): PlanPoint {
  const det = a.dx * b.dy - a.dy * b.dx;
  if (Math.abs(det) < 0.05) return a.end;
  // points p with −dy·x + dx·y = offset on both lines
  const x = (a.offset * b.dx - b.offset * a.dx) / det;
  const y = (a.offset * b.dy - b.offset * a.dy) / det;
  return [x, y];
}

function area(ring: readonly PlanPoint[]): number {
  let s = 0;
  for (let k = 0; k < ring.length; k++) {
    const a = ring[k]!;
    const b = ring[(k + 1) % ring.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}
