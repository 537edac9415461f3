import type { RasterGrid } from './rasterGrid';
import type { PlanPoint } from './types';

/** Rings of one region of cells: `outer` counter-clockwise, `holes` clockwise (RFC 7946 winding), open (see close). */
export interface CellOutline {
  outer: PlanPoint[];
  holes: PlanPoint[][];
}

// Directed side of a cell, interior on its left: 0 east, 1 north, 2 west, 3 south.
const DI = [1, 0, -1, 0];
const DJ = [0, 1, 0, -1];

/**
 * Outline of a 4-connected region of cells traced along the cell sides: every side between a member cell and a
 * non-member becomes an edge with the region on its left, and edges are linked corner to corner. Where two member
 * cells touch only by a corner the tracer turns left, which keeps them on separate rings (4-connectivity, as in
 * labelComponents). Vertices are kept only where the direction changes. O(cells of the region).
 *
 * @param member whether cell index c belongs to the region (called for the region's cells and their neighbours)
 * @param cells the region's cell indices
 * @returns the outer ring and any holes, in the grid's metres, open (first vertex not repeated)
 * @example traceCellOutline((c) => labels[c] === 3, cellsOfRegion3, grid)
 */
export function traceCellOutline(
  member: (cell: number) => boolean,
  cells: ArrayLike<number>,
  grid: RasterGrid,
): CellOutline {
  const { nx, ny, x0_m, y0_m, cellSize_m } = grid;
  const inside = (i: number, j: number): boolean => i >= 0 && i < nx && j >= 0 && j < ny && member(i + j * nx);
  const W = nx + 1;
  const from: number[] = [];
  const dir: number[] = [];
  const outgoing = new Map<number, number[]>();
  const addEdge = (ci: number, cj: number, d: number): void => {
    const key = ci + cj * W;
    const id = from.length;
    from.push(key);
    dir.push(d);
    const list = outgoing.get(key);
    if (list) list.push(id);
    else outgoing.set(key, [id]);
  };
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    const i = c % nx;
    const j = (c - i) / nx;
    if (!inside(i, j - 1)) addEdge(i, j, 0);
    if (!inside(i + 1, j)) addEdge(i + 1, j, 1);
    if (!inside(i, j + 1)) addEdge(i + 1, j + 1, 2);
    if (!inside(i - 1, j)) addEdge(i, j + 1, 3);
  }
  const used = new Uint8Array(from.length);
  const rings: PlanPoint[][] = [];
  for (let start = 0; start < from.length; start++) {
    if (used[start]) continue;
    const ring: PlanPoint[] = [];
    let e = start;
    for (;;) {
      used[e] = 1;
      const key = from[e]! + DI[dir[e]!]! + DJ[dir[e]!]! * W;
      const candidates = outgoing.get(key)!.filter((f) => !used[f] || f === start);
      // prefer left turn, then straight, then right (see the doc comment)
      let next = -1;
      for (const turn of [1, 0, 3]) {
        const want = (dir[e]! + turn) % 4;
        next = candidates.find((f) => dir[f] === want) ?? -1;
        if (next >= 0) break;
      }
      if (next < 0) throw new Error('traceCellOutline: open boundary (member() disagrees with cells)');
      if (dir[next] !== dir[e]) {
        const ci = key % W;
        ring.push([x0_m + ci * cellSize_m, y0_m + ((key - ci) / W) * cellSize_m]);
      }
      if (next === start) break;
      e = next;
    }
    rings.push(ring);
  }
  const areas = rings.map(twiceArea);
  const outerIndex = areas.indexOf(Math.max(...areas));
  return {
    outer: rings[outerIndex] ?? [],
    holes: rings.filter((_, k) => k !== outerIndex),
  };
}

function twiceArea(ring: PlanPoint[]): number {
  let s = 0;
  for (let k = 0; k < ring.length; k++) {
    const a = ring[k]!;
    const b = ring[(k + 1) % ring.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}
