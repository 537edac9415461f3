import type { RasterGrid } from './rasterGrid';
import { LAS_CLASS, type PointSet } from './types';

/** A canopy height model and the vegetation points it was made of. */
export interface CanopyHeightModel {
  /** nx·ny highest vegetation return above the ground per cell [m]; NaN where no vegetation point counts. */
  chm: Float32Array;
  /** Cell of each point counted as vegetation, −1 for the others (other classes, low returns, no ground). */
  cells: Int32Array;
  /** Height above the ground of each counted point [m] (NaN for the others). */
  heights: Float32Array;
}

/**
 * Canopy height model: per cell the highest vegetation return minus the ground altitude of its cell. Vegetation is
 * IGN LiDAR HD's medium and high classes (4: 0.5–1.5 m, 5: > 1.5 m) and, when `lowVegetationAbove_m` is finite,
 * low vegetation (3) higher than that above the ground (misclassified hedges and young trees). Points over a cell
 * with no ground value (NaN after fillHoles) are skipped. O(n).
 *
 * @param points classified cloud [m]
 * @param grid the grid of `ground`
 * @param ground nx·ny ground altitude [m] (rasterizeMin of class 2, then fillHoles)
 * @param lowVegetationAbove_m class-3 returns count above this height [m], default 2; Infinity to ignore class 3
 * @example canopyHeightModel(points, grid, fillHoles(rasterizeMin(points, grid, [2]), grid, 4)).chm
 */
export function canopyHeightModel(
  points: PointSet,
  grid: RasterGrid,
  ground: Float32Array,
  lowVegetationAbove_m = 2,
): CanopyHeightModel {
  const { nx, ny, x0_m, y0_m, cellSize_m } = grid;
  if (ground.length !== nx * ny)
    throw new RangeError(`ground must hold nx·ny = ${nx * ny} cells, got ${ground.length}`);
  if (Number.isNaN(lowVegetationAbove_m)) throw new RangeError('lowVegetationAbove_m must be a number, got NaN');
  const chm = new Float32Array(nx * ny).fill(NaN);
  const cells = new Int32Array(points.count).fill(-1);
  const heights = new Float32Array(points.count).fill(NaN);
  const inv = 1 / cellSize_m;
  for (let k = 0; k < points.count; k++) {
    const cls = points.classification[k]!;
    const veg = cls === LAS_CLASS.mediumVegetation || cls === LAS_CLASS.highVegetation;
    if (!veg && cls !== LAS_CLASS.lowVegetation) continue;
    const i = Math.floor((points.x[k]! - x0_m) * inv);
    const j = Math.floor((points.y[k]! - y0_m) * inv);
    if (i < 0 || i >= nx || j < 0 || j >= ny) continue;
    const c = i + j * nx;
    const g = ground[c]!;
    if (g !== g) continue;
    const h = points.z[k]! - g;
    if (!veg && !(h > lowVegetationAbove_m)) continue;
    cells[k] = c;
    heights[k] = h;
    if (!(chm[c]! >= h)) chm[c] = h;
  }
  return { chm, cells, heights };
}
