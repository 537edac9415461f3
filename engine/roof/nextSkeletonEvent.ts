import { cycleOf, isReflex, position, type Wavefront, type WavefrontVertex } from './wavefront';

/** The earliest change of the outline: an edge shrinking to nothing, or a reflex vertex reaching an edge. */
export type SkeletonEvent =
  | { kind: 'edge'; t: number; v: WavefrontVertex }
  | { kind: 'split'; t: number; v: WavefrontVertex; edge: WavefrontVertex };

const RATE_EPSILON = 1e-12;

/**
 * Finds the next event after time `now` by testing every edge and every (reflex vertex, edge) pair of the same cycle
 * (P. Felkel & S. Obdržálek, "Straight skeleton implementation", Spring Conference on Computer Graphics, 1998).
 * Everything is recomputed after each event, so no event ever needs invalidating; events at the same time go edge
 * events first.
 *
 * @param now current time [m]
 * @returns the event, or null when no vertex moves towards anything
 */
export function nextSkeletonEvent(wf: Wavefront, now: number): SkeletonEvent | null {
  const tol = wf.tolerance_m;
  let best: SkeletonEvent | null = null;
  const better = (t: number, kind: 'edge' | 'split') =>
    !best || t < best.t - tol * 1e-3 || (kind === 'edge' && best.kind === 'split' && t <= best.t + tol * 1e-3);
  const seen = new Set<WavefrontVertex>();
  for (const start of wf.vertices) {
    if (!start.alive || seen.has(start)) continue;
    const cycle = cycleOf(start);
    for (const w of cycle) seen.add(w);
    for (const v of cycle) {
      const line = wf.lines[v.eOut]!;
      const dx = line.ny;
      const dy = -line.nx;
      const p = position(v, now);
      const q = position(v.next, now);
      const length = (q[0] - p[0]) * dx + (q[1] - p[1]) * dy;
      const rate = (v.next.vx - v.vx) * dx + (v.next.vy - v.vy) * dy;
      if (!(rate < -RATE_EPSILON)) continue;
      const t = Math.max(now, now - length / rate);
      if (better(t, 'edge')) best = { kind: 'edge', t, v };
    }
    for (const v of cycle) {
      if (!isReflex(wf, v)) continue;
      const p = position(v, now);
      for (const e of cycle) {
        if (e === v || e.next === v) continue;
        const line = wf.lines[e.eOut]!;
        const gap = line.nx * p[0] + line.ny * p[1] - line.c - now;
        const rate = line.nx * v.vx + line.ny * v.vy - 1;
        if (!(rate < -RATE_EPSILON) || gap < -tol) continue;
        const t = Math.max(now, now - gap / rate);
        if (!better(t, 'split')) continue;
        const hit = position(v, t);
        const a = position(e, t);
        const b = position(e.next, t);
        const dx = line.ny;
        const dy = -line.nx;
        const along = (hit[0] - a[0]) * dx + (hit[1] - a[1]) * dy;
        const length = (b[0] - a[0]) * dx + (b[1] - a[1]) * dy;
        if (along >= -tol && along <= length + tol) best = { kind: 'split', t, v, edge: e };
      }
    }
  }
  return best;
}
