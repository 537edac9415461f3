import { describe, expect, it } from 'vitest';
import { convexHull } from './convexHull';
import { signedArea } from './signedArea';

describe('convexHull', () => {
  it('keeps the extreme points counter-clockwise and drops inner and collinear ones', () => {
    const hull = convexHull([
      [0, 0],
      [1.5, 1.5],
      [2, 0],
      [1, 0.2],
      [0, 2],
      [1, 0],
      [1, 1],
    ]);
    expect(hull).toEqual([
      [0, 0],
      [2, 0],
      [1.5, 1.5],
      [0, 2],
    ]);
    expect(signedArea(hull)).toBeGreaterThan(0);
  });
});
