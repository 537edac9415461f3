import type { CellGrid } from './cellGrid';
import { addToMoments, MOMENTS, planeFromMoments, type FittedPlane } from './planeMoments';

/** Per-cell moments of its own points and the local plane of its (2r+1)² neighbourhood. */
export interface CellPlanes {
  /** Moments of each cell's own points, MOMENTS per cell. */
  own: Float64Array;
  /** Local plane of each cell's neighbourhood, null when it holds too few points. */
  local: (FittedPlane | null)[];
}

/**
 * Local normals on the raster: each cell's plane is the least-squares plane of the points in the (2·radius + 1)²
 * cells around it, found from a summed-area table of the point moments (F. C. Crow, "Summed-area tables for texture
 * mapping", SIGGRAPH 1984, doi:10.1145/800031.808600), so a window costs O(1) whatever its size.
 *
 * @param radius neighbourhood half-width in cells (1 → a 1.5 m window with 0.5 m cells)
 * @param minPoints fewest points in a window for its plane
 */
export function cellNormals(
  grid: CellGrid,
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
  radius: number,
  minPoints: number,
): CellPlanes {
  const { nx, ny } = grid;
  const own = new Float64Array(nx * ny * MOMENTS);
  for (let k = 0; k < grid.cellOf.length; k++) addToMoments(own, grid.cellOf[k]! * MOMENTS, x[k]!, y[k]!, z[k]!);
  // Summed-area table with a zero row and column: sat(i, j) = Σ own over cells [0, i) × [0, j).
  const w = nx + 1;
  const sat = new Float64Array(w * (ny + 1) * MOMENTS);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const o = (i + 1 + (j + 1) * w) * MOMENTS;
      const left = (i + (j + 1) * w) * MOMENTS;
      const down = (i + 1 + j * w) * MOMENTS;
      const diag = (i + j * w) * MOMENTS;
      const c = (i + j * nx) * MOMENTS;
      for (let m = 0; m < MOMENTS; m++) sat[o + m] = own[c + m]! + sat[left + m]! + sat[down + m]! - sat[diag + m]!;
    }
  }
  const local: (FittedPlane | null)[] = new Array(nx * ny).fill(null);
  const window = new Float64Array(MOMENTS);
  for (let j = 0; j < ny; j++) {
    const j0 = Math.max(0, j - radius);
    const j1 = Math.min(ny, j + radius + 1);
    for (let i = 0; i < nx; i++) {
      const c = i + j * nx;
      if (grid.start[c + 1] === grid.start[c]) continue;
      const i0 = Math.max(0, i - radius);
      const i1 = Math.min(nx, i + radius + 1);
      const a = (i1 + j1 * w) * MOMENTS;
      const b = (i0 + j1 * w) * MOMENTS;
      const d = (i1 + j0 * w) * MOMENTS;
      const e = (i0 + j0 * w) * MOMENTS;
      for (let m = 0; m < MOMENTS; m++) window[m] = sat[a + m]! - sat[b + m]! - sat[d + m]! + sat[e + m]!;
      if (window[0]! >= minPoints) local[c] = planeFromMoments(window);
    }
  }
  return { own, local };
}
