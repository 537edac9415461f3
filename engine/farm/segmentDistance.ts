import { segmentsIntersect } from '../geo/segmentsIntersect';
import type { LocalPoint } from '../geo/types';

/** Distance from point p to segment ab [m]. */
export function pointSegmentDistance(p: LocalPoint, a: LocalPoint, b: LocalPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Shortest distance between two segments [m]: 0 when they meet (segmentsIntersect), else the least of the four
 * endpoint-to-segment distances (the closest points of two disjoint segments include an endpoint).
 *
 * @example segmentDistance([0, 0], [1, 0], [0, 2], [1, 2]) // 2
 */
export function segmentDistance(a1: LocalPoint, a2: LocalPoint, b1: LocalPoint, b2: LocalPoint): number {
  if (segmentsIntersect(a1, a2, b1, b2)) return 0;
  return Math.min(
    pointSegmentDistance(a1, b1, b2),
    pointSegmentDistance(a2, b1, b2),
    pointSegmentDistance(b1, a1, a2),
    pointSegmentDistance(b2, a1, a2),
  );
}
