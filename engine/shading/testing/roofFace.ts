import type { RoofFace, Vec3 } from '../../solar/contracts';

/**
 * Test helper: a RoofFace from its vertices (open ring, counter-clockwise seen from above), with its normal by
 * Newell's method, tilt, azimuth and areas as engine/solar/contracts defines them.
 *
 * @param index face index within its building
 * @param vertices open ring [m]
 */
export function roofFace(index: number, vertices: Vec3[]): RoofFace {
  let nx = 0;
  let ny = 0;
  let nz = 0;
  for (let i = 0; i < vertices.length; i++) {
    const [x0, y0, z0] = vertices[i]!;
    const [x1, y1, z1] = vertices[(i + 1) % vertices.length]!;
    nx += (y0 - y1) * (z0 + z1);
    ny += (z0 - z1) * (x0 + x1);
    nz += (x0 - x1) * (y0 + y1);
  }
  const twiceArea = Math.hypot(nx, ny, nz);
  const normal: Vec3 = [nx / twiceArea, ny / twiceArea, nz / twiceArea];
  const tilt_deg = (Math.acos(Math.min(1, normal[2])) * 180) / Math.PI;
  const flat = Math.hypot(normal[0], normal[1]) < 1e-12;
  const azimuth_deg = flat ? 180 : ((Math.atan2(normal[0], normal[1]) * 180) / Math.PI + 360) % 360;
  return {
    index,
    ring: [...vertices, vertices[0]!],
    normal,
    tilt_deg,
    azimuth_deg,
    area_m2: twiceArea / 2,
    plan_area_m2: Math.abs(nz) / 2,
  };
}
