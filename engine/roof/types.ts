import type { LocalPoint, LocalPolygon, RoofFace } from '../geo/types';

/** Roof shapes of the building model (api/src/domain/building.ts), repeated so the engine stays free of the API. */
export type RoofShapeName =
  'flat' | 'shed' | 'gable' | 'hip' | 'pyramidal' | 'mansard' | 'gambrel' | 'half-hip' | 'dome' | 'other';

/** The four roof models the engine builds; every other shape is drawn as the closest of them (`roofModel`). */
export type RoofModel = 'flat' | 'shed' | 'gable' | 'hip';

/**
 * A ridge shared by the houses of an attached row (`rowRidge`): every house is cut by the same line and its two
 * planes pass through it at the same height with the same pitch, so neighbours' roof planes are continuous.
 */
export interface RidgeLine {
  /** Two distinct points of the ridge line in the local frame [m]. */
  from: LocalPoint;
  to: LocalPoint;
  /** Height of the ridge above the ground [m]; replaces the building's height_m. */
  height_m: number;
  /** Pitch of both slopes [°]; null keeps the building's own (or default) pitch. */
  pitch_deg: number | null;
}

/** What the roof module needs of a building; angles in degrees, azimuth clockwise from north. */
export interface RoofInput {
  /** Footprint parts in the local frame [m]: each an exterior ring then holes, closed (GeoJSON style). */
  footprint: LocalPolygon[];
  /** Height from the ground to the top of the roof [m]. */
  height_m: number;
  roof_shape: RoofShapeName | null;
  /** Pitch of the main slopes [°], within [0, 90); null → `defaultPitch`. */
  roof_pitch_deg: number | null;
  /** Azimuth the main slope faces (OSM roof:direction) [°]; used by shed roofs. */
  roof_direction_deg: number | null;
  /** Azimuth of the ridge [°] (any value, read modulo 180); null → long axis of the minimum rotated rectangle. */
  ridge_azimuth_deg: number | null;
  typology: string | null;
  /** Storeys above ground; only read by `defaultRoofShape`. */
  levels: number | null;
  /**
   * Measured rise of the roof, ridge above eaves [m] ≥ 0 (BD TOPO roof altitudes, OSM roof:height); absent or null
   * when not measured. Read when `roof_pitch_deg` is null (`roofFromRise`).
   */
  roof_rise_m?: number | null;
  /** Main use, lower case (BD TOPO usage_1 'industriel', OSM building=warehouse…); only read by `defaultRoofShape`. */
  usage?: string | null;
  /** Ridge shared with the attached neighbours (gable roofs only). */
  ridgeLine?: RidgeLine | null;
}

export interface RoofOptions {
  /** Lowest eaves a pitched roof may leave [m] (default 2.5, one storey): steeper data is flattened to fit. */
  minEaves_m?: number;
}

export interface RoofResult {
  /** Height of the wall tops [m]: the lowest eaves over all parts (height_m for a flat roof). */
  eaves_m: number;
  faces: RoofFace[];
}

/** A building as `findRoofRows` and `rowRidge` read it. */
export interface RowCandidate {
  id: string | number;
  footprint: LocalPolygon[];
  ridge_azimuth_deg: number | null;
  roof_shape: RoofShapeName | null;
  /** Height to the ridge [m]; needed by `rowRidge` only. */
  height_m?: number | null;
  /** Pitch [°]; read by `rowRidge` only. */
  roof_pitch_deg?: number | null;
}

/**
 * One face of a hipped roof in plan: its outline and the wall line it rises from. A point p of the face lies
 * n·p − c metres inside that line, so its height is eaves + slope·(n·p − c).
 */
export interface SkeletonFace {
  /** Open counter-clockwise outline [m]. */
  ring: LocalPoint[];
  /** Inward unit normal of the wall line. */
  nx: number;
  ny: number;
  /** Offset of the wall line: n·p = c on the wall [m]. */
  c: number;
}
