import type { LocalPoint } from './types';

const orient = (a: LocalPoint, b: LocalPoint, c: LocalPoint): number =>
  (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

const within = (a: LocalPoint, b: LocalPoint, p: LocalPoint): boolean =>
  Math.min(a[0], b[0]) <= p[0] &&
  p[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= p[1] &&
  p[1] <= Math.max(a[1], b[1]);

/**
 * Whether two closed segments share at least one point (crossing, touching at an end, or collinear overlap),
 * by orientation tests (Cormen et al., "Introduction to Algorithms", 3rd ed., §33.1).
 *
 * @param a1 first segment start [m]
 * @param a2 first segment end [m]
 * @param b1 second segment start [m]
 * @param b2 second segment end [m]
 * @example segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0]) // true
 */
export function segmentsIntersect(a1: LocalPoint, a2: LocalPoint, b1: LocalPoint, b2: LocalPoint): boolean {
  const d1 = orient(b1, b2, a1);
  const d2 = orient(b1, b2, a2);
  const d3 = orient(a1, a2, b1);
  const d4 = orient(a1, a2, b2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && within(b1, b2, a1)) ||
    (d2 === 0 && within(b1, b2, a2)) ||
    (d3 === 0 && within(a1, a2, b1)) ||
    (d4 === 0 && within(a1, a2, b2))
  );
}
