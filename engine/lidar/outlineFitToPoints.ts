import type { PlanPoint } from './types';

export interface FitToPointsOptions {
  /** Half-width of the band examined on each side of an edge [m], default 1. */
  band_m?: number;
  /** Part of each edge end left out, where the neighbouring edge's points would be counted [m], default 0.75. */
  endMargin_m?: number;
  /** Largest move of an edge [m], default 0.5 (one cell). */
  maxShift_m?: number;
}

/**
 * Move each edge of an outline to where the building points say it is, keeping its direction: in a band of ±band_m
 * around the edge (ends left out), the count N of points outward of the band's inner line, divided by the
 * footprint's density ρ [pts/m²] and the band's length L, is the depth of building between that line and the true
 * edge (N = ρ·L·depth for a uniform scan), so the edge goes to innerLine + N/(ρ·L). This removes the outward bias of
 * cell outlines, whose boundary cells count as full as soon as one point falls in them (≈ 0.13 cell per boundary
 * cell at 2.5 points per cell). Assumption: density uniform on the roof (steep roof faces seen edge-on break it).
 * Edges too short for the band keep their place; corners are the intersections of consecutive moved edges.
 *
 * @param ring open ring, the building on the left of each edge (exterior CCW, holes CW) [m]
 * @param xs, ys the footprint's building points [m]
 * @param density_m2 the footprint's point density [pts/m²]
 * @returns the moved ring, open [m]
 */
export function fitRingToPoints(
  ring: readonly PlanPoint[],
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  density_m2: number,
  options: FitToPointsOptions = {},
): PlanPoint[] {
  const band = options.band_m ?? 0.5;
  const margin = options.endMargin_m ?? 0.75;
  const maxShift = options.maxShift_m ?? 0.5;
  if (!(density_m2 > 0)) throw new RangeError(`density_m2 must be positive, got ${density_m2}`);
  const n = ring.length;
  if (n < 3) return ring.map((p) => [p[0], p[1]]);
  const lines = ring.map((a, k) => {
    const b = ring[(k + 1) % n]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const dx = (b[0] - a[0]) / len;
    const dy = (b[1] - a[1]) / len;
    // left normal (−dy, dx) points into the building
    let shift = 0;
    const usable = len - 2 * margin;
    if (usable >= 1) {
      let count = 0;
      for (let t = 0; t < xs.length; t++) {
        const px = xs[t]! - a[0];
        const py = ys[t]! - a[1];
        const along = px * dx + py * dy;
        if (along < margin || along > len - margin) continue;
        const inward = -px * dy + py * dx;
        if (inward < band && inward > -band) count++;
      }
      const depth = count / (density_m2 * usable) - band;
      shift = Math.max(-maxShift, Math.min(maxShift, -depth));
    }
    return { ax: a[0] - dy * shift, ay: a[1] + dx * shift, dx, dy };
  });
  return lines.map((l, k) => {
    const m = lines[(k + 1) % n]!;
    const det = l.dx * m.dy - l.dy * m.dx;
    if (Math.abs(det) < 0.05) {
      const b = ring[(k + 1) % n]!;
      return [b[0], b[1]] as PlanPoint;
    }
    const u = ((m.ax - l.ax) * m.dy - (m.ay - l.ay) * m.dx) / det;
    return [l.ax + u * l.dx, l.ay + u * l.dy] as PlanPoint;
  });
}
