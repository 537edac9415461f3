import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError, notFound } from '../../errors/AppError.js';
import type { TypicalYear } from '../../../../engine/weather/index.js';
import { prepareSkyYear, type SkyYear } from '../../../../engine/irradiance/index.js';

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

/** A stored typical year with what identifies its content (a re-import under the same name changes the stamp). */
export interface StoredYear {
  id: number;
  name: string;
  stamp: string;
  year: TypicalYear;
}

function toTypicalYear(row: WeatherRow): TypicalYear {
  const f32 = (a: number[]) => Float32Array.from(a);
  return {
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
  };
}

/*
 * Typical years are 8 × 8760 numbers: parsing them from the database costs more than a whole PV estimate, so they are
 * kept per id and stamp; a request only asks the database for the stamp.
 */
const years = new Map<string, StoredYear>();

async function loadByStamp(db: Database, stampRow: { id: number; name: string; stamp: string }): Promise<StoredYear> {
  const key = `${db.engine}:${stampRow.id}:${stampRow.stamp}`;
  let stored = years.get(key);
  if (!stored) {
    const row = (await db.query<WeatherRow>(sql('weather/by_id'), [stampRow.id])).rows[0];
    if (!row) throw notFound(`weather ${stampRow.id} not found`);
    if (years.size >= 8) years.delete(years.keys().next().value!);
    stored = { id: row.id, name: row.name, stamp: stampRow.stamp, year: toTypicalYear(row) };
    years.set(key, stored);
  }
  return stored;
}

/** A stored typical year by name, or the default one when name is undefined (404 / 409 when missing). */
export async function typicalYearByName(db: Database, name?: string): Promise<StoredYear> {
  const row = (await db.query<{ id: number; name: string; stamp: string }>(sql('weather/stamp'), [name ?? null]))
    .rows[0];
  if (!row) {
    if (name) throw notFound(`weather "${name}" not found`);
    throw new AppError(409, 'no_weather', 'no default typical year is loaded');
  }
  return loadByStamp(db, row);
}

/** A stored typical year by id (404 when missing). */
export async function typicalYearById(db: Database, id: number): Promise<StoredYear> {
  const row = (await db.query<{ id: number; name: string; stamp: string }>(sql('weather/stamp_by_id'), [id])).rows[0];
  if (!row) throw notFound(`weather ${id} not found`);
  return loadByStamp(db, row);
}

/**
 * Sky years (sun positions of 8760 hours and the sky model's per-hour factors) are reused for the same weather at
 * nearly the same place: the site is rounded to `precision_deg` (0.01° ≈ 1 km moves the sun by < 0.01°; 0.05° by
 * < 0.05°, below 0.1 % of a yearly yield).
 */
const skyYears = new Map<string, SkyYear>();
export function skyYearFor(stored: StoredYear, lat: number, lon: number, precision_deg = 0.01): SkyYear {
  const snap = (x: number) => Number((Math.round(x / precision_deg) * precision_deg).toFixed(4));
  const key = `${stored.id}:${stored.stamp}:${snap(lat)}:${snap(lon)}`;
  let sky = skyYears.get(key);
  if (!sky) {
    if (skyYears.size >= 64) skyYears.delete(skyYears.keys().next().value!);
    sky = prepareSkyYear(stored.year, { latitude_deg: snap(lat), longitude_deg: snap(lon) });
    skyYears.set(key, sky);
  }
  return sky;
}
