import { describe, expect, it } from 'vitest';
import { measureWalls } from './measureWalls';

const square = (x: number, y: number, w: number, h: number): [number, number][] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];

describe('measureWalls', () => {
  it('a detached 10 × 8 m house: perimeter 36 m, nothing shared, 10 m facing N and S, 8 m facing E and W', () => {
    const w = measureWalls([square(0, 0, 10, 8)], []);
    expect(w.perimeter_m).toBeCloseTo(36, 9);
    expect(w.shared_wall_m).toBe(0);
    expect(w.exposed_wall_m).toEqual([10, 0, 8, 0, 10, 0, 8, 0]);
    expect(w.obstruction_deg).toEqual(new Array(8).fill(0));
  });

  it('the middle house of a row of three shares both 8 m gables; its front and back stay exposed', () => {
    const left = { rings: [square(-6, 0, 6, 8)], height_m: 6 };
    const right = { rings: [square(6, 0, 6, 8)], height_m: 6 };
    const w = measureWalls([square(0, 0, 6, 8)], [left, right]);
    expect(w.shared_wall_m).toBeCloseTo(16, 9);
    expect(w.exposed_wall_m).toEqual([6, 0, 0, 0, 6, 0, 0, 0]);
  });

  it('a gap of 5 cm (digitising noise) still makes a party wall; a 1 m passage does not', () => {
    expect(
      measureWalls([square(0, 0, 6, 8)], [{ rings: [square(6.05, 0, 6, 8)], height_m: 6 }]).shared_wall_m,
    ).toBeCloseTo(8, 9);
    expect(measureWalls([square(0, 0, 6, 8)], [{ rings: [square(7, 0, 6, 8)], height_m: 6 }]).shared_wall_m).toBe(0);
  });

  it('a partly overlapping neighbour shares only the overlap (4 m of an 8 m gable)', () => {
    const w = measureWalls([square(0, 0, 6, 8)], [{ rings: [square(6, 4, 6, 8)], height_m: 6 }]);
    expect(w.shared_wall_m).toBeCloseTo(4, 9);
    expect(w.exposed_wall_m[2]).toBeCloseTo(4, 9);
  });

  it('a 10 m high building 10 m south of the south facade obstructs it by atan(8.5/10) = 40.36°, not the others', () => {
    const w = measureWalls([square(0, 0, 10, 8)], [{ rings: [square(0, -20, 10, 10)], height_m: 10 }]);
    expect(w.obstruction_deg[4]).toBeCloseTo((Math.atan(8.5 / 10) * 180) / Math.PI, 6);
    expect(w.obstruction_deg[0]).toBe(0);
    expect(w.obstruction_deg[2]).toBe(0);
  });

  it('clockwise input gives the same walls; a ring of two points is refused', () => {
    const cw = [...square(0, 0, 10, 8)].reverse();
    expect(measureWalls([cw], []).exposed_wall_m).toEqual([10, 0, 8, 0, 10, 0, 8, 0]);
    expect(() =>
      measureWalls(
        [
          [
            [0, 0],
            [1, 1],
          ],
        ],
        [],
      ),
    ).toThrow(/at least 3 points/);
    expect(() => measureWalls([], [])).toThrow(/rings/);
  });
});
