import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { pino } from 'pino';
import { openAndPrepare } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/index.js';
import { AppError } from '../errors/AppError.js';
import { loadDemo } from '../services/demo.js';
import { computeCadastre } from '../services/cadastre/computeCadastre.js';
import { BboxParam } from '../../../contracts/common.js';
import { importFeatures } from '../services/import/importFeatures.js';
import { checkReadable, detectFormat, fileKey, openSource } from '../services/import/openSource.js';
import { ImportRefused } from '../services/import/recordOutcomes.js';
import { IMPORT_FORMATS, type ImportFormat } from '../readers/types.js';
import { importWeather } from '../services/weather/importWeather.js';
import { readTextFile } from '../util/readText.js';
import { createOrganisation, listOrganisations } from '../services/landlord/organisations.js';
import { issueToken, listTokens, revokeToken } from '../services/landlord/tokens.js';
import { importDpe, matchUnmatchedDpe } from '../services/dpe/importDpe.js';
import { replayDpeFile, replayText } from '../services/dpe/replayDpe.js';
import { tables3cl } from '../fixtures/loadFixture.js';
import { importLidar, lidarFiles } from '../services/lidar/importLidar.js';
import { lidarFootprints } from '../services/lidar/lidarFootprints.js';
import {
  dpeReportLine,
  importProgressPrinter,
  lidarReportLine,
  printImportReport,
  printOutcomes,
  progressPrinter,
} from './report.js';

function parseBbox(value: string): [number, number, number, number] {
  const parsed = BboxParam.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // The notice goes to stderr: stdout stays the report alone (--json).
  const db = await openAndPrepare(config, pino({ level: config.cliLogLevel }), {
    demo: false,
    notice: (m) => console.error(m),
  });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function readInput(file: string): string {
  if (!fs.existsSync(file)) throw new AppError(400, 'file_not_found', `no such file: ${file}`);
  try {
    return readTextFile(file);
  } catch (error) {
    throw new AppError(
      422,
      'unreadable_file',
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** `--compute` of the imports: the cadastre of the buildings not computed yet, on every core, with its summary. */
async function computeAfterImport(db: Database, json: boolean): Promise<void> {
  const summary = await computeCadastre(db, {
    workers: os.availableParallelism(),
    force: false,
    onProgress: json ? undefined : progressPrinter('compute'),
  });
  if (json) console.log(JSON.stringify(summary));
  else console.log(`computed ${summary.buildings_computed} buildings in ${summary.seconds} s`);
}

const program = new Command('cadastre')
  .description('solar-cadastre: import data, load the demo, manage the database (DATABASE_URL or embedded in DATA_DIR)')
  .showHelpAfterError();

program
  .command('import')
  .description(
    'import buildings (BD TOPO, OSM, CityJSON LoD2 or own attributes) or obstacles from GeoJSON, NDJSON, Shapefile, ' +
      'GeoPackage, OSM XML/PBF or CityJSON, streamed, in one transaction (or committed in resumable batches)',
  )
  .argument(
    '<file>',
    'the file (.geojson, .ndjson, .shp or .zip, .gpkg, .osm, .osm.pbf, .city.json, .city.jsonl; .gz ok)',
  )
  .option('--format <format>', `file format (default: from the name and first bytes): ${IMPORT_FORMATS.join(', ')}`)
  .option('--srid <code>', "EPSG code of the coordinates (overrides the file's own CRS)", positiveInt)
  .option('--kind <kind>', 'buildings or obstacles (default: detected)')
  .option(
    '--layer <name>',
    'GeoPackage layer (default: the one named like batiment or building, else the only polygon layer) or shapefile in a zip',
  )
  .option('--encoding <label>', 'DBF text encoding overriding the .cpg (e.g. utf-8, windows-1252)')
  .option('--skip-invalid', 'import the valid features and report the rejected ones instead of refusing the file')
  .option(
    '--batch-commit [records]',
    'commit every N records (default 50000) with a checkpoint; running again after an interruption resumes',
  )
  .option('--compute', 'compute the solar cadastre of the new and changed buildings afterwards')
  .option('--json', 'print the report as JSON')
  .action(
    async (
      file: string,
      opts: {
        format?: string;
        srid?: number;
        kind?: string;
        layer?: string;
        encoding?: string;
        skipInvalid?: boolean;
        batchCommit?: string | boolean;
        compute?: boolean;
        json?: boolean;
      },
    ) => {
      if (opts.kind && opts.kind !== 'buildings' && opts.kind !== 'obstacles')
        throw new AppError(400, 'bad_option', '--kind must be buildings or obstacles');
      if (opts.format && !(IMPORT_FORMATS as readonly string[]).includes(opts.format))
        throw new AppError(400, 'bad_option', `--format must be one of ${IMPORT_FORMATS.join(', ')}`);
      let batchCommit: number | undefined;
      if (opts.batchCommit !== undefined) {
        batchCommit = opts.batchCommit === true ? 50_000 : Number(opts.batchCommit);
        if (!Number.isInteger(batchCommit) || batchCommit <= 0)
          throw new AppError(400, 'bad_option', '--batch-commit must be a positive number of records');
      }
      checkReadable(file);
      const format = (opts.format as ImportFormat | undefined) ?? detectFormat(file);
      const report = await withDatabase(async (db) => {
        const source = await openSource(file, format, { layer: opts.layer, encoding: opts.encoding });
        const r = await importFeatures(db, source, {
          fileName: path.basename(file),
          srid: opts.srid,
          skipInvalid: opts.skipInvalid,
          kind: opts.kind as 'buildings' | 'obstacles' | undefined,
          batchCommit,
          fileKey: batchCommit ? fileKey(file) : undefined,
          onProgress: opts.json ? undefined : importProgressPrinter(),
        }).catch((error: unknown) => {
          // A refused file: what was skipped and rejected, and the first rejected record, before the error.
          if (error instanceof ImportRefused && !opts.json) printOutcomes(error.report, (line) => console.error(line));
          throw error;
        });
        printImportReport(r, opts.json ?? false);
        if (opts.compute) await computeAfterImport(db, opts.json ?? false);
        return r;
      });
      void report;
    },
  );

const lidar = program.command('lidar').description('IGN LiDAR HD and other classified point clouds');
lidar
  .command('import')
  .description(
    'import IGN LiDAR HD classified point clouds (LAS/LAZ 1.2–1.4, COPC) or MNS/MNT/MNH GeoTIFF tiles: roof faces ' +
      'measured per building, tree crowns, the coverage; one transaction per file, re-importing a file changes nothing',
  )
  .argument(
    '<files...>',
    'point clouds (.laz, .las, .copc.laz), elevation rasters (MNS/MNT/MNH .tif of one tile together) or folders',
  )
  .option('--srid <code>', "EPSG code of the coordinates (overrides the file's own CRS)", positiveInt)
  .option('--force', 'import again files already imported')
  .option('--compute', 'compute the solar cadastre of the buildings it changed afterwards')
  .option('--json', 'print one JSON report per file')
  .action(async (targets: string[], opts: { srid?: number; force?: boolean; compute?: boolean; json?: boolean }) => {
    const files = lidarFiles(targets);
    await withDatabase(async (db) => {
      await importLidar(db, files, { srid: opts.srid, force: opts.force ?? false }, (r) =>
        console.log(opts.json ? JSON.stringify(r) : lidarReportLine(r)),
      );
      if (opts.compute) await computeAfterImport(db, opts.json ?? false);
    });
  });

lidar
  .command('footprints')
  .description(
    'outline building footprints from the building class of point clouds (for areas no building database covers); ' +
      'writes GeoJSON for `cadastre import`',
  )
  .argument('<files...>', 'point clouds (.laz, .las) or folders holding them, read together')
  .requiredOption('--out <file>', 'GeoJSON file to write')
  .option('--srid <code>', "EPSG code of the coordinates (overrides the files' own CRS)", positiveInt)
  .action(async (targets: string[], opts: { out: string; srid?: number }) => {
    const files = lidarFiles(targets).filter((f) => /\.(laz|las)$/i.test(f));
    const collection = await withDatabase((db) => lidarFootprints(db, files, { srid: opts.srid }));
    fs.writeFileSync(opts.out, JSON.stringify(collection));
    console.log(`${collection.features.length} footprints from ${files.length} files written to ${opts.out}`);
  });

const weather = program.command('weather').description('typical meteorological years');
weather
  .command('import')
  .description('import a PVGIS TMY (CSV or JSON) or EPW file')
  .argument('<file>')
  .option('--name <name>', 'name to store it under (default: file name)')
  .option('--default', 'make it the default typical year')
  .action(async (file: string, opts: { name?: string; default?: boolean }) => {
    const text = readInput(file);
    const name = opts.name ?? path.basename(file).replace(/\.[^.]+$/, '');
    const r = await withDatabase((db) => importWeather(db, text, { name, makeDefault: opts.default ?? false }));
    const s = r.summary;
    console.log(
      `weather "${r.name}" (${r.format}, ${r.hours} h${r.latitude_deg !== null ? `, ${r.latitude_deg} N ${r.longitude_deg} E` : ''}): ` +
        `GHI ${s.ghi_kwh_m2.toFixed(0)} kWh/m², DNI ${s.dni_kwh_m2.toFixed(0)}, DHI ${s.dhi_kwh_m2.toFixed(0)}, ` +
        `mean ${s.mean_air_temperature_c.toFixed(1)} °C${r.is_default ? ' — default year' : ''}`,
    );
  });

const demo = program.command('demo').description('the demo neighbourhood around Lens');
demo
  .command('load')
  .description('load fixtures/demo (or --dir) and the regional typical year into the database')
  .option('--dir <dir>', 'folder with buildings.geojson and obstacles.geojson')
  .option('--force', 'load again even when the database has buildings (updates in place)')
  .action(async (opts: { dir?: string; force?: boolean }) => {
    const r = await withDatabase((db) => loadDemo(db, { dir: opts.dir, force: opts.force ?? false }));
    if (r.buildings) printImportReport(r.buildings, false);
    if (r.obstacles) printImportReport(r.obstacles, false);
    if (!r.buildings && !r.obstacles) console.log('demo already loaded (use --force to load again)');
  });
demo
  .command('generate')
  .description('generate synthetic houses in the real cité perimeters (deterministic)')
  .option('--all', 'every cité of the basin instead of the Lens-Liévin demo communes')
  .option('--seed <n>', 'random seed', positiveInt)
  .option('--out <dir>', 'output folder', 'fixtures/demo')
  .action(async (opts: { all?: boolean; seed?: number; out: string }) => {
    const { writeDemo } = await import('../../../tools/demo-generator/index.js');
    const stats = await writeDemo(opts.out, { communes: opts.all ? 'all' : undefined, seed: opts.seed });
    console.log(JSON.stringify(stats));
  });

program
  .command('compute')
  .description('compute the solar cadastre (roof faces, shading, irradiation) of the buildings not yet computed')
  .option('--bbox <minLon,minLat,maxLon,maxLat>', 'only the buildings in this box (WGS84 °)', parseBbox)
  .option('--workers <n>', 'worker threads (default: every core)', positiveInt)
  .option('--force', 'recompute buildings already computed with the current settings')
  .option('--json', 'print the summary as JSON')
  .action(
    async (opts: { bbox?: [number, number, number, number]; workers?: number; force?: boolean; json?: boolean }) => {
      const summary = await withDatabase((db) =>
        computeCadastre(db, {
          bbox: opts.bbox,
          workers: opts.workers ?? os.availableParallelism(),
          force: opts.force ?? false,
          onProgress: opts.json ? undefined : progressPrinter('compute'),
        }),
      );
      if (opts.json) console.log(JSON.stringify(summary));
      else
        console.log(
          `computed ${summary.buildings_computed} buildings (${summary.buildings_skipped} already up to date) in ` +
            `${summary.seconds} s: ${summary.buildings_per_s} buildings/s on ${summary.workers} workers, ` +
            `${summary.faces} roof faces, ${summary.samples} samples`,
        );
    },
  );

const org = program.command('org').description('organisations (social landlords) that own buildings and private data');
org
  .command('create')
  .description('create an organisation')
  .requiredOption('--slug <slug>', 'short id: lowercase letters, digits, dashes')
  .requiredOption('--name <name>', 'display name')
  .action(async (opts: { slug: string; name: string }) => {
    const o = await withDatabase((db) => createOrganisation(db, opts.slug, opts.name));
    console.log(`organisation ${o.slug} (${o.name}) created, id ${o.id}`);
  });
org
  .command('list')
  .description('list the organisations with their buildings and live tokens')
  .action(async () => {
    const rows = await withDatabase(listOrganisations);
    for (const r of rows) console.log(`${r.slug}\t${r.name}\t${r.buildings} buildings\t${r.tokens} live tokens`);
  });

const token = program.command('token').description("organisations' bearer tokens (stored hashed; shown once)");
token
  .command('issue')
  .description('issue a token for an organisation; it is printed once and never stored in clear')
  .requiredOption('--org <slug>', 'organisation slug')
  .option('--label <label>', 'what the token is for')
  .action(async (opts: { org: string; label?: string }) => {
    const t = await withDatabase((db) => issueToken(db, opts.org, opts.label));
    console.log(`token ${t.id} for ${opts.org} (keep it: it will not be shown again):`);
    console.log(t.token);
  });
token
  .command('revoke')
  .description('revoke a token by its id')
  .argument('<id>', 'token id', positiveInt)
  .action(async (id: number) => {
    const done = await withDatabase((db) => revokeToken(db, id));
    if (!done) throw new AppError(404, 'not_found', `no live token ${id}`);
    console.log(`token ${id} revoked`);
  });
token
  .command('list')
  .description("an organisation's tokens (ids, labels, dates; never the tokens)")
  .requiredOption('--org <slug>', 'organisation slug')
  .action(async (opts: { org: string }) => {
    const rows = await withDatabase((db) => listTokens(db, opts.org));
    for (const r of rows) {
      console.log(
        `${r.id}\t${r.label ?? ''}\tcreated ${new Date(String(r.created_at)).toISOString()}\t${r.revoked_at ? 'revoked' : 'live'}`,
      );
    }
  });

const dpe = program.command('dpe').description("real DPEs from ADEME's open data (Licence Ouverte 2.0)");
dpe
  .command('import')
  .description(
    "import DPE records: ADEME's CSV (DPE Logements existants v2 or dpe03existant, detected from the header), DPE " +
      'XML files, or folders and zips of them; one transaction per file, idempotent by DPE number; each record ' +
      'matched to a building (RNB id, then BAN point, then address)',
  )
  .argument('<files...>', '.csv, .xml, a folder or a .zip')
  .option('--keep-outside', 'also keep records with no building of the database near them (stored unmatched)')
  .option('--json', 'print the reports as JSON, one line per file')
  .action(async (files: string[], opts: { keepOutside?: boolean; json?: boolean }) => {
    for (const f of files) if (!fs.existsSync(f)) throw new AppError(400, 'file_not_found', `no such file: ${f}`);
    const reports = await withDatabase((db) =>
      importDpe(db, files, {
        keepOutside: opts.keepOutside ?? false,
        onFile: (r) => console.log(opts.json ? JSON.stringify(r) : dpeReportLine(r)),
      }),
    );
    const rejected = reports.filter((r) => r.outcome === 'rejected').length;
    if (!opts.json) {
      const sum = (k: 'read' | 'imported' | 'updated' | 'unchanged') => reports.reduce((s, r) => s + r[k], 0);
      console.log(
        `${reports.length} file(s): ${sum('read')} read, ${sum('imported')} imported, ${sum('updated')} updated, ` +
          `${sum('unchanged')} unchanged, ${rejected} file(s) rejected`,
      );
    }
    if (rejected > 0) process.exitCode = 1;
  });
dpe
  .command('match')
  .description('match the stored DPE records that have no building yet (after importing buildings)')
  .action(async () => {
    const m = await withDatabase((db) => matchUnmatchedDpe(db));
    console.log(
      `matched: ${m.rnb} by RNB id, ${m.ban_inside} BAN point inside, ${m.ban_nearest} BAN point nearest, ` +
        `${m.address} by address; ${m.unmatched} still unmatched`,
    );
  });

dpe
  .command('replay')
  .description(
    'recompute real DPE XML files (ADEME format) from their own inputs with the 3CL-DPE 2021 method and compare with ' +
      'their official outputs (losses, needs, consumptions, kWhEP/m², kgCO2e/m², class)',
  )
  .argument('<files...>', 'DPE .xml files')
  .option('--json', 'one JSON report per line')
  .action(async (files: string[], opts: { json?: boolean }) => {
    for (const f of files) if (!fs.existsSync(f)) throw new AppError(400, 'file_not_found', `no such file: ${f}`);
    let failed = 0;
    for (const f of files) {
      try {
        const r = await replayDpeFile(f, tables3cl());
        console.log(opts.json ? JSON.stringify(r) : replayText(r).join('\n'));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        failed++;
        console.error(`error: ${e.message}`);
      }
    }
    if (failed > 0) process.exitCode = 1;
  });

program
  .command('migrate')
  .description('apply the database migrations')
  .action(async () => {
    await withDatabase(async () => undefined);
    console.log('database up to date');
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`error: ${error.message}`);
    for (const d of error.details.slice(0, 50))
      console.error(`  - ${typeof d === 'object' ? JSON.stringify(d) : String(d)}`);
    if (error.details.length > 50) console.error(`  … and ${error.details.length - 50} more`);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
