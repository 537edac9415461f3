import type { LocalPoint } from '../geo/types';

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
