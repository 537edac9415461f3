import { sectorOf } from './sectorOf';
import type { SectorTable } from './sectorTable';
import type { ShadingScene } from './types';

/**
 * Whether a building cannot raise a horizon any more: no point of it can appear higher than
 * (top − z) / (plan distance from the point to its bounding box), and every sector its bounding box may cover
 * already holds at least that. The sectors covered lie within the box's circumscribed circle, of angular radius
 * asin(ρ/d) ≤ ρ/√(d² − ρ²) seen from a point at distance d from its centre. A conservative test: true only when
 * adding the building would change nothing.
 *
 * @param acc tangent of the horizon elevation per sector so far
 * @param table the sector boundaries
 * @param scene the scene
 * @param b building index
 * @param px viewpoint east [m]; py north, pz height
 */
export function buildingHidden(
  acc: Float64Array,
  table: SectorTable,
  scene: ShadingScene,
  b: number,
  px: number,
  py: number,
  pz: number,
): boolean {
  const bounds = scene.buildingBounds;
  const o = 4 * b;
  const x0 = bounds[o]!;
  const y0 = bounds[o + 1]!;
  const x1 = bounds[o + 2]!;
  const y1 = bounds[o + 3]!;
  const dx = Math.max(0, x0 - px, px - x1);
  const dy = Math.max(0, y0 - py, py - y1);
  const near2 = dx * dx + dy * dy;
  if (near2 < 1) return false;
  const bound = (scene.buildingTop_m[b]! - pz) / Math.sqrt(near2);
  const cx = (x0 + x1) / 2 - px;
  const cy = (y0 + y1) / 2 - py;
  const rho2 = ((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)) / 4;
  const half = Math.sqrt(rho2 / (cx * cx + cy * cy - rho2));
  const n = table.sectors;
  const m = Math.ceil(half / table.width_rad);
  if (!(4 * m < n)) return false;
  const s = sectorOf(cx, cy, table) + n;
  for (let j = s - m; j <= s + m; j++) if (acc[j % n]! < bound) return false;
  return true;
}
