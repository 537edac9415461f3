import { signedArea } from '../geo/signedArea';
import { traceCellOutline } from './outlineCells';
import { fitRingToPoints } from './outlineFitToPoints';
import { regularizeRing } from './outlineRegularize';
import { simplifyRingIndices } from './outlineSimplify';
import type { RasterGrid } from './rasterGrid';
import type { PlanPoint, PlanRing } from './types';

/**
 * Closed, simplified (and optionally regularised) rings of one region of cells: exterior counter-clockwise first,
 * then the holes of at least `minHole_m2`, clockwise. Empty when the exterior degenerates.
 *
 * @param member whether a cell belongs to the region
 * @param cells the region's cells
 * @param options simplify_m [m] (default 0.5), regularize (default true)
 * @param minHole_m2 smallest hole kept [m²]
 * @param fit the region's points and density, to move the edges onto them (outlineFitToPoints)
 */
export function outlineRings(
  member: (cell: number) => boolean,
  cells: ArrayLike<number>,
  grid: RasterGrid,
  options: { simplify_m?: number; regularize?: boolean },
  minHole_m2: number,
  fit?: { xs: ArrayLike<number>; ys: ArrayLike<number>; density_m2: number },
): PlanRing[] {
  const tolerance_m = options.simplify_m ?? grid.cellSize_m;
  const regular = options.regularize ?? true;
  const { outer, holes } = traceCellOutline(member, cells, grid);
  const tidy = (raw: PlanPoint[]): PlanRing => {
    const kept = simplifyRingIndices(raw, tolerance_m);
    let ring = regular ? regularizeRing(raw, kept) : kept.map((k) => raw[k]!);
    if (fit && fit.density_m2 > 0) ring = fitRingToPoints(ring, fit.xs, fit.ys, fit.density_m2);
    return [...ring, [ring[0]![0], ring[0]![1]]];
  };
  if (outer.length < 4) return [];
  const exterior = tidy(outer);
  if (!(signedArea(exterior) > 0)) return [];
  const inner = holes.map(tidy).filter((h) => h.length >= 4 && -signedArea(h) >= minHole_m2);
  return [exterior, ...inner];
}
