/**
 * Roofs: faces of a building's roof from its footprint and roof attributes, or given by a 3D city model; attached
 * rows, face sample grids.
 */
export { roofFaces } from './roofFaces';
export {
  givenRoofFaces,
  MAX_GIVEN_TILT_DEG,
  MAX_PLANE_OFFSET_M,
  MIN_GIVEN_AREA_M2,
  type GivenRoofResult,
  type LocalPolygon3,
} from './givenRoofFaces';
export { findRoofRows, MIN_SHARED_WALL_M, ROW_RIDGE_TOLERANCE_DEG } from './findRoofRows';
export { rowRidge } from './rowRidge';
export { faceGrid, SAMPLE_LIFT_M } from './faceGrid';
export { faceUv } from './faceUv';
export { defaultPitch, DEFAULT_PITCH_DEG, DEFAULT_SHED_PITCH_DEG } from './defaultPitch';
export {
  defaultRoofShape,
  FLAT_FOOTPRINT_M2,
  FLAT_LEVELS,
  FLAT_NON_RESIDENTIAL_M2,
  NON_RESIDENTIAL_USAGES,
} from './defaultRoofShape';
export { roofFromRise, FLAT_RISE_M } from './roofFromRise';
export { pitchFromRise, MIN_RISE_PITCH_DEG, MAX_RISE_PITCH_DEG } from './pitchFromRise';
export { roofModel } from './roofModel';
export { MIN_EAVES_M } from './cappedSlope';
export { straightSkeleton } from './straightSkeleton';
export type { RidgeLine, RoofInput, RoofModel, RoofOptions, RoofResult, RoofShapeName, RowCandidate } from './types';
