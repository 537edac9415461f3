/**
 * Shading: horizons of roof sample points from buildings (prisms with their roofs) and slag heaps (cones), exact per
 * azimuth sector, in a batch form for the cadastre; sky view factor of a plane under a horizon. See docs/shading.md.
 */
export { createShadingScene, DEFAULT_CELL_M } from './createShadingScene';
export { horizonAt } from './horizonAt';
export { buildingHorizons, DEFAULT_NEAR_DISTANCE_M } from './buildingHorizons';
export { skyViewFactor } from './skyViewFactor';
export { DEFAULT_MAX_DISTANCE_M, DEFAULT_SECTORS } from './resolveDistance';
export { SELF_FACE_TOLERANCE_M } from './selfFacesAt';
export { HEAP_FOOT_GAP_M } from './accumulateHeap';
export { MAX_SECTORS } from './sectorTable';
export type { BuildingHorizonsOptions, HorizonOptions, ShadingScene, ShadingSceneOptions } from './types';
