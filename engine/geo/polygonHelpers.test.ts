import { describe, expect, it } from 'vitest';
import { convexHull } from './convexHull';
import { convexPenetration, convexPolygonsOverlap } from './convexPolygonsOverlap';
import { minimumRotatedRectangle } from './minimumRotatedRectangle';
import { pointInRing } from './pointInRing';
import { ringInsidePolygon } from './ringInsidePolygon';
import { ringsIntersect } from './ringsIntersect';
import { segmentsIntersect } from './segmentsIntersect';
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

describe('segmentsIntersect', () => {
  it('detects crossing, touching and collinear overlap, and rejects disjoint segments', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [1, 0], [1, 1])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(segmentsIntersect([0, 0], [1, 1], [1, 0], [2, -1])).toBe(false);
  });
});

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

describe('ringsIntersect', () => {
  it('detects crossing boundaries and containment, and rejects disjoint rings', () => {
    expect(ringsIntersect(square(0, 0, 2), square(1, 1, 2))).toBe(true);
    expect(ringsIntersect(square(0, 0, 10), square(1, 1, 2))).toBe(true);
    expect(ringsIntersect(square(1, 1, 2), square(0, 0, 10))).toBe(true);
    expect(ringsIntersect(square(0, 0, 1), square(3, 3, 1))).toBe(false);
  });
});
