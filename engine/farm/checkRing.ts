import { segmentsIntersect } from '../geo/segmentsIntersect';
import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';

/** Most vertices a ring may have (the API's limit for a drawn or uploaded polygon). */
export const MAX_RING_VERTICES = 2000;

/**
 * A ring's vertices without the closing repeat, checked: an array of ≥ 3 and ≤ MAX_RING_VERTICES finite [x, y]
 * points, of non-zero area, whose edges do not cross (a simple polygon). Throws a RangeError naming `name`.
 *
 * @param ring open or closed ring [m]
 * @param name how to name it in messages, e.g. 'site' or 'exclusions[2]'
 */
export function checkRing(ring: unknown, name: string): LocalPoint[] {
  if (!Array.isArray(ring)) throw new RangeError(`${name} must be an array of [x, y] points`);
  const points = ring.slice();
  const first = points[0] as unknown;
  const last = points[points.length - 1] as unknown;
  if (points.length > 1 && Array.isArray(first) && Array.isArray(last) && first[0] === last[0] && first[1] === last[1])
    points.pop();
  if (points.length < 3) throw new RangeError(`${name} must have at least 3 distinct points, got ${points.length}`);
  if (points.length > MAX_RING_VERTICES)
    throw new RangeError(`${name} must have at most ${MAX_RING_VERTICES} points, got ${points.length}`);
  points.forEach((p, i) => {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new RangeError(`${name}[${i}] must be a pair of finite numbers [x, y], got ${JSON.stringify(p)}`);
    }
  });
  const pts = points as LocalPoint[];
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsIntersect(pts[i]!, pts[(i + 1) % n]!, pts[j]!, pts[(j + 1) % n]!)) {
        throw new RangeError(`${name} must not self-intersect: edges ${i} and ${j} cross`);
      }
    }
  }
  if (!(Math.abs(signedArea(pts)) > 0)) throw new RangeError(`${name} must enclose a non-zero area`);
  return pts;
}
