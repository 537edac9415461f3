import { describe, expect, it } from 'vitest';
import { labelComponents } from './rasterComponents';
import { fillHoles } from './rasterFillHoles';
import { cellIndexAt, createRasterGrid, type RasterGrid } from './rasterGrid';
import { rasterizeMax, rasterizeMin } from './rasterMax';
import { closeSquare, dilateSquare, erodeSquare } from './rasterMorphology';
import { smoothBinomial3 } from './rasterSmooth';
import type { PointSet } from './types';

const cloud = (pts: [number, number, number, number][]): PointSet => ({
  count: pts.length,
  x: Float64Array.from(pts, (p) => p[0]),
  y: Float64Array.from(pts, (p) => p[1]),
  z: Float64Array.from(pts, (p) => p[2]),
  classification: Uint8Array.from(pts, (p) => p[3]),
});
const grid = (nx: number, ny: number): RasterGrid => ({ x0_m: 0, y0_m: 0, cellSize_m: 0.5, nx, ny });

describe('rasters', () => {
  const pts = cloud([
    [0.1, 0.1, 5, 2],
    [0.2, 0.3, 3, 2],
    [0.4, 0.2, 9, 6],
    [1.2, 0.1, 7, 2],
  ]);

  it('snaps the grid to the cell size with a margin', () => {
    const g = createRasterGrid(pts, 0.5, 1);
    expect([g.x0_m, g.y0_m, g.nx, g.ny]).toEqual([-0.5, -0.5, 5, 3]);
    expect(cellIndexAt(g, 0.1, 0.1)).toBe(1 + 1 * 5);
    expect(() => createRasterGrid(pts, 0)).toThrow(/cellSize_m/);
  });

  it('keeps the max and the min per cell, NaN where empty, by class', () => {
    const g = grid(3, 1);
    expect(Array.from(rasterizeMax(pts, g))).toEqual([9, NaN, 7]);
    expect(Array.from(rasterizeMin(pts, g, [2]))).toEqual([3, NaN, 7]);
  });

  it('fills a hole with the mean of its neighbours, only as far as asked', () => {
    const g = grid(5, 1);
    const v = Float32Array.from([1, NaN, NaN, NaN, 5]);
    expect(Array.from(fillHoles(v, g, 1))).toEqual([1, 1, NaN, 5, 5]);
    expect(Array.from(fillHoles(v, g, 2))).toEqual([1, 1, 3, 5, 5]);
  });

  it('smooths with the binomial kernel, renormalised over valid cells', () => {
    const g = grid(3, 1);
    // centre: (1·0 + 2·4 + 1·0)/4 = 2 ; edges: (2·0 + 1·4)/3
    expect(Array.from(smoothBinomial3(Float32Array.from([0, 4, 0]), g)).map((x) => +x.toFixed(5))).toEqual([
      1.33333, 2, 1.33333,
    ]);
    expect(smoothBinomial3(Float32Array.from([NaN, 4, NaN]), g)[0]).toBe(4);
  });

  it('dilates, erodes and closes by a square (cells outside the grid count as unset)', () => {
    const g = grid(7, 5);
    // rows 1-3 hold columns 1, 2, 4, 5: two 2 × 3 blocks with a one-column gap
    const row = [0, 1, 1, 0, 1, 1, 0];
    const empty = Array(7).fill(0);
    const m = Uint8Array.from([...empty, ...row, ...row, ...row, ...empty]);
    expect(Array.from(dilateSquare(m, g, 1)).every((v) => v === 1)).toBe(true);
    expect(Array.from(erodeSquare(m, g, 1)).every((v) => v === 0)).toBe(true);
    const closed = [0, 1, 1, 1, 1, 1, 0];
    expect(Array.from(closeSquare(m, g, 1))).toEqual([...empty, ...closed, ...closed, ...closed, ...empty]);
  });

  it('labels 4-connected regions (diagonal neighbours apart)', () => {
    const g = grid(3, 3);
    const m = Uint8Array.from([1, 0, 0, 0, 1, 1, 0, 1, 0]);
    const { count, sizes, labels } = labelComponents(m, g);
    expect(count).toBe(2);
    expect(Array.from(sizes)).toEqual([0, 1, 3]);
    expect(labels[0]).not.toBe(labels[4]);
  });
});
