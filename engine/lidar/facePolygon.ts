import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';
import { intersectRings } from '../roof/intersectRings';
import { cellOutline } from './cellOutline';
import { chamferCorners } from './chamferCorners';
import { simplifyRing } from './simplifyRing';
import type { PlanPoint } from './types';

/**
 * Plan outline of one face: the outer boundary of its raster cells (holes — a dormer's own face, a skylight — are
 * covered: downstream a face is one ring, and the superstructures say what stands on it), its staircase corners cut (`chamferCorners`), simplified by
 * Douglas–Peucker, then clipped to the footprint (turf/polyclip-ts through engine/roof/intersectRings), so the face
 * lies inside the footprint and its outer edges are the footprint's own. When the cells or the clip leave several
 * pieces, the largest is the face (the others are raster debris along the footprint's edge).
 *
 * @param openFootprint the footprint as an open ring [m]
 * @returns an open counter-clockwise ring [m], or null when nothing of at least `minArea_m2` remains
 */
export function facePolygon(
  label: Int32Array,
  face: number,
  nx: number,
  ny: number,
  x0: number,
  y0: number,
  cell_m: number,
  openFootprint: readonly LocalPoint[],
  simplify_m: number,
  minArea_m2: number,
): PlanPoint[] | null {
  const outers = cellOutline(label, face, nx, ny, x0, y0, cell_m).filter((loop) => signedArea(loop) > 0);
  let best: PlanPoint[] | null = null;
  let bestArea = minArea_m2;
  for (const outer of outers) {
    const simplified = simplifyRing(chamferCorners(outer, cell_m / 2), simplify_m);
    for (const polygon of intersectRings([simplified], [openFootprint as LocalPoint[]])) {
      const exterior = polygon[0];
      if (!exterior || exterior.length < 3) continue;
      const area = Math.abs(signedArea(exterior));
      if (area < bestArea) continue;
      bestArea = area;
      best = signedArea(exterior) > 0 ? exterior : [...exterior].reverse();
    }
  }
  return best;
}
