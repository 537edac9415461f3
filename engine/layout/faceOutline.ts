import type { FaceGrid, RoofFace } from '../geo/types';

/** A face ring in its own plane: vertex k at (us[k], vs[k]) [m] from the grid origin along grid.u and grid.v. */
export interface FaceOutline {
  /** Open ring (the closing vertex dropped), counter-clockwise in (u, v). */
  us: Float64Array;
  vs: Float64Array;
  uMin: number;
  uMax: number;
  vMin: number;
  vMax: number;
}

/**
 * The face ring in the (u, v) coordinates of its sample grid, so that cell (i, j) has its centre at
 * ((i + ½)·s, (j + ½)·s): u = (p − origin)·grid.u, v = (p − origin)·grid.v.
 *
 * @param face the face (its closed ring [m])
 * @param grid the face's grid (engine/roof/faceGrid)
 */
export function faceOutline(face: RoofFace, grid: FaceGrid): FaceOutline {
  const n = face.ring.length - 1;
  const us = new Float64Array(n);
  const vs = new Float64Array(n);
  const [ox, oy, oz] = grid.origin;
  const [ux, uy, uz] = grid.u;
  const [vx, vy, vz] = grid.v;
  let uMin = Infinity;
  let uMax = -Infinity;
  let vMin = Infinity;
  let vMax = -Infinity;
  for (let k = 0; k < n; k++) {
    const [x, y, z] = face.ring[k]!;
    const u = (x - ox) * ux + (y - oy) * uy + (z - oz) * uz;
    const v = (x - ox) * vx + (y - oy) * vy + (z - oz) * vz;
    us[k] = u;
    vs[k] = v;
    uMin = Math.min(uMin, u);
    uMax = Math.max(uMax, u);
    vMin = Math.min(vMin, v);
    vMax = Math.max(vMax, v);
  }
  return { us, vs, uMin, uMax, vMin, vMax };
}
