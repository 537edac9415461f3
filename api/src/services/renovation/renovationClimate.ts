import type { Database } from '../../db/index.js';
import { integratePoint, preparePlane } from '../../../../engine/irradiance/index.js';
import { monthlyClimate, type MonthlyClimate } from '../../../../engine/thermal/index.js';
import { WINDOW_SHADING_GRID, type WindowShadingTable } from '../../../../engine/renovation/index.js';
import { skyYearFor, typicalYearById, typicalYearByName } from '../weather/climate.js';

const {
  angleStep_deg: ANGLE_STEP_DEG,
  angles: ANGLES,
  azimuthStep_deg: AZIMUTH_STEP_DEG,
  azimuths: AZIMUTHS,
} = WINDOW_SHADING_GRID;
/** Half-width of the obstruction in front of a facade [°], as sql/queries/envelope/compute.sql measures it. */
const FRONT_HALF_WIDTH_DEG = 60;

/** The monthly climate of a place and its window shading table. */
export interface RenovationClimate extends WindowShadingTable {
  weather: string;
  climate: MonthlyClimate;
  /**
   * Share of a vertical window's monthly irradiation left by an obstruction of elevation e over ±60° in front of it:
   * entry ((k·ANGLES) + a)·12 + m for azimuth k·5°, angle a·5°, month m [-].
   */
  shading: Float64Array;
}

const cache = new Map<string, RenovationClimate>();

/**
 * The monthly climate of the typical year at a place (engine/thermal monthlyClimate) and, from the same irradiance
 * engine, the shading of windows by what stands in front of them: for each facade azimuth (every 5°) and obstruction
 * angle (every 5° up to 60°), the monthly irradiation of the vertical plane behind a horizon of that elevation over
 * ±60° of its normal, over the open plane's. Cached per weather and place (0.05°).
 */
export async function renovationClimate(
  db: Database,
  weatherId: number | null,
  lat: number,
  lon: number,
): Promise<RenovationClimate> {
  const weather = weatherId === null ? await typicalYearByName(db) : await typicalYearById(db, weatherId);
  const sky = skyYearFor(weather, lat, lon, 0.05);
  const key = `${weather.id}:${weather.stamp}:${sky.latitude_deg}:${sky.longitude_deg}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const climate = monthlyClimate(weather.year, sky.latitude_deg, sky.longitude_deg);
  const shading = new Float64Array(AZIMUTHS * ANGLES * 12).fill(1);
  const horizon = new Float32Array(72);
  for (let k = 0; k < AZIMUTHS; k++) {
    const azimuth = k * AZIMUTH_STEP_DEG;
    const plane = preparePlane(sky, { tilt_deg: 90, azimuth_deg: azimuth, model: 'perez', albedo: 0.2, sectors: 72 });
    const open = integratePoint(plane, null).monthly_kwh_m2;
    for (let a = 1; a < ANGLES; a++) {
      for (let s = 0; s < 72; s++) {
        const centre = s * 5 + 2.5;
        const off = Math.abs(((centre - azimuth + 540) % 360) - 180);
        horizon[s] = off <= FRONT_HALF_WIDTH_DEG ? a * ANGLE_STEP_DEG : 0;
      }
      const shaded = integratePoint(plane, horizon).monthly_kwh_m2;
      for (let m = 0; m < 12; m++) {
        shading[(k * ANGLES + a) * 12 + m] = open[m]! > 0 ? Math.min(1, Math.max(0, shaded[m]! / open[m]!)) : 1;
      }
    }
  }
  const result = { weather: weather.name, climate, shading };
  if (cache.size >= 16) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}
