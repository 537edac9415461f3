import type { LocalPoint } from '../geo/types';
import { pointSegmentDistance } from './segmentDistance';
import { edgesOf, pointInEdges, type Edge, type Exclusion } from './tableFits';

/** Samples of the buildable-area estimate (a grid of about this many cells over the site's bounding box). */
export const BUILDABLE_SAMPLES = 40_000;

/**
 * Area inside the site, at least `setback_m` from its boundary and outside every exclusion [m²], estimated by the
 * centres of a square grid of ≈ BUILDABLE_SAMPLES cells over the site's bounding box (the error is of the order of
 * the boundary length × half a cell: ≈ 1 % for a 32-ha square). The tables themselves are placed with exact
 * geometry (tableFits); this figure is only reported.
 *
 * @param siteEdges the site's edges (edgesOf)
 * @param exclusions exclusion rings with their bounding boxes
 * @param setback_m [m], ≥ 0
 */
export function buildableArea(siteEdges: readonly Edge[], exclusions: readonly Exclusion[], setback_m: number): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const e of siteEdges) {
    minX = Math.min(minX, e.minX);
    maxX = Math.max(maxX, e.maxX);
    minY = Math.min(minY, e.minY);
    maxY = Math.max(maxY, e.maxY);
  }
  const cell = Math.sqrt(((maxX - minX) * (maxY - minY)) / BUILDABLE_SAMPLES);
  if (!(cell > 0)) return 0;
  const exclusionEdges = exclusions.map((x) => ({ box: x, edges: edgesOf(x.ring) }));
  let count = 0;
  for (let y = minY + cell / 2; y < maxY; y += cell) {
    const near = siteEdges.filter((e) => e.maxY >= y - setback_m && e.minY <= y + setback_m);
    for (let x = minX + cell / 2; x < maxX; x += cell) {
      const p: LocalPoint = [x, y];
      if (!pointInEdges(p, near)) continue;
      if (setback_m > 0 && near.some((e) => pointSegmentDistance(p, e.a, e.b) < setback_m)) continue;
      if (
        exclusionEdges.some(
          ({ box, edges }) =>
            x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY && pointInEdges(p, edges),
        )
      )
        continue;
      count++;
    }
  }
  return count * cell * cell;
}
