import type { CellGrid } from './cellGrid';
import { planeDistance, type FittedPlane } from './planeMoments';

/**
 * Each point to the plane nearest to it among the planes of the regions within `radius` cells of its own cell
 * (the grid index keeps this local), if within `distanceTolerance_m`; −1 otherwise. This settles the cells that
 * growing left out — ridges, hips and valleys, where a local window straddles two planes — point by point: on a
 * convex edge the nearer plane is the one the point lies on.
 */
export function assignPoints(
  grid: CellGrid,
  cellRegion: Int32Array,
  planes: readonly (FittedPlane | null)[],
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
  radius: number,
  distanceTolerance_m: number,
): Int32Array {
  const { nx, ny, cellOf } = grid;
  const n = cellOf.length;
  const label = new Int32Array(n).fill(-1);
  const candidates: number[] = [];
  for (let k = 0; k < n; k++) {
    const c = cellOf[k]!;
    const i = c % nx;
    const j = (c - i) / nx;
    candidates.length = 0;
    for (let jj = Math.max(0, j - radius); jj <= Math.min(ny - 1, j + radius); jj++) {
      for (let ii = Math.max(0, i - radius); ii <= Math.min(nx - 1, i + radius); ii++) {
        const r = cellRegion[ii + jj * nx]!;
        if (r >= 0 && planes[r] && !candidates.includes(r)) candidates.push(r);
      }
    }
    let best = -1;
    let bestDistance = distanceTolerance_m;
    for (const r of candidates) {
      const d = Math.abs(planeDistance(planes[r]!, x[k]!, y[k]!, z[k]!));
      if (d <= bestDistance) {
        bestDistance = d;
        best = r;
      }
    }
    label[k] = best;
  }
  return label;
}
