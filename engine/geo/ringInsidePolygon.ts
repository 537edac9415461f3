import { pointInRing } from './pointInRing';
import { ringBounds } from './ringBounds';
import { segmentsIntersect } from './segmentsIntersect';
import type { LocalPoint, LocalPolygon } from './types';

/**
 * Whether a ring lies strictly inside a polygon, holes honoured: no edge of the ring meets an edge of the polygon,
 * its first vertex is inside the exterior ring and outside every hole, and no hole lies inside the ring.
 * Exact for any simple ring and polygon, convex or not.
 *
 * @param ring closed or open ring [m]
 * @param polygon exterior ring then holes, each closed [m]
 * @example ringInsidePolygon([[1,1],[2,1],[2,2],[1,1]], [[[0,0],[4,0],[4,4],[0,4],[0,0]]]) // true
 */
export function ringInsidePolygon(ring: readonly LocalPoint[], polygon: LocalPolygon): boolean {
  if (ring.length < 3) throw new RangeError(`ring must have at least 3 points, got ${ring.length}`);
  if (polygon.length === 0 || polygon[0]!.length < 4) throw new RangeError('polygon must have a closed exterior ring');
  const [minX, minY, maxX, maxY] = ringBounds(ring);
  for (const boundary of polygon) {
    for (let j = 0; j + 1 < boundary.length; j++) {
      const b1 = boundary[j]!;
      const b2 = boundary[j + 1]!;
      if (Math.max(b1[0], b2[0]) < minX || Math.min(b1[0], b2[0]) > maxX) continue;
      if (Math.max(b1[1], b2[1]) < minY || Math.min(b1[1], b2[1]) > maxY) continue;
      for (let i = 0; i < ring.length; i++) {
        if (segmentsIntersect(ring[i]!, ring[(i + 1) % ring.length]!, b1, b2)) return false;
      }
    }
  }
  // No boundary meets the ring, so each boundary lies wholly inside or wholly outside it, and vice versa.
  const [exterior, ...holes] = polygon;
  if (!pointInRing(ring[0]!, exterior!)) return false;
  return holes.every((hole) => !pointInRing(ring[0]!, hole) && !pointInRing(hole[0]!, ring));
}
