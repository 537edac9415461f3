import type { Horizon } from '../geo/types';
import type { SkyModel } from '../sky/types';
import { planeOfArrayComponents } from './planeOfArrayComponents';
import type { SkyYear } from './types';

/**
 * Plane-of-array global irradiance for every hour of a sky year [W/m²], with the same parts and shading rules as the
 * integrator (integratePoint), hour by hour: beam and circumsolar when the sun is above the horizon in its sector,
 * isotropic diffuse and horizon darkening × SVF/((1 + cos β)/2), horizon brightening × the band's visible share,
 * ground reflection kept. An hour whose parts add up below 0 (a Perez horizon darkening larger than the dome it
 * corrects: in the regional year only on planes tilted beyond the vertical, by < 1 W/m²) reads 0, where the integrator keeps the signed sum. Summed over the year it
 * gives integratePoint's annual value. This is the input of the hourly PV model (incidence-angle modifier, cell
 * temperature, DC/AC), which needs POA with shading hour by hour.
 *
 * @param sky the sky year (prepareSkyYear)
 * @param surfaceTilt plane tilt [°], within [0, 180]
 * @param surfaceAzimuth plane azimuth [°] clockwise from north, within [0, 360]
 * @param model sky diffuse model ('isotropic' | 'haydavies' | 'perez')
 * @param albedo ground reflectance [-], within [0, 1]
 * @param horizon obstruction elevation per azimuth sector [°] (any number of sectors ≥ 4), or null/omitted
 * @param skyViewFactor [-] within [0, 1]; default computed from the horizon
 * @returns POA global irradiance per hour [W/m²]
 * @example planeOfArrayHourly(sky, 35, 180, 'perez', 0.2).reduce((a, b) => a + b) / 1000 // kWh/m² per year
 */
export function planeOfArrayHourly(
  sky: SkyYear,
  surfaceTilt: number,
  surfaceAzimuth: number,
  model: SkyModel,
  albedo: number,
  horizon: Horizon | null = null,
  skyViewFactor?: number,
): Float32Array {
  const c = planeOfArrayComponents(sky, surfaceTilt, surfaceAzimuth, model, albedo, horizon, skyViewFactor);
  const poa = new Float32Array(c.hours);
  for (let i = 0; i < c.hours; i++) {
    poa[i] = Math.max(0, c.sky_w_m2[i]! + c.ground_w_m2[i]! + (c.beam_w_m2[i]! + c.circumsolar_w_m2[i]!));
  }
  return poa;
}
