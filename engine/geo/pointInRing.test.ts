import { describe, expect, it } from 'vitest';
import { pointInRing } from './pointInRing';
import type { LocalPoint } from './types';

describe('pointInRing', () => {
  it('tells inside from outside a concave ring', () => {
    const l: LocalPoint[] = [
      [0, 0],
      [4, 0],
      [4, 1],
      [1, 1],
      [1, 4],
      [0, 4],
    ];
    expect(pointInRing([0.5, 3], l)).toBe(true);
    expect(pointInRing([2, 2], l)).toBe(false);
  });
});
