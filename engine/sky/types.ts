/** Transposition models for the sky diffuse irradiance on a tilted plane (see skyDiffuse.ts). */
export type SkyModel = 'isotropic' | 'haydavies' | 'perez';

/** The models the dispatcher accepts, in the order the docs list them. */
export const SKY_MODELS: readonly SkyModel[] = ['isotropic', 'haydavies', 'perez'];

/** Everything a sky diffuse model may read for one instant (each model reads a subset). */
export interface SkyDiffuseInput {
  /** Plane tilt from horizontal [°], within [0, 180] (0 faces up, 90 is a wall). */
  surfaceTilt: number;
  /** Direction the plane faces [°] clockwise from north, within [0, 360]. */
  surfaceAzimuth: number;
  /** Apparent solar zenith [°], within [0, 180]. */
  solarZenith: number;
  /** Solar azimuth [°] clockwise from north, within [0, 360]. */
  solarAzimuth: number;
  /** Diffuse horizontal irradiance [W/m²], ≥ 0. */
  dhi: number;
  /** Direct normal irradiance [W/m²], ≥ 0. */
  dni: number;
  /** Extraterrestrial normal irradiance [W/m²], > 0 (sun/extraterrestrialIrradiance). */
  dniExtra: number;
  /** Relative air mass [-] (sun/relativeAirMass); NaN when the sun is below the horizon. */
  airmass: number;
}

/**
 * Sky diffuse irradiance on the plane split by the part of the sky it comes from [W/m²]: the uniform dome
 * (`isotropic`), the disc around the sun (`circumsolar`, shaded with the beam) and the band along the horizon
 * (`horizon`, may be negative in Perez: a horizon darker than the dome). Their sum is the plane's sky diffuse.
 */
export interface SkyDiffuseParts {
  isotropic: number;
  circumsolar: number;
  horizon: number;
}
