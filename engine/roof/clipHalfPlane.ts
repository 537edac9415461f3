import type { LocalPoint } from '../geo/types';

/** The half-plane nx·x + ny·y ≤ c [m]. */
export interface HalfPlane {
  nx: number;
  ny: number;
  c: number;
}

/** The other side of a half-plane, exactly (negation is exact in floating point). */
export function oppositeHalfPlane(h: HalfPlane): HalfPlane {
  return { nx: -h.nx, ny: -h.ny, c: -h.c };
}

/**
 * Keeps the part of a ring inside a half-plane (one step of I. E. Sutherland & G. W. Hodgman, "Reentrant polygon
 * clipping", Communications of the ACM 17(1), 1974, doi:10.1145/360767.360802). Exact for a convex ring; a concave
 * ring may come out with zero-width bridges along the line, so callers pass convex rings only. A crossing point is
 * computed from the same two distances on either side of a line, so the two halves of a cut share it bit for bit.
 *
 * @param ring open ring [m]
 * @param h half-plane kept
 * @returns open ring, possibly empty [m]
 */
export function clipHalfPlane(ring: readonly LocalPoint[], h: HalfPlane): LocalPoint[] {
  const out: LocalPoint[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % n]!;
    const dp = h.nx * p[0] + h.ny * p[1] - h.c;
    const dq = h.nx * q[0] + h.ny * q[1] - h.c;
    if (dp <= 0) out.push(p);
    if ((dp < 0 && dq > 0) || (dp > 0 && dq < 0)) {
      const t = dp / (dp - dq);
      out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
    }
  }
  return out;
}
