import { getPosition } from 'suncalc';
import { checkRange } from '../geo/checkRange';
import { dayOfYear } from '../sun/dayOfYear';
import { extraterrestrialIrradiance } from '../sun/extraterrestrialIrradiance';
import { relativeAirMass } from '../sun/relativeAirMass';
import type { TypicalYear } from '../weather/types';
import { skyDiffuseFactors } from './skyDiffuseFactors';
import { sunUpByElevation } from './sunUpByElevation';
import type { SkyYear, SkyYearOptions } from './types';

/**
 * Default minutes between an hour's UTC label and the instant its sun position is taken. PVGIS labels its hourly
 * irradiance HH:00 UTC but samples it at the satellite slot, about ten minutes later: on the regional file
 * GHI = DNI·cos z + DHI closes best with the sun at label + 10 min (fixtures/weather/SOURCE.md), and the annual
 * irradiation of the DESIGN.md §4 reference plane is then closest to pvlib's (see docs/physics.md).
 */
export const DEFAULT_TIME_OFFSET_MINUTES = 10;

/**
 * Sun position, extraterrestrial irradiance and air mass for every hour of a typical year at one location, computed
 * once per weather × location and shared by every plane (preparePlane) and hourly series (planeOfArrayHourly).
 *
 * Per hour i, at t = timeUtcMs[i] + timeOffsetMinutes: sun azimuth, apparent zenith and elevation (suncalc 2.x, as
 * sun/solarPosition), dniExtra (Spencer, day of year of t's UTC date), airmass (Kasten-Young; NaN with the sun
 * below the horizon), and the month of the label. GHI, DNI and DHI are the weather's own arrays. Then what every
 * plane would otherwise recompute: cos z and sin z, the hours with the sun up ordered by elevation
 * (sunUpByElevation), and each sky model's plane-independent factors, Perez's clearness bin, F1 and F2 included
 * (skyDiffuseFactors). Cost ≈ 45 ms the first time in a process, 11 ms after, 60 % of it the 8760 sun positions.
 *
 * @param weather a parsed typical year (weather/parseWeather)
 * @param options latitude_deg [°], longitude_deg [°], timeOffsetMinutes [min] (default 10)
 * @example prepareSkyYear(parseWeather(text), { latitude_deg: 50.4322, longitude_deg: 2.8333 })
 */
export function prepareSkyYear(weather: TypicalYear, options: SkyYearOptions): SkyYear {
  const { latitude_deg, longitude_deg } = options;
  const timeOffsetMinutes = options.timeOffsetMinutes ?? DEFAULT_TIME_OFFSET_MINUTES;
  checkRange('latitude_deg', latitude_deg, -90, 90);
  checkRange('longitude_deg', longitude_deg, -180, 180);
  checkRange('timeOffsetMinutes', timeOffsetMinutes, -60, 60);
  const hours = weather.hours;
  if (!(Number.isInteger(hours) && hours > 0))
    throw new RangeError(`weather.hours must be a positive integer, got ${hours}`);
  for (const key of ['timeUtcMs', 'ghi_w_m2', 'dni_w_m2', 'dhi_w_m2'] as const) {
    if (weather[key].length !== hours) {
      throw new RangeError(`weather.${key} must hold ${hours} values (weather.hours), got ${weather[key].length}`);
    }
  }
  const azimuth_deg = new Float64Array(hours);
  const zenith_deg = new Float64Array(hours);
  const elevation_deg = new Float64Array(hours);
  const dniExtra = new Float64Array(hours);
  const airmass = new Float64Array(hours);
  const month = new Uint8Array(hours);
  const offsetMs = timeOffsetMinutes * 60_000;
  for (let i = 0; i < hours; i++) {
    const label = weather.timeUtcMs[i]!;
    if (!Number.isFinite(label)) throw new RangeError(`weather.timeUtcMs[${i}] must be a finite number, got ${label}`);
    const t = label + offsetMs;
    const { azimuth, altitude } = getPosition(new Date(t), latitude_deg, longitude_deg);
    azimuth_deg[i] = azimuth;
    elevation_deg[i] = altitude;
    zenith_deg[i] = 90 - altitude;
    dniExtra[i] = extraterrestrialIrradiance(dayOfYear(t));
    airmass[i] = relativeAirMass(Math.min(180, Math.max(0, 90 - altitude)));
    month[i] = new Date(label).getUTCMonth();
  }
  const factors = skyDiffuseFactors(zenith_deg, weather.dhi_w_m2, weather.dni_w_m2, dniExtra, airmass);
  return {
    latitude_deg,
    longitude_deg,
    timeOffsetMinutes,
    hours,
    azimuth_deg,
    zenith_deg,
    elevation_deg,
    ghi: weather.ghi_w_m2,
    dni: weather.dni_w_m2,
    dhi: weather.dhi_w_m2,
    dniExtra,
    airmass,
    month,
    ...factors,
    sunUpByElevation: sunUpByElevation(zenith_deg, elevation_deg),
  };
}
