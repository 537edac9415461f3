import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../config.js';
import type { Database } from '../db/index.js';
import { sql } from '../db/sql.js';
import { importGeoJson, type ImportReport } from './import/importGeoJson.js';
import { importWeather } from './weather/importWeather.js';
import { seedSites } from './farm/sites.js';
import { readTextFile } from '../util/readText.js';

export const DEFAULT_WEATHER_FILE = path.join(
  PROJECT_ROOT,
  'fixtures',
  'weather',
  'pvgis-tmy_50.811_3.310_2005-2020.csv',
);
export const DEFAULT_WEATHER_NAME = 'pvgis-tmy-artois';

/** The social landlords of the mining stock (Mission Bassin Minier: ~90 % Maisons & Cités, ~10 % SIA Habitat). */
export const LANDLORDS = [
  { slug: 'maisons-et-cites', name: 'Maisons et Cités' },
  { slug: 'sia-habitat', name: 'SIA Habitat' },
];

export async function counts(db: Database) {
  return (await db.query<{ buildings: number; obstacles: number; weather: number }>(sql('buildings/count'))).rows[0]!;
}

export interface DemoReport {
  buildings: ImportReport | null;
  obstacles: ImportReport | null;
  weather: string | null;
}

/**
 * Loads the committed demo neighbourhood (synthetic houses in real cité perimeters, real heritage buildings and
 * slag heaps) and the regional typical year, where missing. Re-running changes nothing (upserts by source id).
 */
export async function loadDemo(db: Database, options: { dir?: string; force?: boolean } = {}): Promise<DemoReport> {
  const dir = options.dir ?? loadConfig().demoDir;
  const before = await counts(db);
  const report: DemoReport = { buildings: null, obstacles: null, weather: null };
  for (const o of LANDLORDS) await db.query(sql('organisations/ensure'), [o.slug, o.name]);
  await seedSites(db);
  if (options.force || before.buildings === 0) {
    const text = readTextFile(path.join(dir, 'buildings.geojson'));
    report.buildings = await importGeoJson(db, text, { fileName: 'demo/buildings.geojson', kind: 'buildings' });
  }
  if (options.force || before.obstacles === 0) {
    const text = readTextFile(path.join(dir, 'obstacles.geojson'));
    report.obstacles = await importGeoJson(db, text, { fileName: 'demo/obstacles.geojson', kind: 'obstacles' });
  }
  if (options.force || before.weather === 0) {
    const w = await importWeather(db, readTextFile(DEFAULT_WEATHER_FILE), {
      name: DEFAULT_WEATHER_NAME,
      makeDefault: true,
    });
    report.weather = w.name;
  }
  return report;
}
