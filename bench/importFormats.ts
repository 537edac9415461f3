/**
 * Import throughput of every format: 100,000 generated houses written as GeoJSON, NDJSON, Shapefile (zipped),
 * GeoPackage, OSM XML, OSM PBF and CityJSON LoD2, each imported into a new database on each engine by a child
 * process (bench/importOne.ts), so that the peak memory it reports is the import's own.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ImportFormat } from '../api/src/readers/types.js';
import { writeCityJson } from '../tests/import/writers/cityjson.js';
import { writeGeoJson, writeNdjson } from '../tests/import/writers/geojson.js';
import { writeGeoPackage } from '../tests/import/writers/geopackage.js';
import { writeOsmPbf, writeOsmXml } from '../tests/import/writers/osm.js';
import { writeShapefile } from '../tests/import/writers/shapefile.js';
import { generateBuildings } from '../tests/import/writers/types.js';
import { writeZip } from '../tests/import/writers/zip.js';

const run = promisify(execFile);

/** Houses per file: the "100,000+ buildings". */
export const IMPORT_BENCH_COUNT = 100_000;

// Lambert-93 metres and lon/lat degrees of the same corner, south-west of Lens.
const L93 = { x0: 680_000, y0: 7_030_000 };
const LONLAT = { x0: 2.74, y0: 50.37, degrees: true };

type Written = { format: ImportFormat; file: string; note: string };

/** Writes the benchmark files into `dir`; returns them with the time each took to write. */
export async function writeImportFiles(
  dir: string,
  count: number,
  emit: (figure: Record<string, unknown>) => void,
): Promise<Written[]> {
  const l93 = () => generateBuildings(count, L93);
  const files: Written[] = [];
  const timed = async (format: ImportFormat, file: string, note: string, write: () => Promise<unknown> | unknown) => {
    const t = performance.now();
    await write();
    emit({
      figure: 'import_file_written_ms',
      format,
      value: Math.round(performance.now() - t),
      file_mb: Math.round(fs.statSync(file).size / 1e5) / 10,
      features: count,
    });
    files.push({ format, file, note });
  };
  await timed('geojson', path.join(dir, 'b.geojson'), 'FeatureCollection, Lambert-93 crs member', () =>
    writeGeoJson(path.join(dir, 'b.geojson'), l93(), { epsg: 2154 }),
  );
  await timed('ndjson', path.join(dir, 'b.ndjson'), 'one Feature per line, WGS84', () =>
    writeNdjson(path.join(dir, 'b.ndjson'), generateBuildings(count, LONLAT)),
  );
  await timed('shapefile', path.join(dir, 'batiment.zip'), 'zipped .shp/.shx/.dbf/.prj/.cpg, Lambert-93', async () => {
    const written = await writeShapefile(path.join(dir, 'BATIMENT'), l93());
    await writeZip(
      path.join(dir, 'batiment.zip'),
      written.files.map((f) => ({ name: path.basename(f), path: f })),
    );
  });
  await timed('gpkg', path.join(dir, 'bdtopo.gpkg'), 'BD TOPO v3 batiment layer, Lambert-93', () =>
    writeGeoPackage(path.join(dir, 'bdtopo.gpkg'), l93(), { srid: 2154 }),
  );
  await timed('osm', path.join(dir, 'b.osm'), 'ways tagged building, WGS84', () =>
    writeOsmXml(path.join(dir, 'b.osm'), () => generateBuildings(count, LONLAT)),
  );
  await timed('osm-pbf', path.join(dir, 'b.osm.pbf'), 'ways tagged building, WGS84', () =>
    writeOsmPbf(path.join(dir, 'b.osm.pbf'), () => generateBuildings(count, LONLAT)),
  );
  await timed('cityjson', path.join(dir, 'b.city.json'), 'CityJSON 2.0 LoD2 gable roofs, Lambert-93', () =>
    writeCityJson(path.join(dir, 'b.city.json'), l93, { version: '2.0', epsg: 2154, lod2: true }),
  );
  return files;
}

/** Imports one file in a child process against the database that `env` points at; returns its JSON line. */
export async function importInChild(
  file: string,
  format: ImportFormat,
  env: Record<string, string>,
): Promise<Record<string, number> & { database_ms?: Record<string, number> }> {
  const root = path.resolve(import.meta.dirname, '..');
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench', 'importOne.ts'), file, format],
    { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, cwd: root, maxBuffer: 1 << 24, timeout: 1_800_000 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number> & {
    database_ms?: Record<string, number>;
  };
}

/**
 * Writes the files, then imports each into a new database on each engine, one child process per import; emits one
 * figure per format and engine. `withServer` gives a scratch server database (or emits why it cannot).
 */
export async function benchImportFormats(
  work: string,
  emit: (figure: Record<string, unknown>) => void,
  withServer: (label: string, fn: (url: string) => Promise<void>) => Promise<void>,
  count = IMPORT_BENCH_COUNT,
): Promise<void> {
  const dir = path.join(work, 'import-files');
  fs.mkdirSync(dir, { recursive: true });
  const files = await writeImportFiles(dir, count, emit);
  const figure = (engine: string, f: Written, r: Awaited<ReturnType<typeof importInChild>>) =>
    emit({
      figure: 'import_format_features_per_s',
      engine,
      format: f.format,
      value: r.features_per_s,
      features: r.features,
      imported: r.imported,
      rejected: r.rejected,
      seconds: r.seconds,
      peak_rss_mb: r.peak_rss_mb,
      rss_before_import_mb: r.rss_before_import_mb,
      database_ms: r.database_ms,
      file_mb: Math.round(fs.statSync(f.file).size / 1e5) / 10,
      note: f.note,
    });
  for (const f of files) {
    const dataDir = path.join(work, `import-pglite-${f.format}`);
    figure('pglite', f, await importInChild(f.file, f.format, { DATA_DIR: dataDir, DATABASE_URL: '' }));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  for (const f of files) {
    await withServer(`import_${f.format.replace('-', '_')}`, async (url) => {
      figure('postgres', f, await importInChild(f.file, f.format, { DATABASE_URL: url }));
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
