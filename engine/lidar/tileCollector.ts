import { pointInRing } from '../geo/pointInRing';
import { LAS_CLASS, type PlanRing, type PointSet } from './types';

/** A building footprint in the tile's metres, as the collector bins points into it. */
export interface CollectorBuilding {
  id: number;
  /** Outer ring then holes, closed, in the PointSet's metres. */
  polygon: PlanRing[];
}

export interface TileCollectorOptions {
  /** Plan extent of the tile [minX, minY, maxX, maxY] in the PointSet's metres. */
  extent: [number, number, number, number];
  /** Side of the ground grid cells [m]; default 1 (IGN's MNT is 0.5 m; 1 m keeps ≥ 2 ground points per cell at 10 pts/m²). */
  groundCell_m?: number;
  /** Side of the vegetation grid cells [m]; default 0.5 (IGN's MNH resolution). */
  vegetationCell_m?: number;
}

/** A grid of values over the tile, row-major from (minX, minY); NaN where no point fell. */
export interface TileGrid {
  minX: number;
  minY: number;
  cell_m: number;
  nx: number;
  ny: number;
  values: Float32Array;
}

/** What one pass over a tile's points gathers for the roof, tree and terrain steps. */
export interface CollectedTile {
  /** Building-class points inside each footprint: x, y, z interleaved [m]. */
  buildingPoints: Map<number, Float64Array>;
  /** Mean altitude of the ground-class points per cell. */
  ground: TileGrid;
  /** Highest vegetation-class point (3–5) per cell [m altitude]. */
  vegetation: TileGrid;
  /** Points by ASPRS class. */
  classCounts: Record<string, number>;
  pointCount: number;
}

interface Bin {
  id: number;
  polygon: PlanRing[];
  bbox: [number, number, number, number];
  coords: number[];
}

const INDEX_CELL_M = 16;

function grid(extent: [number, number, number, number], cell_m: number): TileGrid {
  const nx = Math.max(1, Math.ceil((extent[2] - extent[0]) / cell_m));
  const ny = Math.max(1, Math.ceil((extent[3] - extent[1]) / cell_m));
  return { minX: extent[0], minY: extent[1], cell_m, nx, ny, values: new Float32Array(nx * ny).fill(Number.NaN) };
}

/** Cell index of (x, y) in a grid, or −1 outside. */
export function cellOf(g: TileGrid, x: number, y: number): number {
  const i = Math.floor((x - g.minX) / g.cell_m);
  const j = Math.floor((y - g.minY) / g.cell_m);
  return i < 0 || j < 0 || i >= g.nx || j >= g.ny ? -1 : i + j * g.nx;
}

/**
 * The cells of a grid whose centre lies inside a polygon (outer ring, then holes), by index — the cells a footprint
 * covers on a raster.
 */
export function cellsInside(g: TileGrid, polygon: readonly PlanRing[]): number[] {
  const outer = polygon[0]!;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const i0 = Math.max(0, Math.floor((Math.min(...xs) - g.minX) / g.cell_m));
  const i1 = Math.min(g.nx - 1, Math.floor((Math.max(...xs) - g.minX) / g.cell_m));
  const j0 = Math.max(0, Math.floor((Math.min(...ys) - g.minY) / g.cell_m));
  const j1 = Math.min(g.ny - 1, Math.floor((Math.max(...ys) - g.minY) / g.cell_m));
  const cells: number[] = [];
  for (let j = j0; j <= j1; j++)
    for (let i = i0; i <= i1; i++) {
      const p: [number, number] = [g.minX + (i + 0.5) * g.cell_m, g.minY + (j + 0.5) * g.cell_m];
      if (pointInRing(p, outer) && !polygon.slice(1).some((h) => pointInRing(p, h))) cells.push(i + j * g.nx);
    }
  return cells;
}

/**
 * Gathers, in one streaming pass over a tile's points (batch by batch, memory bounded by the grids and the
 * building points kept), the building-class points of each footprint, a ground grid and a vegetation-top grid.
 * Points are binned to footprints through a uniform 16 m index of their bounding boxes, then a point-in-polygon test.
 */
export class TileCollector {
  private readonly bins: Bin[];
  private readonly index = new Map<number, number[]>();
  private readonly indexNx: number;
  private readonly groundSum: Float64Array;
  private readonly groundCount: Uint32Array;
  readonly ground: TileGrid;
  readonly vegetation: TileGrid;
  private readonly classCounts = new Map<number, number>();
  private pointCount = 0;

  constructor(
    buildings: readonly CollectorBuilding[],
    private readonly options: TileCollectorOptions,
  ) {
    const { extent } = options;
    this.ground = grid(extent, options.groundCell_m ?? 1);
    this.vegetation = grid(extent, options.vegetationCell_m ?? 0.5);
    this.groundSum = new Float64Array(this.ground.values.length);
    this.groundCount = new Uint32Array(this.ground.values.length);
    this.indexNx = Math.ceil((extent[2] - extent[0]) / INDEX_CELL_M) + 1;
    this.bins = buildings.map((b) => {
      const outer = b.polygon[0]!;
      const xs = outer.map((p) => p[0]);
      const ys = outer.map((p) => p[1]);
      return {
        id: b.id,
        polygon: b.polygon,
        bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
        coords: [],
      };
    });
    this.bins.forEach((bin, k) => {
      const [i0, j0] = this.indexCell(bin.bbox[0], bin.bbox[1]);
      const [i1, j1] = this.indexCell(bin.bbox[2], bin.bbox[3]);
      for (let j = j0; j <= j1; j++)
        for (let i = i0; i <= i1; i++) {
          const key = i + j * this.indexNx;
          const list = this.index.get(key);
          if (list) list.push(k);
          else this.index.set(key, [k]);
        }
    });
  }

  private indexCell(x: number, y: number): [number, number] {
    return [
      Math.floor((x - this.options.extent[0]) / INDEX_CELL_M),
      Math.floor((y - this.options.extent[1]) / INDEX_CELL_M),
    ];
  }

  private inside(bin: Bin, x: number, y: number): boolean {
    if (x < bin.bbox[0] || x > bin.bbox[2] || y < bin.bbox[1] || y > bin.bbox[3]) return false;
    if (!pointInRing([x, y], bin.polygon[0]!)) return false;
    for (let h = 1; h < bin.polygon.length; h++) if (pointInRing([x, y], bin.polygon[h]!)) return false;
    return true;
  }

  /** Adds one batch of points. */
  add(points: PointSet): void {
    const { x, y, z, classification } = points;
    const veg = this.vegetation.values;
    for (let p = 0; p < points.count; p++) {
      const c = classification[p]!;
      this.classCounts.set(c, (this.classCounts.get(c) ?? 0) + 1);
      const px = x[p]!;
      const py = y[p]!;
      const pz = z[p]!;
      if (c === LAS_CLASS.ground) {
        const cell = cellOf(this.ground, px, py);
        if (cell >= 0) {
          this.groundSum[cell]! += pz;
          this.groundCount[cell]! += 1;
        }
      } else if (c >= LAS_CLASS.lowVegetation && c <= LAS_CLASS.highVegetation) {
        const cell = cellOf(this.vegetation, px, py);
        if (cell >= 0 && !(veg[cell]! >= pz)) veg[cell] = pz;
      } else if (c === LAS_CLASS.building) {
        const [i, j] = this.indexCell(px, py);
        const candidates = this.index.get(i + j * this.indexNx);
        if (candidates) {
          for (const k of candidates) {
            const bin = this.bins[k]!;
            if (this.inside(bin, px, py)) {
              bin.coords.push(px, py, pz);
              break;
            }
          }
        }
      }
    }
    this.pointCount += points.count;
  }

  /** The gathered products (call once, after the last batch). */
  finish(): CollectedTile {
    for (let c = 0; c < this.groundSum.length; c++) {
      if (this.groundCount[c]! > 0) this.ground.values[c] = this.groundSum[c]! / this.groundCount[c]!;
    }
    const buildingPoints = new Map<number, Float64Array>();
    // A multi-part building has one bin per part: its points are the parts' together.
    const byId = new Map<number, number[][]>();
    for (const bin of this.bins) byId.set(bin.id, [...(byId.get(bin.id) ?? []), bin.coords]);
    for (const [id, lists] of byId) buildingPoints.set(id, Float64Array.from(lists.flat()));
    const classCounts: Record<string, number> = {};
    [...this.classCounts].sort((a, b) => a[0] - b[0]).forEach(([c, n]) => (classCounts[String(c)] = n));
    return {
      buildingPoints,
      ground: this.ground,
      vegetation: this.vegetation,
      classCounts,
      pointCount: this.pointCount,
    };
  }
}

/**
 * Ground altitude around a footprint: the median of the ground cells within `ring_m` of its bounding box (the
 * cells under the building hold no ground points), the ring doubled up to 16 m where the ground points are sparse
 * (thinned clouds). Null when no ground cell lies within 16 m.
 */
export function groundAround(ground: TileGrid, bbox: [number, number, number, number], ring_m = 4): number | null {
  for (let r = ring_m; r <= 16; r *= 2) {
    const g = groundWithin(ground, bbox, r);
    if (g !== null) return g;
  }
  return null;
}

function groundWithin(ground: TileGrid, bbox: [number, number, number, number], ring_m: number): number | null {
  const values: number[] = [];
  const i0 = Math.max(0, Math.floor((bbox[0] - ring_m - ground.minX) / ground.cell_m));
  const i1 = Math.min(ground.nx - 1, Math.floor((bbox[2] + ring_m - ground.minX) / ground.cell_m));
  const j0 = Math.max(0, Math.floor((bbox[1] - ring_m - ground.minY) / ground.cell_m));
  const j1 = Math.min(ground.ny - 1, Math.floor((bbox[3] + ring_m - ground.minY) / ground.cell_m));
  for (let j = j0; j <= j1; j++)
    for (let i = i0; i <= i1; i++) {
      const v = ground.values[i + j * ground.nx]!;
      if (!Number.isNaN(v)) values.push(v);
    }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}
