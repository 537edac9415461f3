import type { FaceGrid, RoofFace, Vec3 } from '../geo/types';

/** Farthest a ring vertex may lie off its grid's plane [m] before the grid is taken for another face's. */
const PLANE_TOLERANCE_M = 0.01;

const isVec3 = (p: unknown): p is Vec3 =>
  Array.isArray(p) && p.length === 3 && p.every((c) => typeof c === 'number' && Number.isFinite(c));

/** Checks a face and its grid (engine/roof/faceGrid) and that the grid lies in the face's plane. */
export function validateFaceAndGrid(face: RoofFace, grid: FaceGrid): void {
  if (typeof face !== 'object' || face === null) throw new RangeError('face must be a RoofFace');
  if (!Array.isArray(face.ring) || face.ring.length < 4 || !face.ring.every(isVec3)) {
    throw new RangeError('face.ring must be a closed ring of ≥ 4 finite [x, y, z] points');
  }
  if (!Number.isFinite(face.index)) throw new RangeError(`face.index must be a finite number, got ${face.index}`);
  if (!(face.tilt_deg >= 0 && face.tilt_deg < 90)) {
    throw new RangeError(`face.tilt_deg must be within [0, 90), got ${face.tilt_deg}`);
  }
  if (!Number.isFinite(face.azimuth_deg))
    throw new RangeError(`face.azimuth_deg must be finite, got ${face.azimuth_deg}`);
  if (typeof grid !== 'object' || grid === null) throw new RangeError('grid must be a FaceGrid');
  if (!Number.isInteger(grid.nu) || !Number.isInteger(grid.nv) || grid.nu < 1 || grid.nv < 1) {
    throw new RangeError(`grid.nu and grid.nv must be positive integers, got ${grid.nu} × ${grid.nv}`);
  }
  if (!(grid.spacing_m > 0 && Number.isFinite(grid.spacing_m))) {
    throw new RangeError(`grid.spacing_m must be > 0, got ${grid.spacing_m}`);
  }
  if (!grid.inside || grid.inside.length !== grid.nu * grid.nv) {
    throw new RangeError(`grid.inside must hold nu × nv = ${grid.nu * grid.nv} flags`);
  }
  if (!isVec3(grid.origin) || !isVec3(grid.u) || !isVec3(grid.v)) {
    throw new RangeError('grid.origin, grid.u and grid.v must be finite [x, y, z]');
  }
  const [ux, uy, uz] = grid.u;
  const [vx, vy, vz] = grid.v;
  const n: Vec3 = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
  for (const p of face.ring) {
    const off = (p[0] - grid.origin[0]) * n[0] + (p[1] - grid.origin[1]) * n[1] + (p[2] - grid.origin[2]) * n[2];
    if (!(Math.abs(off) <= PLANE_TOLERANCE_M)) {
      throw new RangeError(
        `grid must be the grid of face ${face.index}: a ring vertex lies ${off.toFixed(3)} m off its plane`,
      );
    }
  }
}

/** Checks that there is one sample per grid cell, each a finite number or null [kWh/m²]. */
export function validateSamples(sample_kwh_m2: ArrayLike<number | null>, grid: FaceGrid): void {
  if (sample_kwh_m2 === null || typeof sample_kwh_m2 !== 'object' || typeof sample_kwh_m2.length !== 'number') {
    throw new RangeError('sample_kwh_m2 must be an array of numbers or null');
  }
  if (sample_kwh_m2.length !== grid.nu * grid.nv) {
    throw new RangeError(`sample_kwh_m2 must hold nu × nv = ${grid.nu * grid.nv} values, got ${sample_kwh_m2.length}`);
  }
  for (let k = 0; k < sample_kwh_m2.length; k++) {
    const value = sample_kwh_m2[k];
    if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
      throw new RangeError(`sample_kwh_m2[${k}] must be a finite number or null, got ${String(value)}`);
    }
  }
}
