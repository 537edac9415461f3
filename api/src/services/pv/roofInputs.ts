import { polygonFromEwkbHex } from '../../db/ewkb.js';
import type { LocalFrame } from '../../../../engine/geo/localFrame.js';
import { faceGrid } from '../../../../engine/roof/faceGrid.js';
import { newellVector } from '../../../../engine/roof/newellVector.js';
import { normalize } from '../../../../engine/roof/vec3.js';
import type { FaceInput } from '../../../../engine/layout/index.js';
import type { Vec3 } from '../../../../engine/geo/types.js';

/** A computed roof face as pv/building_faces returns it. */
export interface FaceRow {
  face_index: number;
  /** The face's PolygonZ as hex EWKB ([lon, lat, z_m] positions). */
  ring_ewkb: string;
  tilt_deg: number;
  azimuth_deg: number;
  area_m2: number;
  plan_area_m2: number;
  grid_spacing_m: number;
  grid_nu: number;
  grid_nv: number;
  sample_kwh_m2: (number | null)[];
  horizon_deg: number[] | null;
  sky_view_factor: number;
}

/**
 * The stored faces in the building's local frame, with their sample grids rebuilt from the rings (engine/roof
 * faceGrid, the definition the cadastre used). Rings travel at 1e-9°, so a rebuilt grid can differ from the stored
 * one by a cell at an edge: the stored size and samples are then kept, the rebuilt axes and origin used, and a cell
 * counts as inside exactly when it has a stored value.
 */
export function roofInputs(frame: LocalFrame, rows: FaceRow[]): FaceInput[] {
  return rows.map((row) => {
    const ring: Vec3[] = polygonFromEwkbHex(row.ring_ewkb)[0]!.map(([lon, lat, z]) => {
      const [x, y] = frame.toLocal([lon!, lat!]);
      return [x, y, z!];
    });
    const face = {
      index: row.face_index,
      ring,
      normal: normalize(newellVector(ring)),
      tilt_deg: row.tilt_deg,
      azimuth_deg: row.azimuth_deg,
      area_m2: row.area_m2,
      plan_area_m2: row.plan_area_m2,
    };
    const grid = faceGrid(face, row.grid_spacing_m);
    if (grid.nu !== row.grid_nu || grid.nv !== row.grid_nv) {
      grid.nu = row.grid_nu;
      grid.nv = row.grid_nv;
      grid.inside = Uint8Array.from(row.sample_kwh_m2, (v) => (v === null ? 0 : 1));
    }
    return { face, grid, sample_kwh_m2: row.sample_kwh_m2 };
  });
}
