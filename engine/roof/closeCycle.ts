import { addSegment, cycleOf, kill, position, type Wavefront, type WavefrontVertex } from './wavefront';

/**
 * Ends a cycle that has shrunk to nothing (a point or a segment): each of its edges becomes, reversed, the top
 * boundary of its face (a ridge), and every vertex dies where it stands.
 */
export function closeCycle(wf: Wavefront, v: WavefrontVertex, t: number): void {
  const cycle = cycleOf(v);
  const at = cycle.map((w) => position(w, t));
  cycle.forEach((w, i) => addSegment(wf, w.eOut, at[(i + 1) % cycle.length]!, at[i]!));
  cycle.forEach((w, i) => kill(wf, w, at[i]!));
}
