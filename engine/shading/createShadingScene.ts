import type { BuildingObstacle, HeapObstacle, Vec3 } from '../geo/types';
import { buildGrid } from './buildGrid';
import { buildingEdges } from './buildingEdges';
import { openRing } from './openRing';
import type { ShadingScene, ShadingSceneOptions } from './types';
import { validateBuilding } from './validateBuilding';
import { validateHeap } from './validateHeap';

/** Default grid cell side [m]: about two houses with their gardens. */
export const DEFAULT_CELL_M = 32;

/**
 * Prepares obstacles for horizon queries: each building becomes the list of its top edges (`buildingEdges`: roof
 * face edges and uncovered wall tops at the eaves), its bounding box and top; a uniform grid over the boxes finds the
 * buildings near a point; the face planes and plan rings are kept to recognise the face a sample lies on. Heaps are
 * kept as given (cones or truncated cones, always considered). Building the demo (18,658 houses) takes ~0.3 s.
 *
 * @param obstacles.buildings prisms from z = 0 to eaves_m over their footprint with their roof faces on top (local frame)
 * @param obstacles.heaps slag heaps
 * @param options.cell_m grid cell side [m], default 32
 * @throws RangeError naming the first invalid field (e.g. "buildings[3].eaves_m …"), or a duplicate id
 * @example createShadingScene({ buildings: [wall], heaps: [] })
 */
export function createShadingScene(
  obstacles: { buildings: readonly BuildingObstacle[]; heaps: readonly HeapObstacle[] },
  options: ShadingSceneOptions = {},
): ShadingScene {
  const { buildings, heaps } = obstacles;
  if (!Array.isArray(buildings)) throw new RangeError('obstacles.buildings must be an array');
  if (!Array.isArray(heaps)) throw new RangeError('obstacles.heaps must be an array');
  heaps.forEach((heap, h) => validateHeap(heap, `heaps[${h}]`));

  const count = buildings.length;
  const buildingIndex = new Map<number, number>();
  const buildingIds = new Int32Array(count);
  const buildingBounds = new Float64Array(4 * count);
  const buildingTop_m = new Float64Array(count);
  const edgeStart = new Int32Array(count + 1);
  const faceStart = new Int32Array(count + 1);
  const vertexStart = new Int32Array(count + 1);
  const vertices: number[] = [];
  const ends: number[] = [];
  const faceA: number[] = [];
  const faceB: number[] = [];
  const planes: number[] = [];
  const faceIndexOf: number[] = [];
  const rings: number[] = [];
  const ringStart: number[] = [0];

  buildings.forEach((building, b) => {
    validateBuilding(building, `buildings[${b}]`);
    if (buildingIndex.has(building.id)) throw new RangeError(`buildings[${b}].id ${building.id} is a duplicate`);
    buildingIndex.set(building.id, b);
    buildingIds[b] = building.id;

    const edges = buildingEdges(building, faceStart[b]!);
    const firstVertex = vertexStart[b]!;
    for (const v of edges.vertices) vertices.push(v);
    for (const v of edges.ends) ends.push(firstVertex + v);
    vertexStart[b + 1] = firstVertex + edges.vertices.length / 3;
    for (const v of edges.faceA) faceA.push(v);
    for (const v of edges.faceB) faceB.push(v);
    edgeStart[b + 1] = faceA.length;

    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let top = building.eaves_m;
    const extend = (x: number, y: number) => {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    };
    for (const ring of building.footprint) for (const [x, y] of ring) extend(x, y);
    for (const face of building.faces) {
      const [nx, ny, nz] = face.normal;
      const norm = Math.hypot(nx, ny, nz);
      const [x0, y0, z0] = face.ring[0]!;
      faceIndexOf.push(face.index);
      planes.push(nx / norm, ny / norm, nz / norm, (nx * x0 + ny * y0 + nz * z0) / norm);
      for (const [x, y, z] of openRing<Vec3>(face.ring)) {
        extend(x, y);
        top = Math.max(top, z);
        rings.push(x, y);
      }
      ringStart.push(rings.length);
    }
    buildingBounds.set([minX, minY, maxX, maxY], 4 * b);
    buildingTop_m[b] = top;
    faceStart[b + 1] = faceStart[b]! + building.faces.length;
  });

  const vertexArray = Float64Array.from(vertices);
  const edgeEnds = Int32Array.from(ends);
  const edgeTop_m = new Float64Array(faceA.length);
  for (let e = 0; e < faceA.length; e++) {
    edgeTop_m[e] = Math.max(vertexArray[3 * edgeEnds[2 * e]! + 2]!, vertexArray[3 * edgeEnds[2 * e + 1]! + 2]!);
  }
  let maxVertices = 0;
  for (let b = 0; b < count; b++) maxVertices = Math.max(maxVertices, vertexStart[b + 1]! - vertexStart[b]!);
  const cell_m = options.cell_m ?? DEFAULT_CELL_M;
  if (!(cell_m > 0) || !Number.isFinite(cell_m)) {
    throw new RangeError(`options.cell_m must be a finite number > 0 [m], got ${cell_m}`);
  }
  return {
    buildingCount: count,
    buildingIndex,
    buildingIds,
    buildingBounds,
    buildingTop_m,
    vertexStart,
    vertices: vertexArray,
    edgeStart,
    edgeEnds,
    edgeTop_m,
    edgeFaceA: Int32Array.from(faceA),
    edgeFaceB: Int32Array.from(faceB),
    faceStart,
    faceIndexOf: Int32Array.from(faceIndexOf),
    facePlanes: Float64Array.from(planes),
    faceRings: Float64Array.from(rings),
    faceRingStart: Int32Array.from(ringStart),
    grid: buildGrid(buildingBounds, count, cell_m),
    heaps: heaps.map((h) => ({ ...h, center: [h.center[0], h.center[1]] as [number, number] })),
    scratch: {
      visited: new Int32Array(count),
      stamp: 0,
      found: new Int32Array(count),
      listed: new Int32Array(count),
      distance: new Float64Array(count),
      tables: new Map(),
      vertexX: new Float64Array(maxVertices),
      vertexY: new Float64Array(maxVertices),
      vertexZ: new Float64Array(maxVertices),
      vertexR: new Float64Array(maxVertices),
      vertexSector: new Int32Array(maxVertices),
    },
  };
}
