import { symmetricEigen3 } from './symmetricEigen3';

/**
 * Raw moments of a point set, enough to fit its least-squares plane and to add or merge sets in O(1):
 * [n, Σx, Σy, Σz, Σx², Σxy, Σxz, Σy², Σyz, Σz²] (coordinates [m], taken near the building so the sums keep precision).
 */
export type PlaneMoments = Float64Array;

export const MOMENTS = 10;

/** Empty moments. */
export function newMoments(): PlaneMoments {
  return new Float64Array(MOMENTS);
}

/** Add point (x, y, z) [m] to moments `m` stored at `offset`. */
export function addToMoments(m: Float64Array, offset: number, x: number, y: number, z: number): void {
  m[offset] = m[offset]! + 1;
  m[offset + 1] = m[offset + 1]! + x;
  m[offset + 2] = m[offset + 2]! + y;
  m[offset + 3] = m[offset + 3]! + z;
  m[offset + 4] = m[offset + 4]! + x * x;
  m[offset + 5] = m[offset + 5]! + x * y;
  m[offset + 6] = m[offset + 6]! + x * z;
  m[offset + 7] = m[offset + 7]! + y * y;
  m[offset + 8] = m[offset + 8]! + y * z;
  m[offset + 9] = m[offset + 9]! + z * z;
}

/** A fitted plane: unit normal with nz ≥ 0 through the centroid; rms_m = RMS orthogonal distance of its points. */
export interface FittedPlane {
  nx: number;
  ny: number;
  nz: number;
  cx: number;
  cy: number;
  cz: number;
  /** RMS of the orthogonal point-to-plane distances [m] (√ of the smallest covariance eigenvalue). */
  rms_m: number;
  /** Surface variation λ0 / (λ0 + λ1 + λ2), 0 for a perfect plane, 1/3 for isotropic scatter (Pauly et al. 2002). */
  curvature: number;
  count: number;
}

/**
 * Least-squares plane of the points summarised by moments `m` (at `offset`): the orthogonal-regression plane, whose
 * normal is the covariance matrix's eigenvector of the smallest eigenvalue and which passes through the centroid
 * (total least squares; K. Pearson, "On lines and planes of closest fit", Phil. Mag. 2(11), 1901,
 * doi:10.1080/14786440109462720). Null with fewer than 3 points or when the points are collinear.
 */
export function planeFromMoments(m: Float64Array, offset = 0): FittedPlane | null {
  const n = m[offset]!;
  if (n < 3) return null;
  const cx = m[offset + 1]! / n;
  const cy = m[offset + 2]! / n;
  const cz = m[offset + 3]! / n;
  const xx = m[offset + 4]! / n - cx * cx;
  const xy = m[offset + 5]! / n - cx * cy;
  const xz = m[offset + 6]! / n - cx * cz;
  const yy = m[offset + 7]! / n - cy * cy;
  const yz = m[offset + 8]! / n - cy * cz;
  const zz = m[offset + 9]! / n - cz * cz;
  const { values, vectors } = symmetricEigen3(xx, xy, xz, yy, yz, zz);
  const total = values[0] + values[1] + values[2];
  if (!(values[1] > 1e-12 * Math.max(total, 1e-300))) return null;
  let [nx, ny, nz] = vectors[0];
  if (nz < 0) [nx, ny, nz] = [-nx, -ny, -nz];
  const lambda0 = Math.max(0, values[0]);
  return { nx, ny, nz, cx, cy, cz, rms_m: Math.sqrt(lambda0), curvature: total > 0 ? lambda0 / total : 0, count: n };
}

/** Signed orthogonal distance of (x, y, z) above plane p [m] (positive on the side the normal points to: up). */
export function planeDistance(p: FittedPlane, x: number, y: number, z: number): number {
  return p.nx * (x - p.cx) + p.ny * (y - p.cy) + p.nz * (z - p.cz);
}
