import type { LocalPoint } from './types';

/**
 * Whether a point lies inside a ring by the even-odd ray-casting rule (W. R. Franklin, "PNPOLY", 1970s,
 * https://wrfranklin.org/Research/Short_Notes/pnpoly.html). Points exactly on the boundary may go either way:
 * callers that care test the boundary separately (see `ringInsidePolygon`).
 *
 * @param point the point [m]
 * @param ring ring, open or closed [m]
 * @example pointInRing([1, 1], [[0, 0], [2, 0], [2, 2], [0, 2]]) // true
 */
export function pointInRing([x, y]: LocalPoint, ring: readonly LocalPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
