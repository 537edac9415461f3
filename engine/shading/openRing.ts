/**
 * A ring without its closing vertex when that vertex repeats the first (GeoJSON rings are closed).
 *
 * @param ring 2D or 3D vertices
 * @example openRing([[0, 0], [1, 0], [0, 1], [0, 0]]) // [[0, 0], [1, 0], [0, 1]]
 */
export function openRing<T extends ArrayLike<number>>(ring: readonly T[]): readonly T[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length < 2 || !first || !last || first.length !== last.length) return ring;
  for (let i = 0; i < first.length; i++) if (first[i] !== last[i]) return ring;
  return ring.slice(0, -1);
}
