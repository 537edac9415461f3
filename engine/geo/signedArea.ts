import type { LocalPoint } from './types';

/**
 * Signed area of a planar ring by the shoelace formula: positive when counter-clockwise (east→north).
 * Works on open or closed rings (a repeated closing point adds nothing).
 *
 * @param ring vertices in metres
 * @returns signed area [m²]
 * @example signedArea([[0, 0], [2, 0], [2, 1], [0, 1]]) // 2
 */
export function signedArea(ring: readonly LocalPoint[]): number {
  if (!Array.isArray(ring)) throw new TypeError('ring must be an array of [x, y] points');
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return twice / 2;
}
