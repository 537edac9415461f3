import type { Database } from '../db/index.js';
import { sql } from '../db/sql.js';
import { AppError, notFound } from '../errors/AppError.js';
import type { TypicalYear } from '../../../engine/weather/index.js';
import {
  integratePoint,
  planeSkyViewFactor,
  preparePlane,
  prepareSkyYear,
  type SkyYear,
} from '../../../engine/irradiance/index.js';
import { solarPosition, sunPath } from '../../../engine/sun/index.js';

type WeatherRow = {
  id: number;
  name: string;
  format: string;
  source: string;
  lon: number | null;
  lat: number | null;
  elevation_m: number | null;
  time_utc_ms: number[];
  ghi_w_m2: number[];
  dni_w_m2: number[];
  dhi_w_m2: number[];
  air_temperature_c: number[];
  wind_speed_m_s: number[];
  relative_humidity_pct: number[];
  pressure_pa: number[];
};

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A stored typical year (the default one when name is undefined) as the engine's TypicalYear. */
export async function loadTypicalYear(
  db: Database,
  name?: string,
): Promise<{ id: number; name: string; year: TypicalYear }> {
  const row = (await db.query<WeatherRow>(sql('weather/by_name'), [name ?? null])).rows[0];
  if (!row) {
    if (name) throw notFound(`weather "${name}" not found`);
    throw new AppError(409, 'no_weather', 'no default typical year is loaded');
  }
  const f32 = (a: number[]) => Float32Array.from(a);
  return {
    id: row.id,
    name: row.name,
    year: {
      format: row.format as TypicalYear['format'],
      source: row.source,
      latitude_deg: row.lat,
      longitude_deg: row.lon,
      elevation_m: row.elevation_m,
      hours: row.time_utc_ms.length,
      timeUtcMs: Float64Array.from(row.time_utc_ms),
      ghi_w_m2: f32(row.ghi_w_m2),
      dni_w_m2: f32(row.dni_w_m2),
      dhi_w_m2: f32(row.dhi_w_m2),
      air_temperature_c: f32(row.air_temperature_c),
      wind_speed_m_s: f32(row.wind_speed_m_s),
      relative_humidity_pct: f32(row.relative_humidity_pct),
      pressure_pa: f32(row.pressure_pa),
    },
  };
}

/** Sky years are reused across requests: the same weather at (nearly) the same place, sun within 0.01°. */
const skyYears = new Map<string, SkyYear>();
function skyYearFor(weatherId: number, year: TypicalYear, lat: number, lon: number): SkyYear {
  const key = `${weatherId}:${lat.toFixed(2)}:${lon.toFixed(2)}`;
  let sky = skyYears.get(key);
  if (!sky) {
    if (skyYears.size >= 32) skyYears.delete(skyYears.keys().next().value!);
    sky = prepareSkyYear(year, { latitude_deg: Number(lat.toFixed(2)), longitude_deg: Number(lon.toFixed(2)) });
    skyYears.set(key, sky);
  }
  return sky;
}

export function sunPositionAt(lat: number, lon: number, time: string) {
  const t = Date.parse(time);
  const p = solarPosition(t, lat, lon);
  return {
    time: new Date(t).toISOString(),
    azimuth_deg: round(p.azimuth_deg, 4),
    elevation_deg: round(p.elevation_deg, 4),
    zenith_deg: round(p.zenith_deg, 4),
  };
}

export function sunPathOn(lat: number, lon: number, date: string, stepMinutes: number) {
  const path = sunPath(Date.parse(`${date}T00:00:00Z`), lat, lon, stepMinutes);
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    date,
    sunrise: iso(path.sunriseUtcMs),
    sunset: iso(path.sunsetUtcMs),
    solar_noon: new Date(path.solarNoonUtcMs).toISOString(),
    positions: path.positions.map((p) => ({
      time: new Date(p.timeUtcMs).toISOString(),
      azimuth_deg: round(p.azimuth_deg, 3),
      elevation_deg: round(p.elevation_deg, 3),
    })),
  };
}

export interface IrradianceInput {
  lat: number;
  lon: number;
  planes: { tilt_deg: number; azimuth_deg: number; horizon_deg?: number[] }[];
  model: 'perez' | 'haydavies' | 'isotropic';
  albedo: number;
  weather?: string;
}

/** Annual and monthly irradiation of planes at a place, each behind its optional horizon profile. */
export async function irradiance(db: Database, input: IrradianceInput) {
  const weather = await loadTypicalYear(db, input.weather);
  const sky = skyYearFor(weather.id, weather.year, input.lat, input.lon);
  return {
    weather: weather.name,
    model: input.model,
    albedo: input.albedo,
    planes: input.planes.map((p) => {
      const horizon = p.horizon_deg ? Float32Array.from(p.horizon_deg) : null;
      const table = preparePlane(sky, {
        tilt_deg: p.tilt_deg,
        azimuth_deg: p.azimuth_deg,
        model: input.model,
        albedo: input.albedo,
        sectors: horizon?.length ?? 72,
      });
      const shaded = integratePoint(table, horizon);
      const open = horizon ? integratePoint(table, null) : shaded;
      const svf = horizon
        ? planeSkyViewFactor(horizon, p.tilt_deg, p.azimuth_deg)
        : (1 + Math.cos((p.tilt_deg * Math.PI) / 180)) / 2;
      return {
        tilt_deg: p.tilt_deg,
        azimuth_deg: p.azimuth_deg,
        annual_kwh_m2: round(shaded.annual_kwh_m2),
        monthly_kwh_m2: Array.from(shaded.monthly_kwh_m2, (m) => round(m)),
        beam_kwh_m2: round(shaded.beam_kwh_m2),
        diffuse_kwh_m2: round(shaded.diffuse_kwh_m2),
        ground_kwh_m2: round(shaded.ground_kwh_m2),
        sky_view_factor: round(svf, 4),
        unshaded_annual_kwh_m2: round(open.annual_kwh_m2),
      };
    }),
  };
}
