/**
 * Pure: photovoltaic modules as drawn on a roof. Each module quad (corners in the local frame, [east, north,
 * height] m) is lifted along its upward normal so it never z-fights with the roof face it lies on, then drawn as a
 * dark cell area inside a thin light frame: 2 triangles of cells and 8 of frame, 30 vertices per module, in rank
 * order, so that drawing the first n modules is a draw range of 30·n vertices.
 */
import type { Vec3 } from '../../../engine/geo/types';
import type { Rgb } from './geometryBuffer';
import { emitQuad, type Enh, type SurfaceKind, type TriangleSink, type Xyz } from './triangles';

/** Height of the modules over the roof plane [m]: real mounting rails hold them 5–15 cm above the tiles. */
export const PANEL_LIFT_M = 0.05;
/**
 * Width of the drawn frame [m]. Module frames are a few centimetres of aluminium; drawn a little wider (4 cm) so
 * the modules stay distinct at the panel's viewing distance (a drawing choice, not a datasheet value).
 */
export const PANEL_FRAME_M = 0.04;
/** Vertices per module: (2 cell + 8 frame triangles) × 3. */
export const VERTICES_PER_PANEL = 30;

export interface PanelColours {
  cells: Rgb;
  frame: Rgb;
}

type V = [number, number, number];
const sub = (a: Vec3, b: Vec3): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a: Vec3, b: Vec3, s = 1): V => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
const unit = (v: V): V => {
  const n = Math.hypot(...v);
  return n > 0 ? [v[0] / n, v[1] / n, v[2] / n] : [0, 0, 0];
};

/** The quad's unit normal pointing up (Newell's method, robust to a slightly warped quad). */
export function upwardNormal(corners: readonly Vec3[]): V {
  const n: V = [0, 0, 0];
  for (let i = 0; i < corners.length; i++) {
    const p = corners[i]!;
    const q = corners[(i + 1) % corners.length]!;
    n[0] += (p[1] - q[1]) * (p[2] + q[2]);
    n[1] += (p[2] - q[2]) * (p[0] + q[0]);
    n[2] += (p[0] - q[0]) * (p[1] + q[1]);
  }
  const u = unit(n);
  return u[2] < 0 ? [-u[0], -u[1], -u[2]] : u;
}

/**
 * The inner corners of a quad's frame: each corner moved `width` along both of its edges (exact for a rectangle).
 * @param width frame width [m], less than half the shorter side
 */
export function insetQuad(corners: readonly Vec3[], width: number): V[] {
  return corners.map((c, i) => {
    const next = corners[(i + 1) % 4]!;
    const prev = corners[(i + 3) % 4]!;
    return add(add(c, unit(sub(next, c)), width), unit(sub(prev, c)), width);
  });
}

/** A sink that colours triangles by what they are: cells or frame. */
class ColouredSink implements TriangleSink {
  colour: Rgb = [0, 0, 0];
  constructor(private readonly out: { positions: number[]; normals: number[]; colours: number[] }) {}
  triangle(a: Xyz, b: Xyz, c: Xyz, normal: Xyz, _kind: SurfaceKind): void {
    this.out.positions.push(...a, ...b, ...c);
    for (let k = 0; k < 3; k++) {
      this.out.normals.push(...normal);
      this.out.colours.push(...this.colour);
    }
  }
}

/**
 * Modules → triangles in three.js axes, module after module in the given order, each front face up.
 * @param panels corner quads [east m, north m, height m] in ring order
 * @param colours linear vertex colours (0–255)
 * @returns positions and normals [m] (3 per vertex), colours (3 per vertex, 0–255)
 */
export function buildPanelGeometry(
  panels: readonly (readonly Vec3[])[],
  colours: PanelColours,
  lift_m = PANEL_LIFT_M,
  frame_m = PANEL_FRAME_M,
): { positions: Float32Array; normals: Float32Array; colours: Uint8Array } {
  if (!(lift_m >= 0)) throw new RangeError(`lift_m must be ≥ 0, got ${lift_m}`);
  if (!(frame_m > 0)) throw new RangeError(`frame_m must be > 0, got ${frame_m}`);
  const out = { positions: [] as number[], normals: [] as number[], colours: [] as number[] };
  const sink = new ColouredSink(out);
  panels.forEach((corners, k) => {
    if (corners.length !== 4) throw new RangeError(`panels[${k}] must have 4 corners, got ${corners.length}`);
    const normal = upwardNormal(corners);
    const outer = corners.map((c) => add(c, normal, lift_m));
    const inner = insetQuad(outer, frame_m);
    const up = normal as Enh;
    sink.colour = colours.cells;
    emitQuad(sink, inner[0]!, inner[1]!, inner[2]!, inner[3]!, up, 'roof');
    sink.colour = colours.frame;
    for (let i = 0; i < 4; i++) {
      const j = (i + 1) % 4;
      emitQuad(sink, outer[i]!, outer[j]!, inner[j]!, inner[i]!, up, 'roof');
    }
    // A degenerate quad drops triangles: pad so every module keeps its 30 vertices and draw ranges stay aligned.
    const expected = (k + 1) * VERTICES_PER_PANEL * 3;
    while (out.positions.length < expected) {
      out.positions.push(0);
      out.normals.push(0);
      out.colours.push(0);
    }
  });
  return {
    positions: new Float32Array(out.positions),
    normals: new Float32Array(out.normals),
    colours: new Uint8Array(out.colours),
  };
}
