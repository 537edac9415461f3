import type { SkyModel } from '../sky/types';
import type { TypicalYear } from '../weather/types';
import { planeOfArrayHourly } from './planeOfArrayHourly';
import { prepareSkyYear } from './prepareSkyYear';

/**
 * Annual irradiation of an unobstructed plane by the plain hourly loop: sun position, transposition and ground
 * reflection for each of the 8760 hours, summed (1 h per record). The slow reference the cumulative table
 * (preparePlane + integratePoint) is checked against, and a one-call answer for a single plane.
 *
 * @param weather a parsed typical year (hourly records)
 * @param latitude_deg [°] within [-90, 90]
 * @param longitude_deg [°] within [-180, 180]
 * @param surfaceTilt [°] within [0, 180]
 * @param surfaceAzimuth [°] clockwise from north, within [0, 360]
 * @param model 'isotropic' | 'haydavies' | 'perez'
 * @param albedo ground reflectance [-] within [0, 1]
 * @param timeOffsetMinutes sun position at label + offset [min]; default as prepareSkyYear (10)
 * @returns irradiation on the plane [kWh/m² per year]
 * @example annualPlaneIrradiation(parseWeather(text), 50.4322, 2.8333, 35, 180, 'perez', 0.2) // ≈ 1323
 */
export function annualPlaneIrradiation(
  weather: TypicalYear,
  latitude_deg: number,
  longitude_deg: number,
  surfaceTilt: number,
  surfaceAzimuth: number,
  model: SkyModel,
  albedo: number,
  timeOffsetMinutes?: number,
): number {
  const sky = prepareSkyYear(weather, { latitude_deg, longitude_deg, timeOffsetMinutes });
  const poa = planeOfArrayHourly(sky, surfaceTilt, surfaceAzimuth, model, albedo);
  let sum = 0;
  for (let i = 0; i < poa.length; i++) sum += poa[i]!;
  return sum / 1000;
}
