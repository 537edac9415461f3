import type { ShadingGrid } from './types';

/** Most cells a grid may hold; past it the cells grow (keeps memory bounded for spread-out scenes). */
const MAX_CELLS = 4_000_000;

/**
 * A uniform grid over bounding boxes: each box is listed in every cell it overlaps (compressed rows: one offset
 * array, one item array), so a query visits only the cells near it.
 *
 * @param bounds [minX, minY, maxX, maxY] per item [m]
 * @param count number of items
 * @param cell_m wanted cell side [m], > 0 (grown when the extent would need more than 4 million cells)
 * @example buildGrid(new Float64Array([0, 0, 5, 5]), 1, 32).items // Int32Array [0]
 */
export function buildGrid(bounds: Float64Array, count: number, cell_m: number): ShadingGrid {
  if (!(cell_m > 0) || !Number.isFinite(cell_m))
    throw new RangeError(`cell_m must be a finite number > 0 [m], got ${cell_m}`);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let b = 0; b < count; b++) {
    minX = Math.min(minX, bounds[4 * b]!);
    minY = Math.min(minY, bounds[4 * b + 1]!);
    maxX = Math.max(maxX, bounds[4 * b + 2]!);
    maxY = Math.max(maxY, bounds[4 * b + 3]!);
  }
  if (count === 0) minX = minY = maxX = maxY = 0;
  let cell = cell_m;
  while (Math.ceil((maxX - minX) / cell + 1e-9) * Math.ceil((maxY - minY) / cell + 1e-9) > MAX_CELLS) cell *= 2;
  const nx = Math.max(1, Math.ceil((maxX - minX) / cell + 1e-9));
  const ny = Math.max(1, Math.ceil((maxY - minY) / cell + 1e-9));
  const column = (x: number) => Math.min(nx - 1, Math.max(0, Math.floor((x - minX) / cell)));
  const row = (y: number) => Math.min(ny - 1, Math.max(0, Math.floor((y - minY) / cell)));

  const cellStart = new Int32Array(nx * ny + 1);
  for (let pass = 0; pass < 2; pass++) {
    const items = pass === 1 ? new Int32Array(cellStart[nx * ny]!) : null;
    const fill = pass === 1 ? cellStart.slice() : null;
    for (let b = 0; b < count; b++) {
      const i0 = column(bounds[4 * b]!);
      const i1 = column(bounds[4 * b + 2]!);
      const j0 = row(bounds[4 * b + 1]!);
      const j1 = row(bounds[4 * b + 3]!);
      for (let j = j0; j <= j1; j++) {
        for (let i = i0; i <= i1; i++) {
          const c = i + j * nx;
          if (items && fill) items[fill[c]!++] = b;
          else cellStart[c + 1]!++;
        }
      }
    }
    if (items) return { minX, minY, cell_m: cell, nx, ny, cellStart, items };
    for (let c = 0; c < nx * ny; c++) cellStart[c + 1]! += cellStart[c]!;
  }
  throw new Error('unreachable');
}
