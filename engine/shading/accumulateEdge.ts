import type { SectorTable } from './sectorTable';

const TWO_PI = 2 * Math.PI;
/** A point closer than this to an edge's end in plan [m] is taken as lying under it: the edge is skipped. */
const UNDER_EPS_M = 1e-9;

/**
 * Raises a horizon (kept as tangents of elevation) by one straight 3D edge seen from a point, exactly: for each
 * sector the edge spans, the highest elevation of the edge over that sector's azimuth range.
 *
 * Along the edge Q(t) = A + t·(B − A), t ∈ [0, 1], the elevation tangent seen from P is
 *   f(t) = z(t) / |Q(t) − P|_plan, with z(t) = A_z − P_z + t·e_z,
 * a linear function over the square root of a quadratic, so f′(t) = 0 at a single point (the t² terms cancel):
 *   t* = (a_z·(a·e) − e_z·|a|²) / (e_z·(a·e) − a_z·|e|²), a = A − P and e = B − A in plan;
 * for a horizontal edge t* is the edge's closest approach. The maximum of f over the part of the edge inside a
 * sector is therefore among: its values at the sector boundaries the edge crosses (where the boundary ray meets the
 * edge), at the edge's end points, and at t* when t* falls inside. All are evaluated; nothing is sampled.
 *
 * Cost: two atan2 and two square roots per edge, one division pair per sector boundary crossed.
 *
 * @param acc tangent of the horizon elevation per sector, raised in place (values ≥ 0 on entry)
 * @param table the sector boundaries (see `sectorTable`)
 * @param px viewpoint east [m]
 * @param py viewpoint north [m]
 * @param pz viewpoint height [m]
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
  let az = z0 - pz;
  let bz = z1 - pz;
  if (az <= 0 && bz <= 0) return;
  let ax = x0 - px;
  let ay = y0 - py;
  let bx = x1 - px;
  let by = y1 - py;
  let ra = Math.sqrt(ax * ax + ay * ay);
  let rb = Math.sqrt(bx * bx + by * by);
  if (ra < UNDER_EPS_M || rb < UNDER_EPS_M) return;
  let phiA = Math.atan2(ax, ay);
  if (phiA < 0) phiA += TWO_PI;
  let phiB = Math.atan2(bx, by);
  if (phiB < 0) phiB += TWO_PI;
  let span = phiB - phiA;
  if (span < -Math.PI) span += TWO_PI;
  else if (span > Math.PI) span -= TWO_PI;
  if (span < 0) {
    // Walk clockwise (increasing azimuth) from A to B.
    let tmp = ax;
    ax = bx;
    bx = tmp;
    tmp = ay;
    ay = by;
    by = tmp;
    tmp = az;
    az = bz;
    bz = tmp;
    tmp = ra;
    ra = rb;
    rb = tmp;
    tmp = phiA;
    phiA = phiB;
    phiB = tmp;
    span = -span;
  }
  // The point lies on the edge in plan: the edge stands straight over it (walls meet there), no direction to give.
  if (span >= Math.PI - 1e-12) return;

  const n = table.sectors;
  let sa = Math.floor(phiA / table.width_rad);
  if (sa >= n) sa = n - 1;
  let sb = Math.floor(phiB / table.width_rad);
  if (sb >= n) sb = n - 1;
  const fa = az / ra;
  const fb = bz / rb;
  if (fa > acc[sa]!) acc[sa] = fa;
  if (fb > acc[sb]!) acc[sb] = fb;

  const ex = bx - ax;
  const ey = by - ay;
  const ez = bz - az;
  const ae = ax * ex + ay * ey;
  const den = ez * ae - az * (ex * ex + ey * ey);
  let tc = den !== 0 ? (az * ae - ez * ra * ra) / den : -1;
  let fc = 0;
  if (tc > 0 && tc < 1 && az + tc * ez > 0) {
    const qx = ax + tc * ex;
    const qy = ay + tc * ey;
    fc = (az + tc * ez) / Math.sqrt(qx * qx + qy * qy);
  } else {
    tc = -1;
  }

  let crossings = sb - sa;
  if (crossings < 0) crossings += n;
  let s = sa;
  let tPrev = 0;
  const sin = table.sin;
  const cos = table.cos;
  for (let c = 0; c < crossings; c++) {
    const k = s + 1;
    const ux = sin[k]!;
    const uy = cos[k]!;
    // Boundary ray u meets the edge where cross(u, a + t·e) = 0.
    let t = -(ux * ay - uy * ax) / (ux * ey - uy * ex);
    if (!(t > 0)) t = 0;
    else if (t > 1) t = 1;
    const next = k === n ? 0 : k;
    if (tc > tPrev && tc <= t && fc > acc[s]!) acc[s] = fc;
    const dist = ux * (ax + t * ex) + uy * (ay + t * ey);
    if (dist > 0) {
      const f = (az + t * ez) / dist;
      if (f > acc[s]!) acc[s] = f;
      if (f > acc[next]!) acc[next] = f;
    }
    s = next;
    tPrev = t;
  }
  if (tc > tPrev && fc > acc[s]!) acc[s] = fc;
}
