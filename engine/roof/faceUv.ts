import type { FaceGrid, RoofFace, Vec3 } from '../geo/types';
import { dot } from './vec3';

/**
 * Texture coordinates of a face's ring vertices over its grid, for a heat-map texture of nu × nv texels (texel
 * (i, j) = cell (i, j)): u = (p − origin)·grid.u / (nu·s), v = (p − origin)·grid.v / (nv·s), both within [0, 1].
 *
 * @param face the face whose ring is mapped
 * @param grid its grid (`faceGrid`)
 * @returns one [u, v] per ring vertex, closing vertex included [-]
 * @example faceUv(face, faceGrid(face))[0] // e.g. [0, 0.4]
 */
export function faceUv(face: RoofFace, grid: FaceGrid): [u: number, v: number][] {
  if (!Array.isArray(face?.ring) || face.ring.length < 4) throw new RangeError('face.ring must be a closed ring');
  if (!grid || !(grid.nu >= 1 && grid.nv >= 1 && grid.spacing_m > 0)) throw new RangeError('grid must be a FaceGrid');
  const width = grid.nu * grid.spacing_m;
  const height = grid.nv * grid.spacing_m;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return face.ring.map((p) => {
    const d: Vec3 = [p[0] - grid.origin[0], p[1] - grid.origin[1], p[2] - grid.origin[2]];
    return [clamp(dot(d, grid.u) / width), clamp(dot(d, grid.v) / height)];
  });
}
