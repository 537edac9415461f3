import path from 'node:path';
import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { readTextFile } from '../../util/readText.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../demo.js';
import { importWeather } from './importWeather.js';

/**
 * Makes a new database ready to compute: when no typical year is the default, installs the regional one that ships
 * with the project (fixtures/weather: PVGIS TMY at 50.811 N 3.310 E, 2005–2020) as the default. Returns the notice to
 * show once, or null when a default year was already there (nothing done). `weather import FILE --default` replaces
 * it as any other default.
 */
export async function ensureDefaultWeather(db: Database): Promise<string | null> {
  const found = await db.query(sql('weather/stamp'), [null]);
  if (found.rows.length > 0) return null;
  const w = await importWeather(db, readTextFile(DEFAULT_WEATHER_FILE), {
    name: DEFAULT_WEATHER_NAME,
    makeDefault: true,
  });
  return (
    `no default typical year in the database: installed the bundled regional one, "${w.name}" ` +
    `(${path.basename(DEFAULT_WEATHER_FILE)}); replace it with \`npx cadastre weather import FILE --default\``
  );
}
