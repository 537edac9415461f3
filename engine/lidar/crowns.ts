import { convexHull } from '../geo/convexHull';
import { signedArea } from '../geo/signedArea';
import { canopyHeightModel } from './canopyHeightModel';
import { findTreeTops } from './crownsTreeTops';
import { growCrowns } from './crownsWatershed';
import { fillHoles } from './rasterFillHoles';
import { createRasterGrid, pointCells } from './rasterGrid';
import { rasterizeExtreme } from './rasterMax';
import { smoothBinomial3 } from './rasterSmooth';
import { LAS_CLASS, type PlanPoint, type PlanRing, type PointSet } from './types';

export interface CrownOptions {
  /** Cell side [m], default 0.5. */
  cellSize_m?: number;
  /**
   * Lowest tree top kept [m], default 3: lower vegetation (hedges, shrubs) hardly shades a roof — an assumption
   * (a 3 m hedge 3 m from a 6 m eave rises 0° above it), not a published threshold.
   */
  minHeight_m?: number;
  /** Smallest crown kept, by its outline's area [m²], default 2 (an assumption: about a 1.6 m wide crown). */
  minArea_m2?: number;
  /** Class-3 returns count as vegetation above this height [m], default 2. */
  lowVegetationAbove_m?: number;
  /** Lowest return kept in a crown and the floor of the crown base [m], default 1 (trunks, undergrowth below). */
  baseFloor_m?: number;
  /** Watershed: fraction of the seed's height below which a cell is not crown, default 0.45. */
  seedFraction?: number;
  /** Watershed: largest crown radius [m], default 8. */
  maxRadius_m?: number;
}

/** One tree crown, to be used as an opaque obstacle in the shading horizons (docs/lidar-trees.md). */
export interface TreeCrown {
  /** Convex hull of the crown's returns, counter-clockwise, closed [m]. */
  outline: PlanRing;
  /** Area of the outline [m²]. */
  area_m2: number;
  /** Plan position of the top: the smoothed canopy maximum, refined to a fraction of a cell [m]. */
  top: PlanPoint;
  /** Altitude of the highest return of the crown [m]. */
  topAltitude_m: number;
  /** Height of the highest return above the ground under it [m]. */
  height_m: number;
  /** Crown base: the lowest return of the crown at least baseFloor_m above the ground [m above ground]. */
  crownBase_m: number;
  /** Ground altitude under the top [m]. */
  ground_m: number;
  /** Number of vegetation returns in the crown (those ≥ baseFloor_m above the ground). */
  pointCount: number;
}

/**
 * Tree crowns from a classified cloud: ground raster (lowest class-2 return per cell, holes filled over 4 cells) →
 * canopy height model (canopyHeightModel) → 3 × 3 binomial smoothing → tops as local maxima in a window of the
 * expected crown width (Popescu & Wynne 2004) → marker-controlled watershed (Dalponte & Coomes 2016 criteria) →
 * per crown the convex hull of its returns, its highest return and its lowest one above baseFloor_m.
 * O(n + cells log cells).
 *
 * @param points classified cloud [m]
 * @param options thresholds (CrownOptions)
 * @returns crowns, tallest first
 * @example extractTreeCrowns(points).map((c) => c.height_m)
 */
export function extractTreeCrowns(points: PointSet, options: CrownOptions = {}): TreeCrown[] {
  const minHeight_m = options.minHeight_m ?? 3;
  const minArea_m2 = options.minArea_m2 ?? 2;
  const baseFloor_m = options.baseFloor_m ?? 1;
  if (!(minHeight_m >= 0)) throw new RangeError(`minHeight_m must be ≥ 0, got ${minHeight_m}`);
  if (points.count === 0) return [];
  const grid = createRasterGrid(points, options.cellSize_m ?? 0.5, 2);
  const groundRaw = rasterizeExtreme(points, grid, pointCells(points, grid, [LAS_CLASS.ground]), -1);
  const ground = fillHoles(groundRaw, grid, 4);
  const { chm, cells, heights } = canopyHeightModel(points, grid, ground, options.lowVegetationAbove_m ?? 2);
  const smooth = smoothBinomial3(chm, grid);
  const tops = findTreeTops(smooth, grid, minHeight_m);
  const labels = growCrowns(smooth, grid, tops, {
    minHeight_m,
    seedFraction: options.seedFraction,
    maxRadius_m: options.maxRadius_m,
  });
  const n = tops.length;
  const members: PlanPoint[][] = Array.from({ length: n + 1 }, () => []);
  const topZ = new Float64Array(n + 1).fill(-Infinity);
  const topH = new Float64Array(n + 1).fill(-Infinity);
  const base = new Float64Array(n + 1).fill(Infinity);
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (c < 0) continue;
    const label = labels[c]!;
    const h = heights[k]!;
    if (label === 0 || !(h >= baseFloor_m)) continue;
    members[label]!.push([points.x[k]!, points.y[k]!]);
    if (points.z[k]! > topZ[label]!) {
      topZ[label] = points.z[k]!;
      topH[label] = h;
    }
    if (h < base[label]!) base[label] = h;
  }
  const out: TreeCrown[] = [];
  for (let label = 1; label <= n; label++) {
    const pts = members[label]!;
    if (pts.length < 3) continue;
    const hull = convexHull(pts);
    const area_m2 = signedArea(hull);
    if (hull.length < 3 || area_m2 < minArea_m2) continue;
    const seed = tops[label - 1]!;
    out.push({
      outline: [...hull, [hull[0]![0], hull[0]![1]]],
      area_m2,
      top: refinedPeak(smooth, grid, seed),
      topAltitude_m: topZ[label]!,
      height_m: topH[label]!,
      crownBase_m: base[label]!,
      ground_m: ground[seed]!,
      pointCount: pts.length,
    });
  }
  return out.sort((a, b) => b.height_m - a.height_m);
}

/** Centre of a peak cell moved by a parabola through it and its neighbours along x and y (at most half a cell). */
function refinedPeak(
  chm: Float32Array,
  grid: { nx: number; x0_m: number; y0_m: number; cellSize_m: number },
  c: number,
) {
  const { nx, cellSize_m } = grid;
  const i = c % nx;
  const j = (c - i) / nx;
  const offset = (a: number, m: number, b: number): number => {
    const d = a - 2 * m + b;
    return a === a && b === b && d < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - b)) / d)) : 0;
  };
  const di = offset(chm[c - 1]!, chm[c]!, chm[c + 1]!);
  const dj = offset(chm[c - nx]!, chm[c]!, chm[c + nx]!);
  return [grid.x0_m + (i + 0.5 + di) * cellSize_m, grid.y0_m + (j + 0.5 + dj) * cellSize_m] as PlanPoint;
}
