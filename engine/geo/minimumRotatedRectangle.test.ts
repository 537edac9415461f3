import { describe, expect, it } from 'vitest';
import { minimumRotatedRectangle } from './minimumRotatedRectangle';
import type { LocalPoint } from './types';

describe('minimumRotatedRectangle', () => {
  it('finds the axis of a rotated 100 m × 20 m rectangle', () => {
    const angle = (30 * Math.PI) / 180;
    const u: LocalPoint = [Math.cos(angle), Math.sin(angle)];
    const v: LocalPoint = [-u[1], u[0]];
    const pts: LocalPoint[] = [
      [0, 0],
      [100, 0],
      [100, 20],
      [0, 20],
      [50, 10],
      [10, 5],
    ].map(([s, t]) => [s! * u[0] + t! * v[0], s! * u[1] + t! * v[1]]);
    const r = minimumRotatedRectangle(pts);
    expect(r.length_m).toBeCloseTo(100, 9);
    expect(r.width_m).toBeCloseTo(20, 9);
    expect(r.area_m2).toBeCloseTo(2000, 6);
    expect(r.axis[0]).toBeCloseTo(u[0], 12);
    expect(r.axis[1]).toBeCloseTo(u[1], 12);
  });

  it('rejects collinear points', () => {
    expect(() =>
      minimumRotatedRectangle([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toThrow(/non-collinear/);
  });
});
