import { describe, expect, it } from 'vitest';
import { ringsIntersect } from './ringsIntersect';
import type { LocalPoint } from './types';

const square = (x: number, y: number, size: number): LocalPoint[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('ringsIntersect', () => {
  it('detects crossing boundaries and containment, and rejects disjoint rings', () => {
    expect(ringsIntersect(square(0, 0, 2), square(1, 1, 2))).toBe(true);
    expect(ringsIntersect(square(0, 0, 10), square(1, 1, 2))).toBe(true);
    expect(ringsIntersect(square(1, 1, 2), square(0, 0, 10))).toBe(true);
    expect(ringsIntersect(square(0, 0, 1), square(3, 3, 1))).toBe(false);
  });
});
