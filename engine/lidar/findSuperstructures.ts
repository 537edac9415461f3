import { convexHull } from '../geo/convexHull';
import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';
import type { RoofPlane } from '../roof/planarFace';
import type { CellGrid } from './cellGrid';
import type { RoofSuperstructure } from './segmentRoofTypes';

/** Height of plane p above plan point (x, y) [m]. */
export const planeZ = (p: RoofPlane, x: number, y: number): number => p.z0_m + p.gx * x + p.gy * y;

/**
 * Clusters of points standing off their face: among the points in no face, those more than `minHeight_m` above the
 * plane of the face their cell belongs to; their cells, 8-connected and on the same face, make one cluster, kept
 * with at least `minPoints` points. The outline is the convex hull of the cluster's cells (a chimney or a skylight
 * is compact; the raster is the resolution), its height the highest point above the face.
 *
 * @param x, y plan coordinates relative to the grid's corner [m]; (x0, y0) the corner, for the output outlines
 * @param planes each face's plane in those relative coordinates, z above ground [m]
 * @returns the clusters, and a flag per point set when the point is in one
 */
export function findSuperstructures(
  grid: CellGrid,
  cellFace: Int32Array,
  planes: readonly RoofPlane[],
  pointFace: Int32Array,
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
  x0: number,
  y0: number,
  minHeight_m: number,
  minPoints: number,
): { clusters: RoofSuperstructure[]; inCluster: Uint8Array } {
  const { nx, ny, cell_m, cellOf } = grid;
  const n = cellOf.length;
  const high = new Uint8Array(n);
  const cellHigh = new Uint8Array(nx * ny);
  for (let k = 0; k < n; k++) {
    const f = cellFace[cellOf[k]!]!;
    if (pointFace[k]! >= 0 || f < 0) continue;
    if (z[k]! - planeZ(planes[f]!, x[k]!, y[k]!) > minHeight_m) {
      high[k] = 1;
      cellHigh[cellOf[k]!] = 1;
    }
  }
  const component = new Int32Array(nx * ny).fill(-1);
  const cellsOf: number[][] = [];
  for (let c0 = 0; c0 < nx * ny; c0++) {
    if (!cellHigh[c0] || component[c0]! >= 0) continue;
    const id = cellsOf.length;
    const cells = [c0];
    component[c0] = id;
    for (let h = 0; h < cells.length; h++) {
      const c = cells[h]!;
      const i = c % nx;
      const j = (c - i) / nx;
      for (let jj = Math.max(0, j - 1); jj <= Math.min(ny - 1, j + 1); jj++) {
        for (let ii = Math.max(0, i - 1); ii <= Math.min(nx - 1, i + 1); ii++) {
          const d = ii + jj * nx;
          if (cellHigh[d] && component[d]! < 0 && cellFace[d] === cellFace[c0]) {
            component[d] = id;
            cells.push(d);
          }
        }
      }
    }
    cellsOf.push(cells);
  }
  const stats = cellsOf.map(() => ({ count: 0, sx: 0, sy: 0, top: -Infinity }));
  for (let k = 0; k < n; k++) {
    if (!high[k]) continue;
    const s = stats[component[cellOf[k]!]!]!;
    const f = cellFace[cellOf[k]!]!;
    s.count += 1;
    s.sx += x[k]!;
    s.sy += y[k]!;
    s.top = Math.max(s.top, z[k]! - planeZ(planes[f]!, x[k]!, y[k]!));
  }
  const keep = stats.map((s) => s.count >= minPoints);
  const inCluster = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (high[k] && keep[component[cellOf[k]!]!]) inCluster[k] = 1;
  const clusters: RoofSuperstructure[] = [];
  cellsOf.forEach((cells, id) => {
    const s = stats[id]!;
    if (!keep[id]) return;
    const corners: LocalPoint[] = cells.flatMap((c) => {
      const i = c % nx;
      const j = (c - i) / nx;
      const [ax, ay] = [x0 + i * cell_m, y0 + j * cell_m];
      return [
        [ax, ay],
        [ax + cell_m, ay],
        [ax + cell_m, ay + cell_m],
        [ax, ay + cell_m],
      ] as LocalPoint[];
    });
    const hull = convexHull(corners);
    clusters.push({
      kind: 'cluster',
      face_index: cellFace[cells[0]!]!,
      dormer_face_index: null,
      ring: [...hull, hull[0]!],
      centroid: [x0 + s.sx / s.count, y0 + s.sy / s.count],
      height_m: s.top,
      plan_area_m2: signedArea(hull),
      point_count: s.count,
    });
  });
  return { clusters, inCluster };
}
