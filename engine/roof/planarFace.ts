import { signedArea } from '../geo/signedArea';
import type { LocalPoint, RoofFace, Vec3 } from '../geo/types';
import { newellVector } from './newellVector';

/** A non-vertical plane z = z0_m + gx·x + gy·y in the local frame; (gx, gy) is its upward gradient [m/m]. */
export interface RoofPlane {
  gx: number;
  gy: number;
  z0_m: number;
}

/** Height of a plane above a point [m]. */
function planeHeight(plane: RoofPlane, [x, y]: LocalPoint): number {
  return plane.z0_m + plane.gx * x + plane.gy * y;
}

/**
 * A roof face from its plan outline and its plane: the ring is lifted onto the plane, closed and turned
 * counter-clockwise seen from above; normal, areas, tilt and azimuth all come from the lifted ring itself (Newell's
 * vector), so any holder of the ring recomputes the same values.
 *
 * @param outline plan outline, open or closed, any orientation [m]
 * @param plane the face's plane
 * @param index the face's index within its building
 * @returns the face; tilt [°], azimuth of the downslope direction [°] (180 when flat), areas [m²]
 */
export function planarFace(outline: readonly LocalPoint[], plane: RoofPlane, index: number): RoofFace {
  const first = outline[0];
  const last = outline[outline.length - 1];
  const open = first && last && first[0] === last[0] && first[1] === last[1] ? outline.slice(0, -1) : outline;
  if (open.length < 3) throw new RangeError(`outline must have at least 3 distinct points, got ${open.length}`);
  const ccw = signedArea(open) >= 0 ? open : [...open].reverse();
  const ring: Vec3[] = ccw.map((p) => [p[0], p[1], planeHeight(plane, p)]);
  ring.push([...ring[0]!]);
  const [nx, ny, nz] = newellVector(ring);
  const twiceArea = Math.hypot(nx, ny, nz);
  const normal: Vec3 = twiceArea > 0 ? [nx / twiceArea, ny / twiceArea, nz / twiceArea] : [0, 0, 1];
  const horizontal = Math.hypot(normal[0], normal[1]);
  const tilt_deg = (Math.atan2(horizontal, normal[2]) * 180) / Math.PI;
  let azimuth_deg = horizontal > 0 ? (Math.atan2(normal[0], normal[1]) * 180) / Math.PI : 180;
  if (azimuth_deg < 0) azimuth_deg += 360;
  return { index, ring, normal, tilt_deg, azimuth_deg, area_m2: twiceArea / 2, plan_area_m2: nz / 2 };
}
