import { accumulateSegment } from './accumulateSegment';
import { sectorOf } from './sectorOf';
import type { SectorTable } from './sectorTable';

/** A point closer than this to an edge's end in plan [m] is taken as lying under it: the edge is skipped. */
const UNDER_EPS_M = 1e-9;

/**
 * Raises a horizon (tangents of elevation per sector) by one straight 3D edge seen from a point, exactly: for each
 * sector the edge spans, the highest elevation of the edge over that sector's azimuth range (`accumulateSegment`).
 * An edge entirely at or below the point's height adds nothing.
 *
 * @param acc tangent of the horizon elevation per sector, raised in place (values ≥ 0 on entry)
 * @param table the sector boundaries (see `sectorTable`)
 * @param px viewpoint east [m]; py north, pz height
 * @param x0 first end east [m]; y0, z0 likewise, then x1, y1, z1 for the second end
 */
export function accumulateEdge(
  acc: Float64Array,
  table: SectorTable,
  px: number,
  py: number,
  pz: number,
  x0: number,
  y0: number,
  z0: number,
  x1: number,
  y1: number,
  z1: number,
): void {
  const az = z0 - pz;
  const bz = z1 - pz;
  if (az <= 0 && bz <= 0) return;
  const ax = x0 - px;
  const ay = y0 - py;
  const bx = x1 - px;
  const by = y1 - py;
  const ra = Math.sqrt(ax * ax + ay * ay);
  const rb = Math.sqrt(bx * bx + by * by);
  if (ra < UNDER_EPS_M || rb < UNDER_EPS_M) return;
  accumulateSegment(acc, table, ax, ay, az, ra, sectorOf(ax, ay, table), bx, by, bz, rb, sectorOf(bx, by, table));
}
