import { convexHull } from '../geo/convexHull';
import { signedArea } from '../geo/signedArea';
import { findTreeTops } from './crownsTreeTops';
import { growCrowns } from './crownsWatershed';
import type { RasterGrid } from './rasterGrid';
import { smoothBinomial3 } from './rasterSmooth';
import type { PlanPoint, PlanRing } from './types';

/** A crown found on a canopy height raster. */
export interface CanopyCrown {
  /** Convex hull of the crown's cells (their corners), counter-clockwise, closed [m]. */
  outline: PlanRing;
  area_m2: number;
  /** Highest cell of the crown above the ground [m]. */
  height_m: number;
  /** Cells of the crown. */
  cells: number;
  /** Index of its top cell. */
  topCell: number;
}

export interface CanopyCrownOptions {
  /** Lowest tree top kept [m], default 3 (as extractTreeCrowns: lower vegetation hardly shades a roof — assumption). */
  minHeight_m?: number;
  /** Smallest crown kept [m²], default 2 (as extractTreeCrowns, an assumption). */
  minArea_m2?: number;
  /**
   * Fewest cells with a measured height in a crown, default 4 (1 m² at 0.5 m): on a thinned cloud a lone return
   * smoothed over its neighbours is not a tree, while a 3 m-radius crown still holds ≈ 8 returns at 0.29 points/m².
   */
  minCells?: number;
}

/**
 * Tree crowns from a canopy height raster (height of the vegetation above the ground per cell, NaN where none): the
 * same steps as extractTreeCrowns after its canopy model — binomial smoothing, tops in a Popescu–Wynne window,
 * marker-controlled watershed — for inputs that are rasters already (IGN's MNH, MNS − MNT, or the vegetation grid of
 * a streamed point cloud). Cells flagged in `excluded` (building footprints) are never crown.
 *
 * @param chm nx·ny heights above the ground [m]
 * @param grid its grid
 * @param excluded nx·ny flags, 1 = not vegetation (e.g. under a building), or null
 * @returns crowns, tallest first
 */
export function treesFromCanopy(
  chm: Float32Array,
  grid: RasterGrid,
  excluded: Uint8Array | null,
  options: CanopyCrownOptions = {},
): CanopyCrown[] {
  const minHeight_m = options.minHeight_m ?? 3;
  const minArea_m2 = options.minArea_m2 ?? 2;
  const minCells = options.minCells ?? 4;
  const { nx, cellSize_m: s, x0_m, y0_m } = grid;
  if (chm.length !== nx * grid.ny)
    throw new RangeError(`chm must hold nx·ny = ${nx * grid.ny} cells, got ${chm.length}`);
  const masked = Float32Array.from(chm, (v, c) => (excluded && excluded[c] ? Number.NaN : v));
  const smooth = smoothBinomial3(masked, grid);
  // Smoothing spreads heights into the excluded cells; they stay out.
  if (excluded) for (let c = 0; c < smooth.length; c++) if (excluded[c]) smooth[c] = Number.NaN;
  const tops = findTreeTops(smooth, grid, minHeight_m);
  const labels = growCrowns(smooth, grid, tops, { minHeight_m });
  const corners: PlanPoint[][] = Array.from({ length: tops.length + 1 }, () => []);
  const height = new Float64Array(tops.length + 1).fill(-Infinity);
  const count = new Int32Array(tops.length + 1);
  for (let c = 0; c < labels.length; c++) {
    const label = labels[c]!;
    // Only cells with a measured height count: smoothing spreads heights into empty cells around sparse returns.
    if (label === 0 || Number.isNaN(masked[c]!)) continue;
    const i = c % nx;
    const j = (c - i) / nx;
    const x = x0_m + i * s;
    const y = y0_m + j * s;
    corners[label]!.push([x, y], [x + s, y], [x + s, y + s], [x, y + s]);
    const h = masked[c]!;
    if (h > height[label]!) height[label] = h;
    count[label]! += 1;
  }
  const out: CanopyCrown[] = [];
  for (let label = 1; label <= tops.length; label++) {
    if (count[label]! < minCells || !(height[label]! >= minHeight_m)) continue;
    const hull = convexHull(corners[label]!);
    const area_m2 = signedArea(hull);
    if (hull.length < 3 || area_m2 < minArea_m2) continue;
    out.push({
      outline: [...hull, [hull[0]![0], hull[0]![1]]],
      area_m2,
      height_m: height[label]!,
      cells: count[label]!,
      topCell: tops[label - 1]!,
    });
  }
  return out.sort((a, b) => b.height_m - a.height_m);
}
