/**
 * Pure: a row of a ground-mounted farm as drawn in 3D. The API gives each row as its ground polygon — the tilted
 * tables seen from above (engine/farm/layoutFarm: depth = slant height × cos tilt) — in [lon, lat]; the client
 * rebuilds the tilted plane from it, the tilt and the azimuth the rows face: the edge on the facing side is the low
 * edge, the far edge is raised by depth × tan(tilt) (= slant height × sin tilt).
 */
import type { Vec3 } from '../../../engine/geo/types';
import type { Ring } from '../data/types';

/**
 * Height of a row's low edge above the ground under it [m]. The brief's ≈ 1 m; fixed racks commonly keep the low edge
 * 0.8–1 m up for mowing or grazing and snow (a drawing choice here, not a design value of the farm).
 */
export const ROW_LIFT_M = 1;

const RAD = Math.PI / 180;

/**
 * The tilted quad of a row: the row polygon's bounding rectangle in the rows' own axes (along the row, towards the
 * facing side), its facing edge at `base_m` and its far edge raised by its depth × tan(tilt).
 * @param ring ground polygon [east m, north m] (≥ 3 points; a rectangle for the engine's rows)
 * @param tilt_deg module tilt [°], within (0, 90)
 * @param azimuth_deg direction the rows face [°] clockwise from north, within [0, 360]
 * @param base_m height of the low edge [m]
 * @returns four corners [east m, north m, height m], counter-clockwise seen from above, low edge first
 * @example tiltedRowQuad([[0,0],[20,0],[20,3.9],[0,3.9]], 25, 180, 1) // low edge y = 0 at 1 m, y = 3.9 at 2.82 m
 */
export function tiltedRowQuad(ring: Ring, tilt_deg: number, azimuth_deg: number, base_m: number): Vec3[] {
  if (ring.length < 3) throw new RangeError(`ring must have at least 3 points, got ${ring.length}`);
  if (!(tilt_deg > 0 && tilt_deg < 90)) throw new RangeError(`tilt_deg must be within (0, 90), got ${tilt_deg}`);
  if (!(azimuth_deg >= 0 && azimuth_deg <= 360))
    throw new RangeError(`azimuth_deg must be within [0, 360], got ${azimuth_deg}`);
  if (!Number.isFinite(base_m)) throw new RangeError(`base_m must be finite, got ${base_m}`);
  // Facing direction f and the direction along the row a (f turned 90° clockwise seen from above), east/north.
  const f: [number, number] = [Math.sin(azimuth_deg * RAD), Math.cos(azimuth_deg * RAD)];
  const a: [number, number] = [-f[1], f[0]];
  const [e0, n0] = ring[0]!;
  let sMin = Infinity;
  let sMax = -Infinity;
  let dMin = Infinity;
  let dMax = -Infinity;
  for (const [e, n] of ring) {
    const s = (e - e0) * a[0] + (n - n0) * a[1];
    const d = (e - e0) * f[0] + (n - n0) * f[1];
    sMin = Math.min(sMin, s);
    sMax = Math.max(sMax, s);
    dMin = Math.min(dMin, d);
    dMax = Math.max(dMax, d);
  }
  const rise = (dMax - dMin) * Math.tan(tilt_deg * RAD);
  const at = (s: number, d: number, z: number): Vec3 => [e0 + s * a[0] + d * f[0], n0 + s * a[1] + d * f[1], z];
  // a then −f turns counter-clockwise (a × −f = +1): low-left, low-right, high-right, high-left.
  return [at(sMin, dMax, base_m), at(sMax, dMax, base_m), at(sMax, dMin, base_m + rise), at(sMin, dMin, base_m + rise)];
}

/** The low edge's height for a row: the highest ground under its corners plus ROW_LIFT_M [m]. */
export function rowBase(ring: Ring, groundAt: (east_m: number, north_m: number) => number): number {
  return Math.max(...ring.map(([e, n]) => groundAt(e, n))) + ROW_LIFT_M;
}
