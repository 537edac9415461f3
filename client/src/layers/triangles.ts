/**
 * The common ground of the pure geometry builders: points in (east, north, height) metres, triangles turned so
 * that their normal faces a given side, and the mapping to three.js axes (x = east, y = up, z = −north).
 * The mapping is a proper rotation, so counter-clockwise triangles stay front-facing.
 */

/** [east m, north m, height m]. */
export type Enh = readonly [number, number, number];
/** three.js world coordinates [x, y, z]. */
export type Xyz = [number, number, number];
export type SurfaceKind = 'wall' | 'roof';

export interface TriangleSink {
  /** a, b, c in three.js axes, counter-clockwise seen from the front; normal is the unit face normal. */
  triangle(a: Xyz, b: Xyz, c: Xyz, normal: Xyz, kind: SurfaceKind): void;
}

export const toThree = ([e, n, h]: Enh): Xyz => [e, h, -n];

/** Triangles smaller than this are dropped [m²]. */
const MIN_TRIANGLE_AREA_M2 = 1e-6;

/**
 * Emits triangle abc turned so that its normal has a positive component along `outward` (e, n, h).
 * Degenerate triangles are dropped.
 */
export function emitTriangle(sink: TriangleSink, a: Enh, b: Enh, c: Enh, outward: Enh, kind: SurfaceKind): void {
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const uz = b[2] - a[2];
  const vx = c[0] - a[0];
  const vy = c[1] - a[1];
  const vz = c[2] - a[2];
  let nx = uy * vz - uz * vy;
  let ny = uz * vx - ux * vz;
  let nz = ux * vy - uy * vx;
  const length = Math.hypot(nx, ny, nz);
  if (length / 2 < MIN_TRIANGLE_AREA_M2) return;
  nx /= length;
  ny /= length;
  nz /= length;
  if (nx * outward[0] + ny * outward[1] + nz * outward[2] < 0) {
    sink.triangle(toThree(a), toThree(c), toThree(b), toThree([-nx, -ny, -nz]), kind);
  } else {
    sink.triangle(toThree(a), toThree(b), toThree(c), toThree([nx, ny, nz]), kind);
  }
}

/** Emits the planar quad abcd (in loop order) as two triangles. */
export function emitQuad(sink: TriangleSink, a: Enh, b: Enh, c: Enh, d: Enh, outward: Enh, kind: SurfaceKind): void {
  emitTriangle(sink, a, b, c, outward, kind);
  emitTriangle(sink, a, c, d, outward, kind);
}

const UP: Enh = [0, 0, 1];

/**
 * Walls of a ring from the ground to a top height given per vertex. Outer rings must be counter-clockwise and
 * holes clockwise: the outside of the solid is then on the right of each edge.
 */
export function emitWalls(
  sink: TriangleSink,
  ring: readonly (readonly [number, number])[],
  topAt: (i: number) => number,
): void {
  for (let i = 0; i < ring.length; i++) {
    const j = (i + 1) % ring.length;
    const [pe, pn] = ring[i]!;
    const [qe, qn] = ring[j]!;
    const outward: Enh = [qn - pn, -(qe - pe), 0];
    emitQuad(sink, [pe, pn, 0], [qe, qn, 0], [qe, qn, topAt(j)], [pe, pn, topAt(i)], outward, 'wall');
  }
}

export const upward = UP;

/** Collects triangles in plain arrays; used by tests and small builders. */
export class TriangleList implements TriangleSink {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  readonly kinds: SurfaceKind[] = [];

  triangle(a: Xyz, b: Xyz, c: Xyz, normal: Xyz, kind: SurfaceKind): void {
    this.positions.push(...a, ...b, ...c);
    this.normals.push(...normal);
    this.kinds.push(kind);
  }

  get count(): number {
    return this.kinds.length;
  }
}
