import type { LocalPoint } from '../geo/types';

/**
 * Length along which two walls (segments) coincide: both ends of each lie within `tolerance_m` of the other's
 * line where they overlap, and the overlap is measured along the first segment [m]. 0 when they are not collinear.
 *
 * @param a1 first wall start [m]
 * @param a2 first wall end [m]
 * @param b1 second wall start [m]
 * @param b2 second wall end [m]
 * @param tolerance_m largest gap between the two wall lines [m]
 */
export function sharedWallLength(
  a1: LocalPoint,
  a2: LocalPoint,
  b1: LocalPoint,
  b2: LocalPoint,
  tolerance_m: number,
): number {
  const length = Math.hypot(a2[0] - a1[0], a2[1] - a1[1]);
  if (length === 0) return 0;
  const ux = (a2[0] - a1[0]) / length;
  const uy = (a2[1] - a1[1]) / length;
  const across = (p: LocalPoint) => -uy * (p[0] - a1[0]) + ux * (p[1] - a1[1]);
  if (Math.abs(across(b1)) > tolerance_m || Math.abs(across(b2)) > tolerance_m) return 0;
  const along = (p: LocalPoint) => ux * (p[0] - a1[0]) + uy * (p[1] - a1[1]);
  const s1 = along(b1);
  const s2 = along(b2);
  return Math.max(0, Math.min(length, Math.max(s1, s2)) - Math.max(0, Math.min(s1, s2)));
}
