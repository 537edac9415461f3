import { describe, expect, it } from 'vitest';
import { ringInsidePolygon } from './ringInsidePolygon';
import type { LocalPoint } from './types';

const square = (x: number, y: number, size: number): LocalPoint[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('ringInsidePolygon', () => {
  const outer = square(0, 0, 10);
  const hole = square(4, 4, 2);
  it('accepts a ring strictly inside and refuses one touching or crossing the boundary', () => {
    expect(ringInsidePolygon(square(1, 1, 2), [outer])).toBe(true);
    expect(ringInsidePolygon(square(0, 1, 2), [outer])).toBe(false);
    expect(ringInsidePolygon(square(9, 1, 2), [outer])).toBe(false);
  });

  it('honours holes and concave notches', () => {
    expect(ringInsidePolygon(square(3, 3, 4), [outer, hole])).toBe(false);
    expect(ringInsidePolygon(square(1, 1, 2), [outer, hole])).toBe(true);
    const uShape: LocalPoint[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [6, 10],
      [6, 2],
      [4, 2],
      [4, 10],
      [0, 10],
      [0, 0],
    ];
    // All four corners inside the U, but the top edge crosses the notch.
    expect(
      ringInsidePolygon(
        [
          [1, 8],
          [9, 8],
          [9, 9],
          [1, 9],
          [1, 8],
        ],
        [uShape],
      ),
    ).toBe(false);
  });
});
