import { describe, expect, it } from 'vitest';
import { signedArea } from '../geo/signedArea';
import { traceCellOutline } from './outlineCells';
import { regularizeRing } from './outlineRegularize';
import { simplifyRingIndices } from './outlineSimplify';
import type { RasterGrid } from './rasterGrid';
import type { PlanPoint } from './types';

const grid: RasterGrid = { x0_m: 0, y0_m: 0, cellSize_m: 1, nx: 5, ny: 5 };
const cellsOf = (mask: number[]): number[] => mask.flatMap((v, c) => (v ? [c] : []));

describe('traceCellOutline', () => {
  it('traces a 3 × 3 block with a one-cell hole: outer CCW 9 m², hole CW 1 m²', () => {
    // rows from the south; the centre cell (2, 2) is empty
    const mask = [0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const { outer, holes } = traceCellOutline((c) => mask[c] === 1, cellsOf(mask), grid);
    expect(outer).toHaveLength(4);
    expect(signedArea(outer)).toBe(9);
    expect(holes.map(signedArea)).toEqual([-1]);
  });

  it('keeps cells touching by a corner on separate rings', () => {
    const mask = [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, ...Array(15).fill(0)];
    const { outer, holes } = traceCellOutline((c) => c === 0, [0], grid);
    expect(signedArea(outer)).toBe(1);
    expect(holes).toEqual([]);
    expect(mask[6]).toBe(1);
  });
});

describe('simplifyRingIndices', () => {
  it('drops a vertex within the tolerance and keeps the corners', () => {
    const ring: PlanPoint[] = [
      [0, 0],
      [1, 0.01],
      [2, 0],
      [2, 2],
      [0, 2],
    ];
    expect(simplifyRingIndices(ring, 0.1)).toEqual([0, 2, 3, 4]);
  });
});

describe('regularizeRing', () => {
  it('squares a slightly skewed 10 × 8 rectangle (area 80 m²)', () => {
    const raw: PlanPoint[] = [
      [0, 0],
      [10, 0.1],
      [10, 8],
      [0.1, 8],
    ];
    const ring = regularizeRing(raw, [0, 1, 2, 3]);
    expect(ring).toHaveLength(4);
    expect(Math.abs(signedArea(ring) - 80)).toBeLessThan(1);
    const [a, b] = ring;
    expect(Math.min(Math.abs(a![0] - b![0]), Math.abs(a![1] - b![1]))).toBeLessThan(1e-9);
  });
});
