import type { RoofFace, Vec3 } from '../../solar/contracts';
import { roofFace } from './roofFace';

/**
 * Test helper standing in for engine/roof: gable, hip or flat faces over a rectangle whose corners p0 … p3 run
 * counter-clockwise with p0→p1 along the ridge. Gable: two slopes meeting at a ridge over the middle, `rise` above the
 * eaves. Hip: the same slopes with the ridge shortened by half the width at each end (equal pitch on all four sides;
 * a pyramid when the rectangle is not longer than wide). Flat: one face at the eaves.
 *
 * @param corners rectangle corners, counter-clockwise, p0→p1 parallel to the ridge [m]
 * @param shape roof shape
 * @param eaves_m eaves height [m]
 * @param rise_m ridge height above the eaves [m]
 */
export function pitchedRoofFaces(
  corners: [number, number][],
  shape: 'gable' | 'hip' | 'flat',
  eaves_m: number,
  rise_m: number,
): RoofFace[] {
  const [p0, p1, p2, p3] = corners.map(([x, y]) => [x, y, eaves_m] as Vec3) as [Vec3, Vec3, Vec3, Vec3];
  if (shape === 'flat' || rise_m <= 0) return [roofFace(0, [p0, p1, p2, p3])];
  const ridge = eaves_m + rise_m;
  const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, ridge];
  const m0 = mid(p0, p3);
  const m1 = mid(p1, p2);
  if (shape === 'gable') return [roofFace(0, [p0, p1, m1, m0]), roofFace(1, [m0, m1, p2, p3])];
  const length = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]);
  const width = Math.hypot(p3[0] - p0[0], p3[1] - p0[1]);
  const inset = Math.min(width / 2, length / 2);
  const ux = (p1[0] - p0[0]) / length;
  const uy = (p1[1] - p0[1]) / length;
  const r0: Vec3 = [m0[0] + ux * inset, m0[1] + uy * inset, ridge];
  const r1: Vec3 = [m1[0] - ux * inset, m1[1] - uy * inset, ridge];
  if (length <= width) {
    return [roofFace(0, [p0, p1, r0]), roofFace(1, [p1, p2, r0]), roofFace(2, [p2, p3, r0]), roofFace(3, [p3, p0, r0])];
  }
  return [
    roofFace(0, [p0, p1, r1, r0]),
    roofFace(1, [p1, p2, r1]),
    roofFace(2, [p2, p3, r0, r1]),
    roofFace(3, [p3, p0, r0]),
  ];
}
