import { aoiCosine } from '../sky/aoiCosine';
import { groundDiffuse } from '../sky/groundDiffuse';
import { skyDiffuse } from '../sky/skyDiffuse';
import type { SkyModel } from '../sky/types';
import type { SkyYear } from './types';

/** Irradiance on an unobstructed plane during one hour, split by where it comes from [W/m²]. */
export interface PlaneHourParts {
  /** True when the sun is above the horizon (apparent zenith < 90°) and in front of the plane (cos θ > 0). */
  sunInFront: boolean;
  /** Cosine of the sun's angle of incidence on the plane [-], within [-1, 1]. */
  cosAoi: number;
  /** DNI·cos θ; 0 unless sunInFront. */
  beam: number;
  circumsolar: number;
  isotropic: number;
  horizon: number;
  ground: number;
}

/**
 * Split one hour of a sky year on a plane into beam, circumsolar, isotropic, horizon-band and ground-reflected
 * irradiance [W/m²], with the sky model's own rules (sky/skyDiffuse). Beam and circumsolar count only with the sun
 * above the horizon and in front of the plane; the other parts never depend on the sun's direction being visible.
 * The definition of an hour: the hourly series (planeOfArrayHourly) calls it; the table (preparePlane) reproduces it
 * to the last bit from the sky year's factors (planeHourSums, checked in preparePlane.test.ts) and calls it only on
 * weather the checks may refuse, for the same RangeError.
 */
export function planeHourParts(
  sky: SkyYear,
  hour: number,
  surfaceTilt: number,
  surfaceAzimuth: number,
  model: SkyModel,
  albedo: number,
): PlaneHourParts {
  const solarZenith = sky.zenith_deg[hour]!;
  const solarAzimuth = sky.azimuth_deg[hour]!;
  const dni = sky.dni[hour]!;
  const clampedZenith = Math.min(180, Math.max(0, solarZenith));
  const parts = skyDiffuse(model, {
    surfaceTilt,
    surfaceAzimuth,
    solarZenith: clampedZenith,
    solarAzimuth,
    dhi: sky.dhi[hour]!,
    dni,
    dniExtra: sky.dniExtra[hour]!,
    airmass: sky.airmass[hour]!,
  });
  const cosAoi = aoiCosine(surfaceTilt, surfaceAzimuth, clampedZenith, solarAzimuth);
  const sunInFront = solarZenith < 90 && cosAoi > 0;
  return {
    sunInFront,
    cosAoi,
    beam: sunInFront ? dni * cosAoi : 0,
    circumsolar: sunInFront ? parts.circumsolar : 0,
    isotropic: parts.isotropic,
    horizon: parts.horizon,
    ground: groundDiffuse(sky.ghi[hour]!, surfaceTilt, albedo),
  };
}
