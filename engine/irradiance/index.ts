/**
 * Irradiance integration: a sky year per weather × location, a cumulative sun/sky table per plane orientation, and a
 * few hundred operations per sample point behind its horizon. See docs/physics.md.
 */
export { prepareSkyYear, DEFAULT_TIME_OFFSET_MINUTES } from './prepareSkyYear';
export { preparePlane, sectorOf, DEFAULT_SECTORS } from './preparePlane';
export { integratePoint } from './integratePoint';
export { planeOfArrayHourly } from './planeOfArrayHourly';
export { annualPlaneIrradiation } from './annualPlaneIrradiation';
export { planeSkyViewFactor } from './planeSkyViewFactor';
export { diffuseShading, HORIZON_BAND_DEG } from './diffuseShading';
export type { DiffuseShading } from './diffuseShading';
export { planeHourParts } from './planeHourParts';
export type { PlaneHourParts } from './planeHourParts';
export type { PlaneOptions, PlaneTable, PointIrradiation, SectorSky, SkyYear, SkyYearOptions } from './types';
export { planeOfArrayComponents } from './planeOfArrayComponents';
export type { PlaneOfArrayComponents } from './planeOfArrayComponents';
