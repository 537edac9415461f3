import type { SectorTable } from './sectorTable';

/**
 * Raises a horizon (kept as tangents of elevation per sector) by one straight 3D edge, exactly: for each sector the
 * edge spans, its highest elevation over that sector's azimuth range. The edge's ends are given relative to the
 * viewpoint, with their plan distance and sector precomputed (shared by the edges meeting at a vertex).
 *
 * Along the edge Q(t) = a + t·e (t ∈ [0, 1], e = b − a) the elevation tangent is f(t) = z(t) / |Q(t)|_plan with
 * z linear in t: a linear function over the square root of a quadratic, whose derivative vanishes at one point only
 * (the t² terms cancel):
 *   t* = (a_z·(a·e) − e_z·|a|²) / (e_z·(a·e) − a_z·|e|²)   (plan dot products; the closest approach when e_z = 0).
 * The maximum of f over the part of the edge inside a sector is therefore among its values at the sector boundaries
 * the edge crosses (where the boundary ray u meets it: cross(u, a + t·e) = 0, f = z(t) / u·Q(t)), at the edge's ends
 * and at t* when inside. All are evaluated; nothing is sampled. A boundary crossed belongs to both sectors it
 * separates (the maximum over a sector is over its closure).
 *
 * @param acc tangent of the horizon elevation per sector, raised in place (values ≥ 0 on entry)
 * @param table the sector boundaries
 * @param x0 first end east of the viewpoint [m]; y0 north, z0 above
 * @param r0 plan distance of the first end [m], > 0
 * @param s0 sector of the first end (`sectorOf`)
 * @param x1 second end likewise; y1, z1, r1, s1
 */
export function accumulateSegment(
  acc: Float64Array,
  table: SectorTable,
  x0: number,
  y0: number,
  z0: number,
  r0: number,
  s0: number,
  x1: number,
  y1: number,
  z1: number,
  r1: number,
  s1: number,
): void {
  const f0 = z0 / r0;
  const f1 = z1 / r1;
  if (f0 > acc[s0]!) acc[s0] = f0;
  if (f1 > acc[s1]!) acc[s1] = f1;
  const cross = x0 * y1 - y0 * x1;
  // Collinear with the viewpoint in plan: the edge stands in one direction (or over the point): ends suffice.
  if (cross === 0) return;
  // Walk clockwise (increasing azimuth) from a to b.
  const forward = cross < 0;
  const ax = forward ? x0 : x1;
  const ay = forward ? y0 : y1;
  const az = forward ? z0 : z1;
  const ra = forward ? r0 : r1;
  const sa = forward ? s0 : s1;
  const sb = forward ? s1 : s0;
  const ex = (forward ? x1 : x0) - ax;
  const ey = (forward ? y1 : y0) - ay;
  const ez = (forward ? z1 : z0) - az;
  const n = table.sectors;
  let crossings = sb - sa;
  if (crossings < 0) crossings += n;
  if (2 * crossings > n + 2) return; // rounding on a near-collinear edge

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
  let s = sa;
  let tPrev = 0;
  const sin = table.sin;
  const cos = table.cos;
  for (let c = 0; c < crossings; c++) {
    const k = s + 1;
    const ux = sin[k]!;
    const uy = cos[k]!;
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
