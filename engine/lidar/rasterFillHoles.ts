import type { RasterGrid } from './rasterGrid';

/**
 * Fill empty (NaN) cells with the mean of their valid 8-neighbours, repeated `maxDistance_cells` times, so a hole
 * up to about 2·maxDistance_cells cells wide closes from its rim inwards; wider holes (under a building) keep NaN in
 * their middle. Meant for the ground raster, which has gaps where buildings, dense crowns or water hide the ground.
 * Each pass reads the previous pass only, so the result does not depend on the scan order. O(cells · passes).
 *
 * @param values nx·ny raster, NaN = empty (not modified)
 * @param grid its grid
 * @param maxDistance_cells number of passes (≈ reach in cells), default 4 (2 m at 0.5 m)
 * @returns a new raster
 * @example fillHoles(rasterizeMin(points, grid, [2]), grid, 4)
 */
export function fillHoles(values: Float32Array, grid: RasterGrid, maxDistance_cells = 4): Float32Array {
  const { nx, ny } = grid;
  if (values.length !== nx * ny)
    throw new RangeError(`values must hold nx·ny = ${nx * ny} cells, got ${values.length}`);
  if (!(Number.isInteger(maxDistance_cells) && maxDistance_cells >= 0)) {
    throw new RangeError(`maxDistance_cells must be a non-negative integer, got ${maxDistance_cells}`);
  }
  let current = Float32Array.from(values);
  let holes = Int32Array.from(indicesOfNaN(current));
  for (let pass = 0; pass < maxDistance_cells && holes.length > 0; pass++) {
    const next = Float32Array.from(current);
    const left: number[] = [];
    for (const c of holes) {
      const i = c % nx;
      const j = (c - i) / nx;
      let sum = 0;
      let n = 0;
      for (let dj = -1; dj <= 1; dj++) {
        const jj = j + dj;
        if (jj < 0 || jj >= ny) continue;
        for (let di = -1; di <= 1; di++) {
          const ii = i + di;
          if (ii < 0 || ii >= nx) continue;
          const v = current[ii + jj * nx]!;
          if (v === v) {
            sum += v;
            n++;
          }
        }
      }
      if (n > 0) next[c] = sum / n;
      else left.push(c);
    }
    current = next;
    holes = Int32Array.from(left);
  }
  return current;
}

function indicesOfNaN(values: Float32Array): number[] {
  const out: number[] = [];
  for (let c = 0; c < values.length; c++) if (values[c] !== values[c]) out.push(c);
  return out;
}
