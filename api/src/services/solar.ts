import type { Database } from '../db/index.js';
import { integratePoint, planeSkyViewFactor, preparePlane } from '../../../engine/irradiance/index.js';
import { skyYearFor, typicalYearByName } from './weather/climate.js';
import { solarPosition, sunPath } from '../../../engine/sun/index.js';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

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
  const weather = await typicalYearByName(db, input.weather);
  const sky = skyYearFor(weather, input.lat, input.lon);
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
