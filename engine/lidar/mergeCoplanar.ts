import type { CellGrid } from './cellGrid';
import type { Regions } from './growRegions';
import { MOMENTS, planeDistance, planeFromMoments } from './planeMoments';

/**
 * Merge adjacent regions that are one plane: normals within `mergeAngle` and each centroid within the distance
 * tolerance of the other's plane (region growing splits a plane where a chimney or a noisy strip interrupts it).
 * Union–find over the pairs of regions that touch on the raster; returns the regions renumbered 0…m−1.
 */
export function mergeCoplanar(
  grid: CellGrid,
  regions: Regions,
  cosMergeAngle: number,
  distanceTolerance_m: number,
): Regions {
  const { nx, ny } = grid;
  const { cellRegion, moments } = regions;
  const parent = moments.map((_, r) => r);
  const find = (r: number): number => {
    while (parent[r] !== r) r = parent[r] = parent[parent[r]!]!;
    return r;
  };
  const planes = moments.map((m) => planeFromMoments(m));
  const tried = new Set<number>();
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const a = cellRegion[i + j * nx]!;
      if (a < 0) continue;
      for (const d of [i + 1 < nx ? i + 1 + j * nx : -1, j + 1 < ny ? i + (j + 1) * nx : -1]) {
        const b = d >= 0 ? cellRegion[d]! : -1;
        if (b < 0 || b === a) continue;
        const key = Math.min(a, b) * moments.length + Math.max(a, b);
        if (tried.has(key)) continue;
        tried.add(key);
        const pa = planes[a];
        const pb = planes[b];
        if (!pa || !pb) continue;
        if (pa.nx * pb.nx + pa.ny * pb.ny + pa.nz * pb.nz < cosMergeAngle) continue;
        if (Math.abs(planeDistance(pa, pb.cx, pb.cy, pb.cz)) > distanceTolerance_m) continue;
        if (Math.abs(planeDistance(pb, pa.cx, pa.cy, pa.cz)) > distanceTolerance_m) continue;
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  const renumber = new Int32Array(moments.length).fill(-1);
  const merged: Float64Array[] = [];
  moments.forEach((m, r) => {
    const root = find(r);
    if (renumber[root]! < 0) {
      renumber[root] = merged.length;
      merged.push(new Float64Array(MOMENTS));
    }
    const target = merged[renumber[root]!]!;
    for (let k = 0; k < MOMENTS; k++) target[k] = target[k]! + m[k]!;
  });
  const out = new Int32Array(cellRegion.length);
  for (let c = 0; c < cellRegion.length; c++) out[c] = cellRegion[c]! < 0 ? -1 : renumber[find(cellRegion[c]!)]!;
  return { cellRegion: out, moments: merged };
}
