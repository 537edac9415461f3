import { describe, expect, it } from 'vitest';
import { signedArea } from '../geo/signedArea';
import { extractFootprints } from './footprints';
import { buildingScene, rectangle } from './rasterPoints.testkit';
import type { PlanPoint } from './types';

/*
 * Expected values are the synthetic geometry's own (area of the drawn polygon, roof height 7 m over ground 0),
 * never the code's output. Tolerances: area 5 % (the brief; the cell sampling at 10 pts/m² biases the outline
 * outwards by about 0.07 m per metre of perimeter), heights 0.15 m (5 σ of the 0.03 m z noise, plus Float32).
 */

const closedCcw = (ring: PlanPoint[]): boolean =>
  ring.length >= 4 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] && signedArea(ring) > 0;

describe('extractFootprints', () => {
  it('finds a 10 × 8 m rectangle, off the grid, with 4 corners', () => {
    const ring = rectangle(3.13, 2.37, 10, 8);
    const points = buildingScene(1, [0, 0, 17, 14], [{ rings: [ring], roof_m: 7 }]);
    const found = extractFootprints(points);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.rings).toHaveLength(1);
    expect(closedCcw(f.rings[0]!)).toBe(true);
    expect(Math.abs(f.area_m2 - 80) / 80).toBeLessThan(0.05);
    expect(f.rings[0]!.length - 1).toBeLessThanOrEqual(8);
    expect(f.top_m).toBeGreaterThan(7);
    expect(f.top_m).toBeLessThan(7.15);
    expect(Math.abs(f.ground_m)).toBeLessThan(0.15);
    expect(f.pointCount).toBeGreaterThan(0.9 * 800);
  });

  it('finds a rectangle turned by 30° with at most 8 corners', () => {
    const ring = rectangle(8, 2, 10, 8, 30);
    const points = buildingScene(2, [0, 0, 20, 18], [{ rings: [ring], roof_m: 7 }]);
    const [f] = extractFootprints(points);
    expect(Math.abs(f!.area_m2 - 80) / 80).toBeLessThan(0.05);
    expect(f!.rings[0]!.length - 1).toBeLessThanOrEqual(8);
  });

  it('finds an L-shaped building: 12 × 10 m less a 6 × 5 m corner = 90 m², 6 corners', () => {
    const L: PlanPoint[] = [
      [2.1, 2.2],
      [14.1, 2.2],
      [14.1, 7.2],
      [8.1, 7.2],
      [8.1, 12.2],
      [2.1, 12.2],
    ];
    const points = buildingScene(3, [0, 0, 17, 15], [{ rings: [L], roof_m: 7 }]);
    const [f] = extractFootprints(points);
    expect(Math.abs(f!.area_m2 - 90) / 90).toBeLessThan(0.05);
    expect(f!.rings[0]!.length - 1).toBe(6);
  });

  it('keeps a courtyard as a clockwise hole: 16 × 14 m less 6 × 5 m = 194 m²', () => {
    const outer = rectangle(2.2, 2.1, 16, 14);
    const court = rectangle(7.2, 6.1, 6, 5).reverse();
    const points = buildingScene(4, [0, 0, 21, 19], [{ rings: [outer, court], roof_m: 9 }]);
    const [f] = extractFootprints(points);
    expect(f!.rings).toHaveLength(2);
    expect(signedArea(f!.rings[1]!)).toBeLessThan(0);
    expect(Math.abs(-signedArea(f!.rings[1]!) - 30) / 30).toBeLessThan(0.15);
    expect(Math.abs(f!.area_m2 - 194) / 194).toBeLessThan(0.05);
  });

  it('keeps two buildings 3 m apart separate and drops a 2 × 2 m shed', () => {
    const points = buildingScene(
      5,
      [0, 0, 30, 14],
      [
        { rings: [rectangle(2, 2, 10, 8)], roof_m: 6 },
        { rings: [rectangle(15, 2, 10, 8)], roof_m: 8 },
        { rings: [rectangle(26, 11, 2, 2)], roof_m: 2.5 },
      ],
    );
    const found = extractFootprints(points);
    expect(found).toHaveLength(2);
    expect(found.map((f) => Math.round(f.top_m)).sort()).toEqual([6, 8]);
  });

  it('returns nothing for a cloud without building points', () => {
    expect(extractFootprints(buildingScene(6, [0, 0, 10, 10], []))).toEqual([]);
  });
});
