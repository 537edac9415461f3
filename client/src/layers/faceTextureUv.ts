/**
 * Where each vertex of a roof face falls on the face's sample grid, rebuilt in the browser with the engine's own
 * `faceGrid` and `faceUv` (engine/roof) from the ring the API sends, so that texel (i, j) of the heat-map lies
 * exactly over the cell (i, j) the server computed.
 */
import { faceGrid } from '../../../engine/roof/faceGrid';
import { faceUv } from '../../../engine/roof/faceUv';
import type { RoofFace, Vec3 } from '../../../engine/geo/types';
import type { RoofFaceRecord } from '../data/types';

/** Unit normal of a face from its tilt and azimuth [°] (east, north, up). */
export function faceNormal(tilt_deg: number, azimuth_deg: number): Vec3 {
  const t = (tilt_deg * Math.PI) / 180;
  const a = (azimuth_deg * Math.PI) / 180;
  return [Math.sin(t) * Math.sin(a), Math.sin(t) * Math.cos(a), Math.cos(t)];
}

/** The engine's RoofFace for a record (areas are not read by the grid functions and left at 0). */
export function toRoofFace(record: RoofFaceRecord): RoofFace {
  return {
    index: record.face_index,
    ring: record.ring,
    normal: faceNormal(record.tilt_deg, record.azimuth_deg),
    tilt_deg: record.tilt_deg,
    azimuth_deg: record.azimuth_deg,
    area_m2: 0,
    plan_area_m2: 0,
  };
}

/**
 * Grid coordinates (s, t) ∈ [0, 1]² of every ring vertex (closing vertex included), scaled to the API's nu × nv.
 * The ring reaches the browser rounded to ~1 mm, which can tip ⌈extent / spacing⌉ by one cell when a face spans a
 * whole number of cells; the API's nu and nv are then kept (the extra cell's sliver is clamped). Null when the grid
 * rebuilt here differs by more than that, or the ring is unusable: the building then keeps its plain roof.
 */
export function faceTextureUv(record: RoofFaceRecord): [number, number][] | null {
  try {
    const face = toRoofFace(record);
    const grid = faceGrid(face, record.grid_spacing_m);
    if (Math.abs(grid.nu - record.grid_nu) > 1 || Math.abs(grid.nv - record.grid_nv) > 1) return null;
    return faceUv(face, { ...grid, nu: record.grid_nu, nv: record.grid_nv });
  } catch {
    return null;
  }
}
