import type { RasterGrid } from './rasterGrid';

/**
 * Smooth a raster with the 3 × 3 binomial kernel (1 2 1)ᵀ(1 2 1)/16 — a Gaussian of σ ≈ 0.7 cell — skipping
 * empty (NaN) cells and renormalising by the weights present, so an empty cell next to valid ones takes their
 * weighted mean and the rim of a crown is not pulled towards zero. Cells with no valid neighbour stay NaN. O(cells).
 * Used on the canopy height model to remove the spurious maxima of single branches before looking for tree tops.
 *
 * @param values nx·ny raster (not modified)
 * @returns a new raster
 * @example smoothBinomial3(chm, grid)
 */
export function smoothBinomial3(values: Float32Array, grid: RasterGrid): Float32Array {
  const { nx, ny } = grid;
  if (values.length !== nx * ny)
    throw new RangeError(`values must hold nx·ny = ${nx * ny} cells, got ${values.length}`);
  const out = new Float32Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      let sum = 0;
      let weight = 0;
      for (let dj = -1; dj <= 1; dj++) {
        const jj = j + dj;
        if (jj < 0 || jj >= ny) continue;
        const wj = dj === 0 ? 2 : 1;
        for (let di = -1; di <= 1; di++) {
          const ii = i + di;
          if (ii < 0 || ii >= nx) continue;
          const v = values[ii + jj * nx]!;
          if (v !== v) continue;
          const w = wj * (di === 0 ? 2 : 1);
          sum += w * v;
          weight += w;
        }
      }
      out[i + j * nx] = weight > 0 ? sum / weight : NaN;
    }
  }
  return out;
}
