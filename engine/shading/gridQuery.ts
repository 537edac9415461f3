import type { ShadingScene } from './types';

/**
 * Buildings whose bounding box comes within `radius_m` of a box (a point when the box is flat), by the scene's grid.
 * The result is written to `scene.scratch.found` (valid until the next query) and its length returned.
 *
 * @param scene the scene
 * @param x0 box west edge [m]; y0 south, x1 east, y1 north
 * @param radius_m distance [m], ≥ 0
 * @returns number of buildings found
 */
export function gridQuery(
  scene: ShadingScene,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius_m: number,
): number {
  const { grid, scratch, buildingBounds: bounds } = scene;
  const { visited, found } = scratch;
  if (scratch.stamp >= 0x7fffffff) {
    visited.fill(0);
    scratch.stamp = 0;
  }
  const stamp = ++scratch.stamp;
  const { minX, minY, cell_m, nx, ny, cellStart, items } = grid;
  const i0 = Math.max(0, Math.floor((x0 - radius_m - minX) / cell_m));
  const i1 = Math.min(nx - 1, Math.floor((x1 + radius_m - minX) / cell_m));
  const j0 = Math.max(0, Math.floor((y0 - radius_m - minY) / cell_m));
  const j1 = Math.min(ny - 1, Math.floor((y1 + radius_m - minY) / cell_m));
  const r2 = radius_m * radius_m;
  let count = 0;
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      const c = i + j * nx;
      for (let k = cellStart[c]!; k < cellStart[c + 1]!; k++) {
        const b = items[k]!;
        if (visited[b] === stamp) continue;
        visited[b] = stamp;
        const o = 4 * b;
        const dx = Math.max(0, bounds[o]! - x1, x0 - bounds[o + 2]!);
        const dy = Math.max(0, bounds[o + 1]! - y1, y0 - bounds[o + 3]!);
        if (dx * dx + dy * dy <= r2) found[count++] = b;
      }
    }
  }
  return count;
}
