import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';

/** A ring without its closing point nor repeated consecutive points. */
export function openRing(ring: readonly LocalPoint[]): LocalPoint[] {
  const out: LocalPoint[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out;
}

/** The same ring closed (first point repeated last). */
export function closeRing(ring: readonly LocalPoint[]): LocalPoint[] {
  return ring.length === 0 ? [] : [...ring, ring[0]!];
}

/** The ring counter-clockwise (positive signed area). */
export function counterClockwise(ring: readonly LocalPoint[]): LocalPoint[] {
  return signedArea(ring) >= 0 ? [...ring] : [...ring].reverse();
}

/**
 * The ring without vertices whose neighbours make a straight line with them (|cross| ≤ tolerance·|a|·|b|), so that
 * every remaining edge is a real wall: a skeleton would otherwise give one face per segment of a straight wall.
 *
 * @param ring open ring [m]
 * @param tolerance sine of the largest angle treated as straight [-]
 */
export function dropCollinear(ring: readonly LocalPoint[], tolerance = 1e-9): LocalPoint[] {
  const current = [...ring];
  let changed = true;
  while (changed && current.length > 3) {
    changed = false;
    for (let i = 0; i < current.length && current.length > 3; i++) {
      const a = current[(i + current.length - 1) % current.length]!;
      const p = current[i]!;
      const b = current[(i + 1) % current.length]!;
      const ux = p[0] - a[0];
      const uy = p[1] - a[1];
      const vx = b[0] - p[0];
      const vy = b[1] - p[1];
      const crossUv = ux * vy - uy * vx;
      const dotUv = ux * vx + uy * vy;
      if (Math.abs(crossUv) <= tolerance * Math.hypot(ux, uy) * Math.hypot(vx, vy) && dotUv >= 0) {
        current.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  return current;
}

/** Whether an open counter-clockwise ring is convex (no turn to the right beyond the tolerance). */
export function isConvexRing(ring: readonly LocalPoint[], tolerance = 1e-9): boolean {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[(i + n - 1) % n]!;
    const p = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const ux = p[0] - a[0];
    const uy = p[1] - a[1];
    const vx = b[0] - p[0];
    const vy = b[1] - p[1];
    if (ux * vy - uy * vx < -tolerance * Math.hypot(ux, uy) * Math.hypot(vx, vy)) return false;
  }
  return true;
}
