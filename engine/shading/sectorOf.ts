import type { SectorTable } from './sectorTable';

const HALF_PI = Math.PI / 2;
const TWO_PI = 2 * Math.PI;

/**
 * The sector holding a plan direction, without atan2: a polynomial arctangent (Abramowitz & Stegun 4.4.49 form,
 * |error| < 1e-5 rad, far below a sector's width) picks a candidate, then exact sign tests against the boundary
 * rays of the table correct it by one when needed. The result is thus consistent with the boundary rays that
 * `accumulateSegment` intersects: a direction on boundary k belongs to sector k.
 *
 * @param x east component (not both zero)
 * @param y north component
 * @param table the sector boundaries
 * @returns sector index within [0, sectors)
 * @example sectorOf(0, -1, sectorTable(72)) // 36 (due south)
 */
export function sectorOf(x: number, y: number, table: SectorTable): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const t = ax < ay ? ax / ay : ay / ax;
  const t2 = t * t;
  let q =
    t * (0.99997726 + t2 * (-0.33262347 + t2 * (0.19354346 + t2 * (-0.11643287 + t2 * (0.05265332 - t2 * 0.0117212)))));
  if (ax >= ay) q = HALF_PI - q;
  const azimuth = x >= 0 ? (y >= 0 ? q : Math.PI - q) : y < 0 ? Math.PI + q : TWO_PI - q;
  const n = table.sectors;
  let s = Math.floor(azimuth / table.width_rad);
  if (s >= n) s = n - 1;
  else if (s < 0) s = 0;
  const sin = table.sin;
  const cos = table.cos;
  // cross(u_k, p) = sin·y − cos·x is > 0 when p lies before boundary k (counter-clockwise of it).
  if (sin[s]! * y - cos[s]! * x > 0) return s === 0 ? n - 1 : s - 1;
  if (sin[s + 1]! * y - cos[s + 1]! * x <= 0) return s === n - 1 ? 0 : s + 1;
  return s;
}
