import type { CellGrid } from './cellGrid';
import type { CellPlanes } from './cellNormals';
import { MOMENTS, planeDistance, planeFromMoments, type FittedPlane } from './planeMoments';

export interface GrowOptions {
  /** Seeds are cells whose local plane fits this well [m]. */
  seedRms_m: number;
  cosNormalTolerance: number;
  distanceTolerance_m: number;
  minRegionPoints: number;
}

/** Regions grown on the raster: region of each cell (−1 for none) and each region's moments. */
export interface Regions {
  cellRegion: Int32Array;
  moments: Float64Array[];
}

/**
 * Region growing on the raster cells (after T. Rabbani, F. van den Heuvel & G. Vosselman, "Segmentation of point
 * clouds using smoothness constraint", ISPRS Archives 36(5), 2006): seeds are taken in order of increasing local
 * RMS; a region takes a 4-neighbour cell when the cell's local normal is within the normal tolerance of the region's
 * plane and its own points' mean lies within the distance tolerance of that plane; the region's plane is re-fitted
 * from its cells' moments each time it has grown by a quarter. Chosen over RANSAC because a roof is a few large
 * connected planes: growing on cells is linear in the cells, deterministic (no random draws in the engine), and
 * keeps each plane connected in plan, which its outline needs, where RANSAC would pick coplanar but separate pieces
 * (two wings at the same pitch) and spurious planes across ridges. Regions with fewer than `minRegionPoints` points
 * are dropped (their cells stay −1 unless a later region takes them).
 */
export function growRegions(grid: CellGrid, planes: CellPlanes, options: GrowOptions): Regions {
  const { nx, ny } = grid;
  const { own, local } = planes;
  const cells = nx * ny;
  const cellRegion = new Int32Array(cells).fill(-1);
  const visited = new Uint8Array(cells);
  const seeds: number[] = [];
  for (let c = 0; c < cells; c++) {
    const p = local[c];
    if (p && p.rms_m <= options.seedRms_m) seeds.push(c);
  }
  seeds.sort((a, b) => local[a]!.rms_m - local[b]!.rms_m || a - b);
  const moments: Float64Array[] = [];
  const queue = new Int32Array(cells);
  const members: number[] = [];
  for (const seed of seeds) {
    if (visited[seed]) continue;
    const sums = new Float64Array(MOMENTS);
    let plane: FittedPlane = local[seed]!;
    let fittedAt = 0;
    let head = 0;
    let tail = 0;
    members.length = 0;
    queue[tail++] = seed;
    visited[seed] = 1;
    while (head < tail) {
      const c = queue[head++]!;
      members.push(c);
      for (let m = 0; m < MOMENTS; m++) sums[m] = sums[m]! + own[c * MOMENTS + m]!;
      if (sums[0]! >= 1.25 * fittedAt + 3) {
        plane = planeFromMoments(sums) ?? plane;
        fittedAt = sums[0]!;
      }
      const i = c % nx;
      const j = (c - i) / nx;
      for (let q = 0; q < 4; q++) {
        const ii = i + (q === 0 ? 1 : q === 1 ? -1 : 0);
        const jj = j + (q === 2 ? 1 : q === 3 ? -1 : 0);
        if (ii < 0 || jj < 0 || ii >= nx || jj >= ny) continue;
        const d = ii + jj * nx;
        if (visited[d]) continue;
        const lp = local[d];
        const n = own[d * MOMENTS]!;
        if (!lp || n === 0) continue;
        if (lp.nx * plane.nx + lp.ny * plane.ny + lp.nz * plane.nz < options.cosNormalTolerance) continue;
        const o = d * MOMENTS;
        const dist = planeDistance(plane, own[o + 1]! / n, own[o + 2]! / n, own[o + 3]! / n);
        if (Math.abs(dist) > options.distanceTolerance_m) continue;
        visited[d] = 1;
        queue[tail++] = d;
      }
    }
    if (sums[0]! >= options.minRegionPoints) {
      const r = moments.length;
      moments.push(sums);
      for (const c of members) cellRegion[c] = r;
    } else {
      // Too small for a face: leave its cells free for a larger region grown later.
      for (const c of members) visited[c] = 0;
    }
  }
  return { cellRegion, moments };
}
