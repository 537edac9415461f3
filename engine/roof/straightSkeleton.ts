import { ringBounds } from '../geo/ringBounds';
import type { LocalPoint } from '../geo/types';
import { chainSkeletonFaces } from './chainSkeletonFaces';
import { nextSkeletonEvent } from './nextSkeletonEvent';
import { closeCycle } from './closeCycle';
import { settle } from './settle';
import type { SkeletonFace } from './types';
import { cycleOf, kill, position, spawn, vertexVelocity, type Wavefront, type WavefrontVertex } from './wavefront';

/**
 * Straight skeleton of a simple polygon without holes, as one face per edge (O. Aichholzer, F. Aurenhammer,
 * D. Alberts & B. Gärtner, "A novel type of skeleton for polygons", J. Universal Computer Science 1(12), 1995,
 * doi:10.3217/jucs-001-12-0752): every wall moves inwards at unit speed; the face of a wall is the ground its
 * moving line sweeps, i.e. the roof plane rising from that wall at one pitch for all walls. Events are simulated
 * one at a time in time order (`nextSkeletonEvent`): an edge shrinking to nothing merges its two vertices; a reflex
 * vertex reaching an edge splits the outline in two; outlines reduced to a point or a segment are closed.
 *
 * The result is checked (every face chains into a counter-clockwise ring, the faces' areas add up to the polygon's)
 * and null is returned when it does not hold, so that callers fall back to a simpler roof.
 *
 * @param ring open counter-clockwise ring without collinear vertices [m]
 * @returns faces in edge order, or null
 */
export function straightSkeleton(ring: readonly LocalPoint[]): SkeletonFace[] | null {
  const n = ring.length;
  if (n < 3) return null;
  const [x0, y0, x1, y1] = ringBounds(ring);
  const wf: Wavefront = {
    lines: [],
    vertices: [],
    segments: ring.map(() => []),
    tolerance_m: 1e-9 * Math.max(1, Math.hypot(x1 - x0, y1 - y0)),
  };
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const nx = -(b[1] - a[1]) / length;
    const ny = (b[0] - a[0]) / length;
    wf.lines.push({ nx, ny, c: nx * a[0] + ny * a[1] });
    wf.segments[i]!.push([a, b]);
  }
  const vertices: WavefrontVertex[] = ring.map((p, i) => {
    const eIn = (i + n - 1) % n;
    const [vx, vy] = vertexVelocity(wf, eIn, i);
    return { x: p[0], y: p[1], t: 0, vx, vy, eIn, eOut: i, alive: true } as WavefrontVertex;
  });
  vertices.forEach((v, i) => {
    v.prev = vertices[(i + n - 1) % n]!;
    v.next = vertices[(i + 1) % n]!;
  });
  if (vertices.some((v) => Number.isNaN(v.vx))) return null;
  wf.vertices.push(...vertices);

  let now = 0;
  for (let step = 0; step < 20 * n + 100; step++) {
    if (!wf.vertices.some((v) => v.alive)) return chainSkeletonFaces(wf, ring);
    const event = nextSkeletonEvent(wf, now);
    if (!event) return null;
    now = event.t;
    if (event.kind === 'edge') {
      const v = event.v;
      const w = v.next;
      if (cycleOf(v).length <= 3) {
        closeCycle(wf, v, now);
        continue;
      }
      const p = position(v, now);
      const q = position(w, now);
      const at: LocalPoint = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      kill(wf, v, at);
      kill(wf, w, at);
      settle(wf, spawn(wf, at, now, v.eIn, w.eOut, v.prev, w.next), now);
    } else {
      const { v, edge } = event;
      const at = position(v, now);
      const after = edge.next;
      kill(wf, v, at);
      const left = spawn(wf, at, now, v.eIn, edge.eOut, v.prev, after);
      const right = spawn(wf, at, now, edge.eOut, v.eOut, edge, v.next);
      settle(wf, left, now);
      settle(wf, right, now);
    }
  }
  return null;
}
