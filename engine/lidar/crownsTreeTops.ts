import { popescuWynneCrownWidth } from './crownsWindow';
import type { RasterGrid } from './rasterGrid';

/**
 * Tree tops as the local maxima of a (smoothed) canopy height model in a circular window whose diameter is the
 * crown width expected for the cell's height (popescuWynneCrownWidth; Popescu & Wynne 2004), at least 3 × 3 cells.
 * A cell is a top when it is at least `minHeight_m` and no cell of its window is higher (ties go to the lower
 * index, so a flat plateau gives one top). O(cells · window).
 *
 * @param chm nx·ny heights above ground [m], NaN = no vegetation
 * @param minHeight_m lowest top kept [m]
 * @returns cell indices of the tops, increasing
 * @example findTreeTops(smoothBinomial3(chm, grid), grid, 3)
 */
export function findTreeTops(chm: Float32Array, grid: RasterGrid, minHeight_m: number): Int32Array {
  const { nx, ny, cellSize_m } = grid;
  if (chm.length !== nx * ny) throw new RangeError(`chm must hold nx·ny = ${nx * ny} cells, got ${chm.length}`);
  if (!Number.isFinite(minHeight_m)) throw new RangeError(`minHeight_m must be finite, got ${minHeight_m}`);
  const tops: number[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const c = i + j * nx;
      const h = chm[c]!;
      if (!(h >= minHeight_m)) continue;
      const r = Math.max(1, Math.floor(popescuWynneCrownWidth(h) / 2 / cellSize_m));
      let top = true;
      for (let dj = -r; dj <= r && top; dj++) {
        const jj = j + dj;
        if (jj < 0 || jj >= ny) continue;
        for (let di = -r; di <= r; di++) {
          if (di * di + dj * dj > r * r) continue;
          const ii = i + di;
          if (ii < 0 || ii >= nx || (di === 0 && dj === 0)) continue;
          const n = ii + jj * nx;
          const v = chm[n]!;
          if (v > h || (v === h && n < c)) {
            top = false;
            break;
          }
        }
      }
      if (top) tops.push(c);
    }
  }
  return Int32Array.from(tops);
}
