import type { LocalPoint } from '../geo/types';

/** The same ring closed (first point repeated last). */
export function closeRing(ring: readonly LocalPoint[]): LocalPoint[] {
  return ring.length === 0 ? [] : [...ring, ring[0]!];
}
