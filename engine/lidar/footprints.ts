import { signedArea } from '../geo/signedArea';
import { outlineRings } from './outlineRings';
import { labelComponents } from './rasterComponents';
import { fillHoles } from './rasterFillHoles';
import type { RasterGrid } from './rasterGrid';
import { createRasterGrid, pointCells } from './rasterGrid';
import { rasterizeCount, rasterizeExtreme } from './rasterMax';
import { closeSquare } from './rasterMorphology';
import { LAS_CLASS, type PlanRing, type PointSet } from './types';

export interface FootprintOptions {
  /** Cell side [m], default 0.5. */
  cellSize_m?: number;
  /** Radius of the closing square [cells], default 1: fills the empty cells of a 10 pts/m² pattern. */
  closing_cells?: number;
  /** Smallest footprint kept [m²], default 10 (sheds, cars misclassified as building are dropped). */
  minArea_m2?: number;
  /** Smallest courtyard kept as a hole [m²], default 2. */
  minHoleArea_m2?: number;
  /** Douglas–Peucker tolerance [m], default 0.5 (one cell). */
  simplify_m?: number;
  /** Snap edges to the footprint's dominant directions (outlineRegularize), default true. */
  regularize?: boolean;
  /** Move the edges onto the points (outlineFitToPoints), removing the cells' outward bias, default true. */
  fitToPoints?: boolean;
}

/** A building footprint found in the building-class points. */
export interface LidarFootprint {
  /** Exterior ring counter-clockwise, then courtyards clockwise (RFC 7946), each closed [m]. */
  rings: PlanRing[];
  /** Area of the rings, exterior minus holes [m²]. */
  area_m2: number;
  /** Number of building-class points in the footprint's cells. */
  pointCount: number;
  /** Highest building point [m] (altitude). */
  top_m: number;
  /** Median ground altitude just outside the footprint [m]; NaN when no ground point lies within ~2 m. */
  ground_m: number;
  /** top_m − ground_m [m]; NaN with ground_m. */
  height_m: number;
}

/**
 * Building footprints from the building class (6) of a classified cloud, for areas with no building database:
 * class-6 cells → morphological closing → 4-connected regions ≥ minArea_m2 → outline along the cell sides →
 * Douglas–Peucker → regularisation to the dominant directions → edges moved onto the points. Ground from class 2 (lowest point per cell, holes
 * filled over 4 cells). O(n + cells). Two buildings closer than (2·closing_cells + 1) cells apart merge (a limit).
 *
 * @param points classified cloud [m]
 * @param options cell size, closing, thresholds (see FootprintOptions)
 * @returns footprints, largest first
 * @example extractFootprints(points).map((f) => f.area_m2)
 */
export function extractFootprints(points: PointSet, options: FootprintOptions = {}): LidarFootprint[] {
  const cellSize_m = options.cellSize_m ?? 0.5;
  const closing = options.closing_cells ?? 1;
  const minArea_m2 = options.minArea_m2 ?? 10;
  const minHole_m2 = options.minHoleArea_m2 ?? 2;
  if (!(minArea_m2 >= 0)) throw new RangeError(`minArea_m2 must be ≥ 0, got ${minArea_m2}`);
  if (points.count === 0) return [];
  const grid = createRasterGrid(points, cellSize_m, closing + 3);
  const buildingCells = pointCells(points, grid, [LAS_CLASS.building]);
  const counts = rasterizeCount(grid, buildingCells);
  const top = rasterizeExtreme(points, grid, buildingCells, 1);
  const ground = fillHoles(rasterizeExtreme(points, grid, pointCells(points, grid, [LAS_CLASS.ground]), -1), grid, 4);
  const mask = new Uint8Array(counts.length);
  for (let c = 0; c < counts.length; c++) mask[c] = counts[c]! > 0 ? 1 : 0;
  const { labels, count, sizes } = labelComponents(closeSquare(mask, grid, closing), grid);
  const members = cellsByLabel(labels, sizes, count);
  const cellArea = cellSize_m * cellSize_m;
  const pointsOf = pointsByLabel(points, buildingCells, labels, count);
  const out: LidarFootprint[] = [];
  for (let k = 1; k <= count; k++) {
    if (sizes[k]! * cellArea < minArea_m2) continue;
    const cells = members[k]!;
    const member = (c: number): boolean => labels[c] === k;
    const { xs, ys } = pointsOf[k]!;
    const density_m2 = interiorDensity(cells, member, counts, grid);
    const fit = options.fitToPoints === false ? undefined : { xs, ys, density_m2 };
    const rings = outlineRings(member, cells, grid, options, minHole_m2, fit);
    if (rings.length === 0) continue;
    let pointCount = 0;
    let top_m = -Infinity;
    for (const c of cells) {
      pointCount += counts[c]!;
      const t = top[c]!;
      if (t > top_m) top_m = t;
    }
    const ground_m = groundAround(cells, labels, k, ground, grid);
    const area_m2 = rings.reduce((s, r) => s + signedArea(r), 0);
    if (area_m2 < minArea_m2) continue;
    out.push({ rings, area_m2, pointCount, top_m, ground_m, height_m: top_m - ground_m });
  }
  return out.sort((a, b) => b.area_m2 - a.area_m2);
}

/** Cell indices of each label (counting sort), O(cells). */
export function cellsByLabel(labels: Int32Array, sizes: Int32Array, count: number): Int32Array[] {
  const out: Int32Array[] = [new Int32Array(0)];
  for (let k = 1; k <= count; k++) out.push(new Int32Array(sizes[k]!));
  const fill = new Int32Array(count + 1);
  for (let c = 0; c < labels.length; c++) {
    const k = labels[c]!;
    if (k > 0) out[k]![fill[k]!++] = c;
  }
  return out;
}

/** Plan coordinates of the building points of each label. */
function pointsByLabel(points: PointSet, cells: Int32Array, labels: Int32Array, count: number) {
  const sizes = new Int32Array(count + 1);
  for (let t = 0; t < cells.length; t++) if (cells[t]! >= 0) sizes[labels[cells[t]!]!]!++;
  const out = Array.from({ length: count + 1 }, (_, k) => ({
    xs: new Float64Array(sizes[k]!),
    ys: new Float64Array(sizes[k]!),
  }));
  const fill = new Int32Array(count + 1);
  for (let t = 0; t < cells.length; t++) {
    const c = cells[t]!;
    if (c < 0) continue;
    const k = labels[c]!;
    if (k === 0) continue;
    const at = fill[k]!++;
    out[k]!.xs[at] = points.x[t]!;
    out[k]!.ys[at] = points.y[t]!;
  }
  return out;
}

/** Points per m² over the region's cells whose 8 neighbours are in the region too (all cells when none are). */
function interiorDensity(cells: Int32Array, member: (c: number) => boolean, counts: Uint32Array, grid: RasterGrid) {
  const { nx } = grid;
  let n = 0;
  let pts = 0;
  let all = 0;
  for (const c of cells) {
    all += counts[c]!;
    let interior = true;
    for (const d of [-1, 1, -nx, nx, -nx - 1, -nx + 1, nx - 1, nx + 1]) if (!member(c + d)) interior = false;
    if (interior) {
      n += 1;
      pts += counts[c]!;
    }
  }
  const area = grid.cellSize_m * grid.cellSize_m;
  return n > 0 ? pts / (n * area) : all / (cells.length * area);
}

/** Median of the ground cells two cells outside the region (8 directions from each region cell). */
function groundAround(
  cells: Int32Array,
  labels: Int32Array,
  k: number,
  ground: Float32Array,
  grid: RasterGrid,
): number {
  const { nx, ny } = grid;
  const found: number[] = [];
  for (const c of cells) {
    const i = c % nx;
    const j = (c - i) / nx;
    for (let dj = -2; dj <= 2; dj += 2) {
      for (let di = -2; di <= 2; di += 2) {
        const ii = i + di;
        const jj = j + dj;
        if (ii < 0 || jj < 0 || ii >= nx || jj >= ny) continue;
        const n = ii + jj * nx;
        const g = ground[n]!;
        if (labels[n] !== k && g === g) found.push(g);
      }
    }
  }
  if (found.length === 0) return NaN;
  found.sort((a, b) => a - b);
  return found[found.length >> 1]!;
}
