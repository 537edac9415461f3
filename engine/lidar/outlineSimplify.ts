import type { PlanPoint } from './types';

/**
 * Douglas–Peucker simplification of a closed ring: keep the vertices that lie farther than `tolerance_m` from the
 * chord of the part they belong to (D. H. Douglas & T. K. Peucker, "Algorithms for the reduction of the number of
 * points required to represent a digitized line or its caricature", Cartographica 10(2), 1973,
 * doi:10.3138/FM57-6770-U75U-7727). The ring is split at vertex 0 and the vertex farthest from it.
 *
 * @param ring open ring (first vertex not repeated) [m]
 * @param tolerance_m maximum distance of a dropped vertex from the simplified ring [m]
 * @returns indices of the kept vertices, increasing, starting with 0
 * @example simplifyRingIndices([[0,0],[1,0.01],[2,0],[2,2],[0,2]], 0.1) // [0, 2, 3, 4]
 */
export function simplifyRingIndices(ring: readonly PlanPoint[], tolerance_m: number): number[] {
  if (!(Number.isFinite(tolerance_m) && tolerance_m >= 0)) {
    throw new RangeError(`tolerance_m must be a non-negative number, got ${tolerance_m}`);
  }
  const n = ring.length;
  if (n <= 3) return ring.map((_, k) => k);
  const at = (k: number): PlanPoint => ring[k % n]!;
  let far = 1;
  let farD = -1;
  for (let k = 1; k < n; k++) {
    const d = Math.hypot(ring[k]![0] - ring[0]![0], ring[k]![1] - ring[0]![1]);
    if (d > farD) {
      farD = d;
      far = k;
    }
  }
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, n],
  ];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (b - a < 2) continue;
    const pa = at(a);
    const pb = at(b);
    let best = -1;
    let bestD = tolerance_m;
    for (let k = a + 1; k < b; k++) {
      const d = distanceToSegment(at(k), pa, pb);
      if (d > bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best < 0) continue;
    keep[best] = 1;
    stack.push([a, best], [best, b]);
  }
  const out: number[] = [];
  for (let k = 0; k < n; k++) if (keep[k]) out.push(k);
  return out;
}

/** Distance from p to segment ab [m]. */
export function distanceToSegment(p: PlanPoint, a: PlanPoint, b: PlanPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}
