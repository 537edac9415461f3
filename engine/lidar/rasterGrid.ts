import type { PointSet } from './types';

/**
 * A regular grid in plan over a PointSet's metres: cell (i, j) covers x ∈ [x0 + i·size, x0 + (i+1)·size),
 * y ∈ [y0 + j·size, y0 + (j+1)·size); its index is i + j·nx (rows go north). Rasters over a grid are typed arrays
 * of length nx·ny in that order, NaN where a cell holds no value.
 */
export interface RasterGrid {
  /** West edge of column 0 [m]. */
  readonly x0_m: number;
  /** South edge of row 0 [m]. */
  readonly y0_m: number;
  /** Cell side [m]. */
  readonly cellSize_m: number;
  /** Number of columns (east). */
  readonly nx: number;
  /** Number of rows (north). */
  readonly ny: number;
}

/** Default cell side [m]: IGN LiDAR HD's nominal density (10 pts/m²) puts about 2.5 points in a 0.5 m cell. */
export const DEFAULT_CELL_SIZE_M = 0.5;

/** Refuse grids beyond this many cells (a 4 km × 4 km tile at 0.5 m): a wrong origin would otherwise allocate GBs. */
const MAX_CELLS = 64_000_000;

/**
 * The grid covering every point of a PointSet (optionally only those of some classes), snapped to multiples of the
 * cell size so that grids built from neighbouring clouds line up.
 *
 * @param points the cloud [m]
 * @param cellSize_m cell side [m], default 0.5
 * @param margin_cells empty cells added on each side (room for morphology), default 1
 * @example createRasterGrid(points, 0.5).nx // columns
 */
export function createRasterGrid(points: PointSet, cellSize_m = DEFAULT_CELL_SIZE_M, margin_cells = 1): RasterGrid {
  if (!(Number.isFinite(cellSize_m) && cellSize_m > 0)) {
    throw new RangeError(`cellSize_m must be a positive number, got ${cellSize_m}`);
  }
  if (!(Number.isInteger(margin_cells) && margin_cells >= 0)) {
    throw new RangeError(`margin_cells must be a non-negative integer, got ${margin_cells}`);
  }
  if (points.count < 1) throw new RangeError('points must hold at least one point, got 0');
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const { x, y } = points;
  for (let k = 0; k < points.count; k++) {
    const px = x[k]!;
    const py = y[k]!;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  }
  const x0_m = (Math.floor(minX / cellSize_m) - margin_cells) * cellSize_m;
  const y0_m = (Math.floor(minY / cellSize_m) - margin_cells) * cellSize_m;
  const nx = Math.floor((maxX - x0_m) / cellSize_m) + 1 + margin_cells;
  const ny = Math.floor((maxY - y0_m) / cellSize_m) + 1 + margin_cells;
  if (!(nx * ny <= MAX_CELLS)) throw new RangeError(`the grid would hold ${nx} × ${ny} cells, more than ${MAX_CELLS}`);
  return { x0_m, y0_m, cellSize_m, nx, ny };
}

/** Index of the cell holding (x, y), or −1 outside the grid. */
export function cellIndexAt(grid: RasterGrid, x_m: number, y_m: number): number {
  const i = Math.floor((x_m - grid.x0_m) / grid.cellSize_m);
  const j = Math.floor((y_m - grid.y0_m) / grid.cellSize_m);
  return i >= 0 && i < grid.nx && j >= 0 && j < grid.ny ? i + j * grid.nx : -1;
}

/** Centre of cell `index` [m]. */
export function cellCenter(grid: RasterGrid, index: number): [x_m: number, y_m: number] {
  const i = index % grid.nx;
  const j = (index - i) / grid.nx;
  return [grid.x0_m + (i + 0.5) * grid.cellSize_m, grid.y0_m + (j + 0.5) * grid.cellSize_m];
}

/**
 * Cell index of every point (−1 outside the grid or not of the classes), computed once so that several rasters over
 * the same grid do not redo the arithmetic.
 *
 * @param classes ASPRS codes to keep; all points when omitted
 */
export function pointCells(points: PointSet, grid: RasterGrid, classes?: readonly number[]): Int32Array {
  const keep = classMask(classes);
  const cells = new Int32Array(points.count);
  const { x0_m, y0_m, cellSize_m, nx, ny } = grid;
  const inv = 1 / cellSize_m;
  for (let k = 0; k < points.count; k++) {
    if (!keep[points.classification[k]!]) {
      cells[k] = -1;
      continue;
    }
    const i = Math.floor((points.x[k]! - x0_m) * inv);
    const j = Math.floor((points.y[k]! - y0_m) * inv);
    cells[k] = i >= 0 && i < nx && j >= 0 && j < ny ? i + j * nx : -1;
  }
  return cells;
}

/** A 256-entry lookup, 1 for the listed ASPRS classes (all when `classes` is omitted). */
export function classMask(classes?: readonly number[]): Uint8Array {
  const mask = new Uint8Array(256);
  if (!classes) return mask.fill(1);
  for (const c of classes) {
    if (!(Number.isInteger(c) && c >= 0 && c <= 255)) throw new RangeError(`classes must be codes 0-255, got ${c}`);
    mask[c] = 1;
  }
  return mask;
}
