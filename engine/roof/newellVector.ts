import type { Vec3 } from '../geo/types';

/**
 * Newell's vector of a closed 3D ring: twice the vector area, whose direction is the plane normal (counter-clockwise
 * seen from its tip) and whose z component is twice the plan area (M. E. Newell, in I. E. Sutherland, R. F. Sproull
 * & R. A. Schumacker, "A characterization of ten hidden-surface algorithms", ACM Computing Surveys 6(1), 1974,
 * doi:10.1145/356625.356626). Coordinates are taken relative to the first vertex, so a horizontal ring gives an
 * exactly vertical vector.
 *
 * @param ring closed or open ring [m]
 * @returns 2 × area vector [m²]
 */
export function newellVector(ring: readonly Vec3[]): Vec3 {
  const [x0, y0, z0] = ring[0] ?? [0, 0, 0];
  let nx = 0;
  let ny = 0;
  let nz = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const ay = a[1] - y0;
    const az = a[2] - z0;
    const ax = a[0] - x0;
    const by = b[1] - y0;
    const bz = b[2] - z0;
    const bx = b[0] - x0;
    nx += (ay - by) * (az + bz);
    ny += (az - bz) * (ax + bx);
    nz += (ax - bx) * (ay + by);
  }
  return [nx, ny, nz];
}
