/**
 * A plan raster over a building with its points bucketed by cell (a counting sort: O(n), no per-cell arrays), the
 * grid index that keeps every neighbourhood query local instead of O(n²) over the points. Coordinates are relative to
 * (x0, y0), the grid's south-west corner [m]; cell (i, j) covers [i·cell, (i+1)·cell) × [j·cell, (j+1)·cell).
 */
export interface CellGrid {
  cell_m: number;
  nx: number;
  ny: number;
  /** Points of cell c are order[start[c] … start[c + 1]). */
  start: Int32Array;
  order: Int32Array;
  /** Cell of each point. */
  cellOf: Int32Array;
}

/**
 * Bucket n points (x, y relative to the grid's corner [m]) into an nx × ny raster of `cell_m` cells; points outside
 * are clamped to the border cells.
 */
export function cellGrid(
  x: Float64Array,
  y: Float64Array,
  n: number,
  nx: number,
  ny: number,
  cell_m: number,
): CellGrid {
  const cells = nx * ny;
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cells + 1);
  for (let k = 0; k < n; k++) {
    const i = Math.min(nx - 1, Math.max(0, Math.floor(x[k]! / cell_m)));
    const j = Math.min(ny - 1, Math.max(0, Math.floor(y[k]! / cell_m)));
    const c = i + j * nx;
    cellOf[k] = c;
    start[c + 1] = start[c + 1]! + 1;
  }
  for (let c = 0; c < cells; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = start.slice(0, cells);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const c = cellOf[k]!;
    order[fill[c]!] = k;
    fill[c] = fill[c]! + 1;
  }
  return { cell_m, nx, ny, start, order, cellOf };
}
