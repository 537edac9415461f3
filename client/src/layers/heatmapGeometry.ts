/**
 * One computed building as the engine sees it: its roof faces (textured by their irradiation grids) and walls
 * dropped from every face edge that no other face of the building shares (the eaves, gable ends and party walls)
 * down to the ground. Drawing the engine's own faces rather than the client's roof keeps the heat-map, the shadows
 * and the numbers in the panel on the same geometry.
 */
import { ShapeUtils, Vector2 } from 'three';
import type { Vec3 } from '../../../engine/geo/types';
import type { Rgb } from './geometryBuffer';
import type { TexturedSink, Uv } from './texturedBuffer';
import { toThree } from './triangles';

/** A face ready to draw: closed ring (east, north, height) [m], unit normal, atlas coordinates per ring vertex. */
export interface PlacedFace {
  ring: Vec3[];
  normal: Vec3;
  uv: Uv[];
}

/** Vertex colour of roof triangles: white, so the texture shows as it is. */
const ROOF_TINT: Rgb = [255, 255, 255];
/** Triangles smaller than this are dropped [m²]; edges shorter than this are no walls [m]. */
const MIN_AREA_M2 = 1e-6;
const MIN_EDGE_M = 1e-3;
/** Vertices closer than this are the same point when matching edges between faces [m]. */
const WELD_M = 0.01;

function cross(a: Vec3, b: Vec3, c: Vec3): Vec3 {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  return [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
}

/** Emits one roof face (any simple polygon, convex or not) as triangles facing along its normal; returns how many. */
export function emitFace(face: PlacedFace, sink: TexturedSink): number {
  const open = face.ring.slice(0, -1);
  if (open.length < 3 || face.uv.length < open.length) return 0;
  const contour = open.map(([e, n]) => new Vector2(e, n));
  let count = 0;
  for (const [a, j, k] of ShapeUtils.triangulateShape(contour, []) as [number, number, number][]) {
    let [b, c] = [j, k];
    const n = cross(open[a]!, open[b]!, open[c]!);
    if (Math.hypot(...n) / 2 < MIN_AREA_M2) continue;
    if (n[0] * face.normal[0] + n[1] * face.normal[1] + n[2] * face.normal[2] < 0) [b, c] = [c, b];
    sink.triangle(
      toThree(open[a]!),
      toThree(open[b]!),
      toThree(open[c]!),
      toThree(face.normal),
      face.uv[a]!,
      face.uv[b]!,
      face.uv[c]!,
      ROOF_TINT,
    );
    count++;
  }
  return count;
}

const key = (p: Vec3) => `${Math.round(p[0] / WELD_M)},${Math.round(p[1] / WELD_M)},${Math.round(p[2] / WELD_M)}`;

/** Directed edge keys (welded to 1 cm) of rings: a face edge p → q is `p|q`. */
export function directedEdges(rings: readonly Vec3[][], into = new Set<string>()): Set<string> {
  for (const ring of rings) {
    for (let k = 0; k + 1 < ring.length; k++) into.add(`${key(ring[k]!)}|${key(ring[k + 1]!)}`);
  }
  return into;
}

/**
 * The edges of a building's faces that no other face runs back along: the outline of the roof. Faces are
 * counter-clockwise seen from above, so an inner edge (ridge, hip, valley) appears once in each direction. Passing
 * the edges of the neighbours as `shared` also drops the party walls between attached houses, which are never
 * seen and would only flicker along the facades.
 */
export function boundaryEdges(
  rings: readonly Vec3[][],
  shared: ReadonlySet<string> = directedEdges(rings),
): [Vec3, Vec3][] {
  const edges: [Vec3, Vec3][] = [];
  for (const ring of rings) {
    for (let k = 0; k + 1 < ring.length; k++) {
      const p = ring[k]!;
      const q = ring[k + 1]!;
      if (Math.hypot(q[0] - p[0], q[1] - p[1]) < MIN_EDGE_M) continue;
      if (!shared.has(`${key(q)}|${key(p)}`)) edges.push([p, q]);
    }
  }
  return edges;
}

/** A wall under each edge, from the edge down to the ground, facing out (the right of the edge); returns how many. */
export function emitWalls(edges: readonly [Vec3, Vec3][], uv: Uv, colour: Rgb, sink: TexturedSink): number {
  let count = 0;
  for (const [p, q] of edges) {
    const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const normal: Vec3 = [(q[1] - p[1]) / length, -(q[0] - p[0]) / length, 0];
    const p0: Vec3 = [p[0], p[1], 0];
    const q0: Vec3 = [q[0], q[1], 0];
    // p0 → q0 → q runs counter-clockwise seen from the right of the edge.
    for (const [a, b, c] of [
      [p0, q0, q],
      [p0, q, p],
    ] as const) {
      if (Math.hypot(...cross(a, b, c)) / 2 < MIN_AREA_M2) continue;
      sink.triangle(toThree(a), toThree(b), toThree(c), toThree(normal), uv, uv, uv, colour);
      count++;
    }
  }
  return count;
}

/**
 * A building's roof faces into one sink and its walls into another; returns how many triangles each got.
 * @param shared directed edges of every face drawn with this building, its own included (see `boundaryEdges`)
 */
export function buildHeatmapBuilding(
  faces: readonly PlacedFace[],
  wallColour: Rgb,
  roofs: TexturedSink,
  walls: TexturedSink,
  shared?: ReadonlySet<string>,
): { roofTriangles: number; wallTriangles: number } {
  let roofTriangles = 0;
  for (const face of faces) roofTriangles += emitFace(face, roofs);
  const rings = faces.map((f) => f.ring);
  const edges = boundaryEdges(rings, shared ?? directedEdges(rings));
  return { roofTriangles, wallTriangles: emitWalls(edges, [0, 0], wallColour, walls) };
}
