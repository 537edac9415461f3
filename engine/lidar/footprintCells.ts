import { pointInRing } from '../geo/pointInRing';
import type { LocalPoint } from '../geo/types';
import type { PlanRing } from './types';

/**
 * Cells of an nx × ny raster (south-west corner (x0, y0), side cell_m) that meet the footprint: a corner or the centre
 * inside it, or a footprint vertex inside the cell. These are the cells a face's outline may cover before it is
 * clipped to the footprint, so that clipping, not the raster, sets the faces' outer edges.
 */
export function footprintCells(
  footprint: PlanRing,
  x0: number,
  y0: number,
  nx: number,
  ny: number,
  cell_m: number,
): Uint8Array {
  const ring = footprint as LocalPoint[];
  const corner = new Uint8Array((nx + 1) * (ny + 1));
  for (let j = 0; j <= ny; j++) {
    for (let i = 0; i <= nx; i++)
      corner[i + j * (nx + 1)] = pointInRing([x0 + i * cell_m, y0 + j * cell_m], ring) ? 1 : 0;
  }
  const inside = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const w = nx + 1;
      const any = corner[i + j * w]! | corner[i + 1 + j * w]! | corner[i + (j + 1) * w]! | corner[i + 1 + (j + 1) * w]!;
      inside[i + j * nx] = any || pointInRing([x0 + (i + 0.5) * cell_m, y0 + (j + 0.5) * cell_m], ring) ? 1 : 0;
    }
  }
  for (const [px, py] of ring) {
    const i = Math.floor((px - x0) / cell_m);
    const j = Math.floor((py - y0) / cell_m);
    if (i >= 0 && j >= 0 && i < nx && j < ny) inside[i + j * nx] = 1;
  }
  return inside;
}
