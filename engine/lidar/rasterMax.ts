import type { RasterGrid } from './rasterGrid';
import { pointCells } from './rasterGrid';
import type { PointSet } from './types';

/**
 * Highest altitude per cell (a DSM-like raster when given every class), O(n).
 *
 * @param points the cloud [m]
 * @param grid the grid (createRasterGrid)
 * @param classes ASPRS codes to keep (e.g. [6] for buildings); all points when omitted
 * @returns nx·ny altitudes [m], NaN where no kept point falls
 * @example rasterizeMax(points, grid, [3, 4, 5]) // vegetation surface
 */
export function rasterizeMax(points: PointSet, grid: RasterGrid, classes?: readonly number[]): Float32Array {
  return rasterizeExtreme(points, grid, pointCells(points, grid, classes), 1);
}

/**
 * Lowest altitude per cell (a DTM-like raster when given the ground class, [2]), O(n).
 *
 * @returns nx·ny altitudes [m], NaN where no kept point falls
 * @example rasterizeMin(points, grid, [2]) // ground, with holes under buildings (see fillHoles)
 */
export function rasterizeMin(points: PointSet, grid: RasterGrid, classes?: readonly number[]): Float32Array {
  return rasterizeExtreme(points, grid, pointCells(points, grid, classes), -1);
}

/** Max (sign 1) or min (sign −1) of z per cell over precomputed point cells (−1 = skip). */
export function rasterizeExtreme(points: PointSet, grid: RasterGrid, cells: Int32Array, sign: 1 | -1): Float32Array {
  const out = new Float32Array(grid.nx * grid.ny).fill(NaN);
  const z = points.z;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (c < 0) continue;
    const v = z[k]!;
    const old = out[c]!;
    // NaN compares false: the first point always lands.
    if (!(sign * old >= sign * v)) out[c] = v;
  }
  return out;
}

/** Number of kept points per cell, O(n). */
export function rasterizeCount(grid: RasterGrid, cells: Int32Array): Uint32Array {
  const out = new Uint32Array(grid.nx * grid.ny);
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (c >= 0) out[c]!++;
  }
  return out;
}
