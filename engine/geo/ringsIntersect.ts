import { pointInRing } from './pointInRing';
import { segmentsIntersect } from './segmentsIntersect';
import type { LocalPoint } from './types';

/**
 * Whether two simple rings share any point: their boundaries meet (`segmentsIntersect`), or one lies inside the
 * other (`pointInRing`).
 *
 * @param a ring, open or closed [m]
 * @param b ring, open or closed [m]
 * @example ringsIntersect([[0,0],[2,0],[2,2],[0,2]], [[1,1],[3,1],[3,3],[1,3]]) // true
 */
export function ringsIntersect(a: readonly LocalPoint[], b: readonly LocalPoint[]): boolean {
  if (a.length < 3 || b.length < 3) throw new RangeError('rings a and b must have at least 3 points');
  for (let i = 0; i < a.length; i++) {
    const a1 = a[i]!;
    const a2 = a[(i + 1) % a.length]!;
    for (let j = 0; j < b.length; j++) {
      if (segmentsIntersect(a1, a2, b[j]!, b[(j + 1) % b.length]!)) return true;
    }
  }
  return pointInRing(a[0]!, b) || pointInRing(b[0]!, a);
}
