import type { LocalPoint } from '../geo/types';

/** A wall line moving inwards at unit speed: at time t [m] it is the line n·p = c + t. */
export interface WavefrontLine {
  nx: number;
  ny: number;
  c: number;
}

/** A vertex of the shrinking outline, between the lines of faces eIn (before it) and eOut (after it). */
export interface WavefrontVertex {
  /** Where and when it was born [m]. */
  x: number;
  y: number;
  t: number;
  /** Velocity [m per unit time]; NaN while it sits between two opposite lines (a needle, see `settle`). */
  vx: number;
  vy: number;
  eIn: number;
  eOut: number;
  prev: WavefrontVertex;
  next: WavefrontVertex;
  alive: boolean;
}

/** The moving outline and the skeleton traced so far: per face, directed boundary segments (counter-clockwise). */
export interface Wavefront {
  lines: WavefrontLine[];
  vertices: WavefrontVertex[];
  segments: [LocalPoint, LocalPoint][][];
  /** Length below which two points are one [m]. */
  tolerance_m: number;
}

/** Position of a vertex at time t [m] (a needle tip has not moved from where it was born). */
export function position(v: WavefrontVertex, t: number): LocalPoint {
  if (Number.isNaN(v.vx)) return [v.x, v.y];
  return [v.x + (t - v.t) * v.vx, v.y + (t - v.t) * v.vy];
}

/** Whether the outline turns right at a vertex (its corner points into the polygon). */
export function isReflex(wf: Wavefront, v: WavefrontVertex): boolean {
  const a = wf.lines[v.eIn]!;
  const b = wf.lines[v.eOut]!;
  return a.nx * b.ny - a.ny * b.nx < 0;
}

/** Records a directed boundary segment of a face, unless it has no length. */
export function addSegment(wf: Wavefront, face: number, from: LocalPoint, to: LocalPoint): void {
  if (Math.hypot(to[0] - from[0], to[1] - from[1]) > wf.tolerance_m * 1e-3) wf.segments[face]!.push([from, to]);
}

/** Velocity of a vertex staying on two lines: s·n_in = s·n_out = 1, s = (n_in + n_out) / (1 + n_in·n_out). */
export function vertexVelocity(wf: Wavefront, eIn: number, eOut: number): LocalPoint {
  const a = wf.lines[eIn]!;
  const b = wf.lines[eOut]!;
  const denominator = 1 + a.nx * b.nx + a.ny * b.ny;
  if (!(denominator > 1e-10)) return [NaN, NaN];
  return [(a.nx + b.nx) / denominator, (a.ny + b.ny) / denominator];
}

/**
 * A new vertex between two lines, linked between prev and next, moving along both (`vertexVelocity`; NaN between
 * opposite lines).
 */
export function spawn(
  wf: Wavefront,
  p: LocalPoint,
  t: number,
  eIn: number,
  eOut: number,
  prev: WavefrontVertex,
  next: WavefrontVertex,
): WavefrontVertex {
  const [vx, vy] = vertexVelocity(wf, eIn, eOut);
  const v: WavefrontVertex = { x: p[0], y: p[1], t, vx, vy, eIn, eOut, prev, next, alive: true };
  prev.next = v;
  next.prev = v;
  wf.vertices.push(v);
  return v;
}

/** Ends a vertex at p: its trace bounds face eIn going up (birth → death) and face eOut coming down. */
export function kill(wf: Wavefront, v: WavefrontVertex, p: LocalPoint): void {
  v.alive = false;
  addSegment(wf, v.eIn, [v.x, v.y], p);
  addSegment(wf, v.eOut, p, [v.x, v.y]);
}

/** The vertices of the cycle through v, in order. */
export function cycleOf(v: WavefrontVertex): WavefrontVertex[] {
  const out: WavefrontVertex[] = [];
  let w = v;
  do {
    out.push(w);
    w = w.next;
  } while (w !== v && out.length < 100_000);
  return out;
}
