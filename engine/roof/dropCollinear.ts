import type { LocalPoint } from '../geo/types';

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
