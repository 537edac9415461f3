import type { LocalPoint } from './types';

/**
 * Bounding box of a ring or any list of points.
 *
 * @param points planar points [m]
 * @returns [minX, minY, maxX, maxY] [m]; Infinity/-Infinity for an empty list
 * @example ringBounds([[0, 0], [2, 1]]) // [0, 0, 2, 1]
 */
export function ringBounds(points: readonly LocalPoint[]): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}
