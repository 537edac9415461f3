import type { RoofPlane } from '../roof/planarFace';
import type { CellGrid } from './cellGrid';
import { planeZ } from './findSuperstructures';

export interface DormerOf {
  /** The dormer's face. */
  dormer: number;
  /** The face it stands on. */
  host: number;
  /** Highest inlier of the dormer above the host's plane [m]. */
  height_m: number;
}

/**
 * Faces that are dormers of a neighbour: a face F is a dormer on face G when they share raster edges, F's plan area
 * is under half of G's, and F's inliers lie on average more than `minHeight_m` above G's plane (a roof without
 * dormers is convex or made of valleys, where each face lies below its neighbours' planes extended). Among several
 * such G, the one sharing the longest edge is the host.
 *
 * @param x, y, z inlier coordinates as the planes use them [m]; `inliers[f]` the points of face f
 */
export function findDormers(
  grid: CellGrid,
  cellFace: Int32Array,
  planes: readonly RoofPlane[],
  planAreas_m2: readonly number[],
  inliers: readonly number[][],
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
  minHeight_m: number,
): DormerOf[] {
  const { nx, ny } = grid;
  const faces = planes.length;
  const shared = new Int32Array(faces * faces);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const a = cellFace[i + j * nx]!;
      if (a < 0) continue;
      const right = i + 1 < nx ? cellFace[i + 1 + j * nx]! : -1;
      const up = j + 1 < ny ? cellFace[i + (j + 1) * nx]! : -1;
      for (const b of [right, up]) {
        if (b >= 0 && b !== a) {
          shared[a * faces + b] = shared[a * faces + b]! + 1;
          shared[b * faces + a] = shared[b * faces + a]! + 1;
        }
      }
    }
  }
  const out: DormerOf[] = [];
  for (let f = 0; f < faces; f++) {
    let host = -1;
    let hostHeight = 0;
    for (let g = 0; g < faces; g++) {
      if (g === f || shared[f * faces + g] === 0 || !(planAreas_m2[f]! < 0.5 * planAreas_m2[g]!)) continue;
      let sum = 0;
      let top = -Infinity;
      for (const k of inliers[f]!) {
        const h = z[k]! - planeZ(planes[g]!, x[k]!, y[k]!);
        sum += h;
        top = Math.max(top, h);
      }
      if (sum / inliers[f]!.length <= minHeight_m) continue;
      if (host < 0 || shared[f * faces + g]! > shared[f * faces + host]!) [host, hostHeight] = [g, top];
    }
    if (host >= 0) out.push({ dormer: f, host, height_m: hostHeight });
  }
  return out;
}
