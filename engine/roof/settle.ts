import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';
import { closeCycle } from './closeCycle';
import { addSegment, cycleOf, kill, position, spawn, type Wavefront, type WavefrontVertex } from './wavefront';

/**
 * Brings a newborn vertex to a state the event search can use. A cycle of two vertices or of no area is closed.
 * A vertex between two opposite lines is the tip of a needle: the two lines coincide and the outline folds back on
 * itself, so the fold collapses at once into a ridge up to the nearer neighbour, which dies there and is replaced
 * by a vertex between the lines beyond; that vertex is settled in turn.
 *
 * @param t the current time [m]
 */
export function settle(wf: Wavefront, u: WavefrontVertex, t: number): void {
  if (!u.alive) return;
  const cycle = cycleOf(u);
  const areaTolerance = wf.tolerance_m * wf.tolerance_m;
  if (cycle.length <= 2 || Math.abs(signedArea(cycle.map((w) => position(w, t)))) <= areaTolerance) {
    closeCycle(wf, u, t);
    return;
  }
  if (!Number.isNaN(u.vx)) return;
  if (cycle.length === 3) {
    closeCycle(wf, u, t);
    return;
  }
  const p: LocalPoint = [u.x, u.y];
  const a = u.prev;
  const b = u.next;
  const pa = position(a, t);
  const pb = position(b, t);
  const da = Math.hypot(pa[0] - p[0], pa[1] - p[1]);
  const db = Math.hypot(pb[0] - p[0], pb[1] - p[1]);
  kill(wf, u, p);
  let born: WavefrontVertex;
  if (Math.abs(da - db) <= wf.tolerance_m) {
    const q: LocalPoint = [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2];
    addSegment(wf, u.eIn, p, q);
    addSegment(wf, u.eOut, q, p);
    kill(wf, a, q);
    kill(wf, b, q);
    born = spawn(wf, q, t, a.eIn, b.eOut, a.prev, b.next);
  } else if (da < db) {
    addSegment(wf, u.eIn, p, pa);
    addSegment(wf, u.eOut, pa, p);
    kill(wf, a, pa);
    born = spawn(wf, pa, t, a.eIn, u.eOut, a.prev, b);
  } else {
    addSegment(wf, u.eOut, pb, p);
    addSegment(wf, u.eIn, p, pb);
    kill(wf, b, pb);
    born = spawn(wf, pb, t, u.eIn, b.eOut, a, b.next);
  }
  settle(wf, born, t);
}
