import type { PlanPoint } from './types';

/**
 * An open ring simplified by Douglas–Peucker (D. H. Douglas & T. K. Peucker, "Algorithms for the reduction of the
 * number of points required to represent a digitized line", Cartographica 10(2), 1973, doi:10.3138/FM57-6770-U75U-7727),
 * run on the two chains between the first vertex and the vertex farthest from it, so the closed ring keeps both.
 *
 * @param ring open ring [m]
 * @param tolerance_m largest distance of a dropped vertex from the simplified ring [m]
 * @returns open ring, at least 3 vertices when the input had them
 */
export function simplifyRing(ring: readonly PlanPoint[], tolerance_m: number): PlanPoint[] {
  const n = ring.length;
  if (n <= 3 || tolerance_m <= 0) return [...ring];
  const [ax, ay] = ring[0]!;
  let far = 0;
  let farDistance = -1;
  for (let k = 1; k < n; k++) {
    const d = (ring[k]![0] - ax) ** 2 + (ring[k]![1] - ay) ** 2;
    if (d > farDistance) [far, farDistance] = [k, d];
  }
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[far] = 1;
  simplifyChain(ring, 0, far, tolerance_m, keep);
  simplifyChain(ring, far, n, tolerance_m, keep);
  const out = ring.filter((_, k) => keep[k]);
  return out.length >= 3 ? out : [...ring];
}

/** Douglas–Peucker between vertices a and b (b may be n: the first vertex again), marking the kept ones. */
function simplifyChain(ring: readonly PlanPoint[], a: number, b: number, tolerance_m: number, keep: Uint8Array): void {
  const n = ring.length;
  const stack: [number, number][] = [[a, b]];
  while (stack.length > 0) {
    const [s, e] = stack.pop()!;
    if (e - s < 2) continue;
    const [sx, sy] = ring[s % n]!;
    const [ex, ey] = ring[e % n]!;
    const length = Math.hypot(ex - sx, ey - sy);
    let worst = -1;
    let worstDistance = tolerance_m;
    for (let k = s + 1; k < e; k++) {
      const [px, py] = ring[k]!;
      const d =
        length > 0 ? Math.abs((ex - sx) * (sy - py) - (sx - px) * (ey - sy)) / length : Math.hypot(px - sx, py - sy);
      if (d > worstDistance) [worst, worstDistance] = [k, d];
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([s, worst], [worst, e]);
  }
}
