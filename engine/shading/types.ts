import type { HeapObstacle, RoofFace } from '../geo/types';
import type { SectorTable } from './sectorTable';

/**
 * Obstacles prepared for horizon queries, built once by `createShadingScene` and read by `horizonAt` and
 * `buildingHorizons`. Plain typed arrays so that a worker thread builds its own in milliseconds.
 *
 * Edges are the top edges of the buildings (roof face edges, and wall tops at the eaves that no roof edge covers),
 * each stored once by its two end vertices with the one or two roof faces it bounds (for self-exclusion).
 */
export interface ShadingScene {
  /** Number of buildings. */
  readonly buildingCount: number;
  /** Building id → building index. */
  readonly buildingIndex: ReadonlyMap<number, number>;
  /** Building ids by index. */
  readonly buildingIds: Int32Array;
  /** Bounding boxes [minX, minY, maxX, maxY] × buildingCount [m]. */
  readonly buildingBounds: Float64Array;
  /** Highest point of each building [m]. */
  readonly buildingTop_m: Float64Array;
  /** Vertices of building b are vertexStart[b] .. vertexStart[b + 1] − 1. */
  readonly vertexStart: Int32Array;
  /** Vertex coordinates [x, y, z] × vertex count [m]. */
  readonly vertices: Float64Array;
  /** Edges of building b are edgeStart[b] .. edgeStart[b + 1] − 1. */
  readonly edgeStart: Int32Array;
  /** Scene vertex indices of the two ends of each edge. */
  readonly edgeEnds: Int32Array;
  /** Higher end of each edge [m] (an edge entirely below a point cannot rise above its horizon). */
  readonly edgeTop_m: Float64Array;
  /** Scene-wide ids of the one or two faces an edge bounds (equal when one face, −1 for a bare wall top). */
  readonly edgeFaceA: Int32Array;
  readonly edgeFaceB: Int32Array;
  /** Faces of building b are scene faces faceStart[b] .. faceStart[b + 1] − 1, in the order of `faces`. */
  readonly faceStart: Int32Array;
  /** `RoofFace.index` of each scene face (the numbering `buildingHorizons` reads in selfFaceOfSample). */
  readonly faceIndexOf: Int32Array;
  /** Face planes n·p = d: [nx, ny, nz, d] × face count (unit normals). */
  readonly facePlanes: Float64Array;
  /** Face outlines in plan, open rings [x0, y0, x1, y1, …]: face f at faceRings[faceRingStart[f] … faceRingStart[f + 1] − 1]. */
  readonly faceRings: Float64Array;
  readonly faceRingStart: Int32Array;
  /** Uniform grid over building bounding boxes. */
  readonly grid: ShadingGrid;
  /** Slag heaps, as given. */
  readonly heaps: readonly HeapObstacle[];
  /** Scratch memory reused by queries (a scene belongs to one thread). */
  readonly scratch: SceneScratch;
}

/** Uniform grid: cell (i, j) holds the buildings whose bounding box overlaps it. */
export interface ShadingGrid {
  readonly minX: number;
  readonly minY: number;
  /** Cell side [m]. */
  readonly cell_m: number;
  readonly nx: number;
  readonly ny: number;
  /** Buildings of cell i + j·nx are items[cellStart[c]] .. items[cellStart[c + 1] − 1]. */
  readonly cellStart: Int32Array;
  readonly items: Int32Array;
}

export interface SceneScratch {
  /** Per-building stamp of the last query that visited it (deduplicates buildings found in several cells). */
  readonly visited: Int32Array;
  /** Current query stamp. */
  stamp: number;
  /** Building indices found by the last grid query. */
  readonly found: Int32Array;
  /** Building indices kept aside by a batch (its near field). */
  readonly listed: Int32Array;
  /** Per-building sort key of the current batch (distance [m]). */
  readonly distance: Float64Array;
  /** Sector tables by number of sectors. */
  readonly tables: Map<number, SectorTable>;
  /** Vertices of the building being added, relative to the viewpoint [m], plan distance [m] and sector. */
  readonly vertexX: Float64Array;
  readonly vertexY: Float64Array;
  readonly vertexZ: Float64Array;
  readonly vertexR: Float64Array;
  readonly vertexSector: Int32Array;
}

export interface ShadingSceneOptions {
  /** Side of the grid cells [m]; default 32. */
  cell_m?: number;
}

export interface HorizonOptions {
  /** Number of equal azimuth sectors, sector i covering [i·360/n, (i+1)·360/n) clockwise from north; default 72. */
  sectors?: number;
  /** Buildings whose bounding box lies farther than this are ignored [m]; default 300. Heaps always count. */
  maxDistance_m?: number;
  /** A building left out entirely (e.g. the one the point belongs to, for a ground point inside it). */
  excludeBuildingId?: number;
  /**
   * Faces the point lies on: their edges do not shade it (an edge shared with another face still does). When
   * omitted, the faces whose plane passes within `SELF_FACE_TOLERANCE_M` below the point, with the point over
   * them in plan, are taken. Faces are matched by ring geometry, so copies made in another thread work.
   */
  selfFaces?: readonly RoofFace[];
}

export interface BuildingHorizonsOptions {
  /** Number of azimuth sectors; default 72. */
  sectors?: number;
  /** Buildings farther than this from the samples' centre are ignored [m]; default 300. Heaps always count. */
  maxDistance_m?: number;
  /**
   * Buildings within this distance of the samples' bounding box are evaluated from every sample exactly (near
   * field); the others, and heaps farther than this, once from the samples' centre at their lowest and highest
   * height (far field) [m]; default 40.
   */
  nearDistance_m?: number;
}
