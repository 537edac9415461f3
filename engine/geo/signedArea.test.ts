import { describe, expect, it } from 'vitest';
import { signedArea } from './signedArea';
import type { LocalPoint } from './types';

const square = (x: number, y: number, size: number): LocalPoint[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('signedArea', () => {
  it('is positive counter-clockwise and negative clockwise', () => {
    expect(signedArea(square(0, 0, 2))).toBe(4);
    expect(signedArea([...square(0, 0, 2)].reverse())).toBe(-4);
  });
});
