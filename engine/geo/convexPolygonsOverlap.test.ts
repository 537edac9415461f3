import { describe, expect, it } from 'vitest';
import { convexPenetration, convexPolygonsOverlap } from './convexPolygonsOverlap';
import type { LocalPoint } from './types';

const square = (x: number, y: number, size: number): LocalPoint[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('convexPolygonsOverlap', () => {
  it('lets attached houses touch along a shared wall', () => {
    expect(convexPenetration(square(0, 0, 5), square(5, 0, 5))).toBe(0);
    expect(convexPolygonsOverlap(square(0, 0, 5), square(5, 0, 5))).toBe(false);
  });

  it('reports an overlap deeper than the tolerance and a gap as negative depth', () => {
    expect(convexPolygonsOverlap(square(0, 0, 5), square(4.9, 1, 5))).toBe(true);
    expect(convexPolygonsOverlap(square(0, 0, 5), square(4.9, 1, 5), 0.2)).toBe(false);
    expect(convexPenetration(square(0, 0, 5), square(7, 0, 5))).toBeCloseTo(-2, 12);
  });

  it('rejects a negative tolerance', () => {
    expect(() => convexPolygonsOverlap(square(0, 0, 1), square(3, 0, 1), -1)).toThrow(/tolerance_m/);
  });
});
