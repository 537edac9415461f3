import { describe, expect, it } from 'vitest';
import { boxOf, roofTiles, type BoxedBuilding, type LocalBox } from './roofTiles';

/** A 10 × 10 m house every 20 m on an n × n grid from (0, 0); `computed` says which ones have results. */
function grid(n: number, computed: (i: number, j: number) => boolean): BoxedBuilding[] {
  const out: BoxedBuilding[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) out.push({ box: [i * 20, j * 20, i * 20 + 10, j * 20 + 10], computed: computed(i, j) });
  }
  return out;
}

const touching = (buildings: BoxedBuilding[], t: LocalBox) =>
  buildings.filter((b) => b.box[0] <= t[2] && t[0] <= b.box[2] && b.box[1] <= t[3] && t[1] <= b.box[3]);

describe('roofTiles', () => {
  it('asks nothing when no building is computed', () => {
    expect(
      roofTiles(
        grid(3, () => false),
        { maxBuildings: 10, maxSide_m: 1000 },
      ),
    ).toEqual([]);
  });

  it('covers only the computed corner, in one tile when it is small', () => {
    const buildings = grid(10, (i, j) => i < 2 && j < 2);
    expect(roofTiles(buildings, { maxBuildings: 100, maxSide_m: 1000 })).toEqual([[0, 0, 30, 30]]);
  });

  it('splits until no tile touches more buildings than allowed, and every computed building is covered', () => {
    const buildings = grid(20, (i, j) => (i + j) % 3 === 0);
    const tiles = roofTiles(buildings, { maxBuildings: 30, maxSide_m: 1000 });
    expect(tiles.length).toBeGreaterThan(4);
    for (const tile of tiles) expect(touching(buildings, tile).length).toBeLessThanOrEqual(30);
    for (const b of buildings.filter((x) => x.computed)) {
      expect(tiles.some((t) => touching([b], t).length === 1)).toBe(true);
    }
  });

  it('splits tiles larger than the side limit and orders them nearest the focus first', () => {
    const buildings = grid(10, () => true);
    const tiles = roofTiles(buildings, { maxBuildings: 1000, maxSide_m: 60, focus: [190, 190] });
    for (const t of tiles) expect(Math.max(t[2] - t[0], t[3] - t[1])).toBeLessThanOrEqual(60);
    const first = tiles[0]!;
    expect(first[2]).toBe(190);
    expect(first[3]).toBe(190);
  });

  it('refuses a non-positive limit', () => {
    expect(() => roofTiles([], { maxBuildings: 0, maxSide_m: 1 })).toThrow(RangeError);
  });
});

describe('boxOf', () => {
  it('bounds points', () => {
    expect(
      boxOf([
        [1, 5, 9],
        [-2, 3, 0],
      ]),
    ).toEqual([-2, 3, 1, 5]);
  });
});
