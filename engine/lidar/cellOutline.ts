import type { PlanPoint } from './types';

/** Steps of the four directions east, north, west, south in raster vertex units. */
const DI = [1, 0, -1, 0];
const DJ = [0, 1, 0, -1];

/**
 * Boundary loops of the raster cells where `label[c] === value`, along the cell edges: outer boundaries
 * counter-clockwise (positive area), holes clockwise; cells touching only at a corner are separate pieces (at such a
 * vertex the walk turns left, keeping to 4-connectivity). Only the corners of each loop are returned, open (first
 * vertex not repeated), in metres from the raster's origin (x0, y0).
 */
export function cellOutline(
  label: Int32Array,
  value: number,
  nx: number,
  ny: number,
  x0: number,
  y0: number,
  cell_m: number,
): PlanPoint[][] {
  const w = nx + 1;
  const has = (i: number, j: number) => i >= 0 && j >= 0 && i < nx && j < ny && label[i + j * nx] === value;
  // edge[(vertex) * 4 + direction]: 1 when a boundary edge leaves that vertex that way (interior on its left).
  const edge = new Uint8Array(w * (ny + 1) * 4);
  const used = new Uint8Array(edge.length);
  let any = false;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (!has(i, j)) continue;
      any = true;
      if (!has(i, j - 1)) edge[(i + j * w) * 4 + 0] = 1;
      if (!has(i + 1, j)) edge[(i + 1 + j * w) * 4 + 1] = 1;
      if (!has(i, j + 1)) edge[(i + 1 + (j + 1) * w) * 4 + 2] = 1;
      if (!has(i - 1, j)) edge[(i + (j + 1) * w) * 4 + 3] = 1;
    }
  }
  if (!any) return [];
  const loops: PlanPoint[][] = [];
  for (let e0 = 0; e0 < edge.length; e0++) {
    if (!edge[e0] || used[e0]) continue;
    const loop: PlanPoint[] = [];
    let v = e0 >> 2;
    let d = e0 & 3;
    let previous = -1;
    for (;;) {
      used[v * 4 + d] = 1;
      if (d !== previous) loop.push([x0 + (v % w) * cell_m, y0 + Math.floor(v / w) * cell_m]);
      previous = d;
      v += DI[d]! + DJ[d]! * w;
      // Left, straight, right: the first edge that exists is this loop's; if already walked, the loop is closed.
      const next = [(d + 1) & 3, d, (d + 3) & 3].find((q) => edge[v * 4 + q]);
      if (next === undefined || used[v * 4 + next]) {
        // The start vertex is not a corner when the loop arrives in the direction it left.
        if (next === (e0 & 3) && loop.length > 1 && previous === next) loop.shift();
        break;
      }
      d = next;
    }
    loops.push(loop);
  }
  return loops;
}
