import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError } from '../../errors/AppError.js';
import { parseWeather, summariseYear, WeatherParseError, type TypicalYear } from '../../../../engine/weather/index.js';

export interface WeatherImportReport {
  id: number;
  name: string;
  format: TypicalYear['format'];
  hours: number;
  latitude_deg: number | null;
  longitude_deg: number | null;
  summary: ReturnType<typeof summariseYear>;
  is_default: boolean;
}

/** Parses a typical year (PVGIS CSV/JSON or EPW) and stores it under a name; optionally as the default year. */
export async function importWeather(
  db: Database,
  text: string,
  options: { name: string; makeDefault?: boolean },
): Promise<WeatherImportReport> {
  let year: TypicalYear;
  try {
    year = parseWeather(text);
  } catch (error) {
    if (error instanceof WeatherParseError) throw new AppError(422, 'weather_invalid', error.message);
    throw error;
  }
  const summary = summariseYear(year);
  const makeDefault = options.makeDefault ?? false;
  const id = await db.transaction(async (tx) => {
    if (makeDefault) await tx.query(sql('weather/clear_default'), [options.name]);
    const r = await tx.query<{ id: number }>(sql('weather/upsert'), [
      options.name,
      year.format,
      year.source,
      year.longitude_deg,
      year.latitude_deg,
      year.elevation_m,
      makeDefault,
      JSON.stringify(summary),
      Array.from(year.timeUtcMs),
      Array.from(year.ghi_w_m2),
      Array.from(year.dni_w_m2),
      Array.from(year.dhi_w_m2),
      Array.from(year.air_temperature_c),
      Array.from(year.wind_speed_m_s),
      Array.from(year.relative_humidity_pct),
      Array.from(year.pressure_pa),
    ]);
    return r.rows[0]!.id;
  });
  return {
    id,
    name: options.name,
    format: year.format,
    hours: year.hours,
    latitude_deg: year.latitude_deg,
    longitude_deg: year.longitude_deg,
    summary,
    is_default: makeDefault,
  };
}
