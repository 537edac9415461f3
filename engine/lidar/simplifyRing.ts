import { simplifyRingIndices } from './outlineSimplify';
import type { PlanPoint } from './types';

/**
 * An open ring simplified by Douglas–Peucker (outlineSimplify's simplifyRingIndices: split at the first vertex and the
 * vertex farthest from it, so the closed ring keeps both), as points, and never below 3 vertices.
 *
 * @param ring open ring [m]
 * @param tolerance_m largest distance of a dropped vertex from the simplified ring [m]; ≤ 0 keeps every vertex
 * @returns open ring, at least 3 vertices when the input had them
 */
export function simplifyRing(ring: readonly PlanPoint[], tolerance_m: number): PlanPoint[] {
  if (ring.length <= 3 || !(tolerance_m > 0)) return [...ring];
  const out = simplifyRingIndices(ring, tolerance_m).map((k) => ring[k]!);
  return out.length >= 3 ? out : [...ring];
}
