/**
 * Benchmarks, one JSON line per figure on stdout:
 *  - demo generation time for every cité of the basin (--all set);
import throughput [features/s] of that full generated set, on PGlite and on the PostgreSQL server;
 *  - bbox query latency p50/p95 [ms] through HTTP (real Express app on 127.0.0.1) on both engines;
 *  - database open times (first open of a new embedded database, reopen);
 *  - import throughput and peak memory of every file format (100,000 houses each, both engines; BENCH_ONLY=import);
 *  - start-up of `npx cadastre --help` and `npm start`, compiled JavaScript beside tsx (BENCH_ONLY=startup);
 *  - failed-authentication throttling: attempts until 429, the right token's latency during an attack (BENCH_ONLY=abuse).
 *  - PostgreSQL restarted under the running app under load: time to the first 200, 503s, other errors (BENCH_ONLY=faults).
 *  - the 3CL-DPE method: the 271 real records replayed, the demo stock estimated now and after each package (BENCH_ONLY=3cl).
 *  - address search on 300,000 buildings, both engines: p50/p95/max per kind of query (BENCH_ONLY=search).
 *  - the homeowner's mix (search, 1 km² box, building, PV, renovation) at 50 and 200 clients, paced and closed, on both
 *    engines: requests/s, p50/p95/p99, errors per endpoint (BENCH_ONLY=load); a 10-minute soak with memory (=soak).
 *  - the largest answer of every endpoint at its caps, bytes, rows and database time (BENCH_ONLY=limits).
 *  - real-DPE import: 100,000 v2 CSV rows read, written and matched, then matched again, both engines (BENCH_ONLY=dpe).
 *  - LiDAR: a synthetic 1 km² tile imported (points/s, peak memory) and computed with its measured faces and trees
 *    (buildings/s), the real Montpellier and Lamballe tiles imported (BENCH_ONLY=lidar).
 * The server engine uses BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create a
 * scratch database; it is skipped, with a line saying why, when the server cannot be reached.
 */
import { benchLidar } from './lidar.js';
import { bench3cl } from './dpe3cl.js';
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../api/src/app.js';
import { openAndPrepare } from '../api/src/bootstrap.js';
import { loadConfig } from '../api/src/config.js';
import { openPglite } from '../api/src/db/pglite.js';
import { openPostgres } from '../api/src/db/postgres.js';
import { migrate } from '../api/src/db/migrate.js';
import type { Database } from '../api/src/db/types.js';
import { importGeoJson } from '../api/src/services/import/importGeoJson.js';
import { computeCadastre, DEFAULT_SETTINGS, loadTile } from '../api/src/services/cadastre/computeCadastre.js';
import { groupIntoTiles } from '../api/src/services/cadastre/tiles.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME, LANDLORDS } from '../api/src/services/demo.js';
import { typicalYearByName } from '../api/src/services/weather/climate.js';
import { computeEnvelopes, computeEnvelopesOf } from '../api/src/services/cadastre/computeEnvelopes.js';
import { estimateStock } from '../api/src/services/renovation/estimateStock.js';
import { createPortfolio } from '../api/src/services/landlord/portfolios.js';
import { planPortfolio } from '../api/src/services/landlord/planning.js';
import { importWeather } from '../api/src/services/weather/importWeather.js';
import { sql } from '../api/src/db/sql.js';
import { prepareSkyYear } from '../engine/irradiance/index.js';
import { computeTile, type ComputeContext } from '../engine/cadastre/computeTile.js';
import type { TileInput } from '../engine/cadastre/tile.js';
import { writeDemo } from '../tools/demo-generator/index.js';
import { readTextFile } from '../api/src/util/readText.js';
import { benchImportFormats } from './importFormats.js';
import { benchProcessStartup } from './startup.js';
import { benchAbuse } from './abuse.js';
import { benchFaults } from './faults.js';
import { benchSearch } from './search.js';
import { benchDpe } from './dpe.js';
import { benchLoad } from './load.js';
import { quantile, rng } from './stats.js';
import { benchLimits } from './limits.js';

const emit = (figure: Record<string, unknown>) => console.log(JSON.stringify(figure));
const ms = (t: number) => Math.round((performance.now() - t) * 10) / 10;

async function benchEngine(engine: string, db: Database, buildingsText: string, obstaclesText: string, count: number) {
  let t = performance.now();
  await migrate(db);
  emit({ figure: 'migrate_ms', engine, value: ms(t) });
  t = performance.now();
  const report = await importGeoJson(db, buildingsText, { fileName: 'all/buildings.geojson', kind: 'buildings' });
  const seconds = (performance.now() - t) / 1000;
  emit({
    figure: 'import_features_per_s',
    engine,
    value: Math.round(report.imported / seconds),
    features: report.imported,
    seconds: Math.round(seconds * 10) / 10,
  });
  await importGeoJson(db, obstaclesText, { fileName: 'all/obstacles.geojson', kind: 'obstacles' });
  await importWeather(db, readTextFile(DEFAULT_WEATHER_FILE), { name: DEFAULT_WEATHER_NAME, makeDefault: true });

  const server = await listen(db);
  const base = server.base;
  // Boxes of about 1 km × 1 km (0.014° × 0.009° at 50.4° N) centred on random buildings: what a 3D view of a
  // neighbourhood loads. Centres come from the database, picked with a fixed seed.
  const centres = (
    await db.query<{ x: number; y: number }>(
      'SELECT ST_X(centroid) AS x, ST_Y(centroid) AS y FROM buildings ORDER BY id',
    )
  ).rows;
  const random = rng(42);
  const times: number[] = [];
  let features = 0;
  const n = 200;
  for (let i = 0; i < n + 10; i++) {
    const centre = centres[Math.floor(random() * centres.length)]!;
    const lon = centre.x - 0.007;
    const lat = centre.y - 0.0045;
    const q = performance.now();
    const res = await fetch(`${base}/api/v1/buildings?bbox=${lon},${lat},${lon + 0.014},${lat + 0.009}&limit=2000`);
    const body = (await res.json()) as { numberReturned: number };
    if (i >= 10) {
      times.push(performance.now() - q);
      features += body.numberReturned;
    }
  }
  times.sort((a, b) => a - b);
  emit({
    figure: 'bbox_query_ms',
    engine,
    p50: Math.round(quantile(times, 0.5) * 10) / 10,
    p95: Math.round(quantile(times, 0.95) * 10) / 10,
    requests: n,
    mean_features: Math.round(features / n),
    box: '0.014° × 0.009° (≈ 1 km²) centred on a random building',
  });
  server.close();
  emit({ figure: 'buildings_in_database', engine, value: count });
  if (engine === 'pglite' || process.env.BENCH_COMPUTE_ALL === '1') {
    const c = await computeCadastre(db, { workers: os.availableParallelism() });
    emit({
      figure: 'cadastre_compute_buildings_per_s',
      engine,
      value: c.buildings_per_s,
      buildings: c.buildings_computed,
      seconds: c.seconds,
      workers: c.workers,
      samples: c.samples,
      faces: c.faces,
      set: 'every cité of the basin (--all)',
      settings: '1 m sampling, 72 sectors, shading on (buildings within 300 m, slag heaps), Perez',
    });
  }
}

/** Where one core's time goes in the engine, on the tiles of the demo's first 2,000 buildings (single thread). */
async function breakdown(db: Database) {
  const weather = await typicalYearByName(db);
  const ctx: ComputeContext = {
    sky: prepareSkyYear(weather.year, { latitude_deg: 50.43, longitude_deg: 2.83 }),
    settings: DEFAULT_SETTINGS,
    planes: new Map(),
    timings: {},
    now: () => performance.now(),
  };
  const targets = (
    await db.query<{ id: number; lon: number; lat: number }>(
      'SELECT id, ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM buildings ORDER BY id LIMIT 2000',
    )
  ).rows;
  const heaps = (await db.query<TileInput['heaps'][number]>(sql('compute/obstacles'))).rows;
  let buildings = 0;
  let samples = 0;
  for (const tile of groupIntoTiles(targets)) {
    const input = await loadTile(db, tile, heaps, DEFAULT_SETTINGS.maxDistance_m);
    const out = computeTile(input, ctx);
    buildings += out.results.length;
    samples += out.samples;
  }
  const total = Object.values(ctx.timings!).reduce((a, b) => a + b, 0);
  const ms = Object.fromEntries(Object.entries(ctx.timings!).map(([k, v]) => [k, Math.round(v)]));
  emit({
    figure: 'engine_ms_per_building_one_core',
    value: Math.round((total / buildings) * 100) / 100,
    buildings,
    samples,
    phases_ms: ms,
    plane_tables: ctx.planes.size,
  });
}

const LOAD_CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, houses, total, clients } = workerData;
(async () => {
  const times = [];
  let next = 0;
  let failed = 0;
  const t = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < total) {
      const id = houses[next++ % houses.length];
      const q = performance.now();
      const res = await fetch(base + '/api/v1/buildings/' + id + '/pv?heating=electric&occupants=3');
      await res.arrayBuffer();
      if (res.status !== 200) failed++;
      times.push(performance.now() - q);
    }
  }));
  parentPort.postMessage({ times, failed, seconds: (performance.now() - t) / 1000 });
})();
`;

/** `clients` concurrent HTTP clients in a worker thread sharing `total` requests; latency quantiles [ms]. */
async function loadTest(base: string, houses: number[], total: number, clients: number) {
  const worker = new Worker(LOAD_CLIENTS, { eval: true, workerData: { base, houses, total, clients } });
  const { times, failed, seconds } = await new Promise<{ times: number[]; failed: number; seconds: number }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    },
  );
  await worker.terminate();
  times.sort((a, b) => a - b);
  return {
    p50: Math.round(quantile(times, 0.5) * 10) / 10,
    p95: Math.round(quantile(times, 0.95) * 10) / 10,
    requests_per_s: Math.round((total / seconds) * 10) / 10,
    failed,
  };
}

/**
 * GET /api/v1/buildings/{id}/pv under 50 concurrent clients on the embedded database with the computed demo:
 * 1,000 requests over 400 random computed houses (fixed seed), first cold (each face's hourly chain computed on first
 * use), then the same again warm (the per-face cache hit), over real HTTP.
 */
async function benchPv(db: Database) {
  const server = await listen(db);
  const base = server.base;
  const ids = (await db.query<{ id: number }>('SELECT building_id AS id FROM building_solar ORDER BY building_id'))
    .rows;
  const random = rng(7);
  const houses = Array.from({ length: 400 }, () => ids[Math.floor(random() * ids.length)]!.id);
  const total = 1000;
  const clients = 50;
  for (const phase of ['cold', 'warm']) {
    // The 50 clients run in a worker thread, so that their HTTP and JSON work does not share the server's thread.
    const result = await loadTest(base, houses, total, clients);
    emit({
      figure: 'building_pv_latency_ms',
      engine: db.engine,
      phase,
      p50: result.p50,
      p95: result.p95,
      requests_per_s: result.requests_per_s,
      requests: total,
      failed: result.failed,
      clients,
      houses: houses.length,
      note:
        phase === 'cold'
          ? 'first request per house: hourly chain per roof face computed'
          : 'same requests again: per-face hourly chain cached',
    });
  }
  server.close();
}

/**
 * The renovation estimate of the whole demo stock: walls measured for every building (once, as `npm start` does in
 * the background), then every house estimated now and after each package of the catalogue.
 */
async function benchRenovation(db: Database) {
  let t = performance.now();
  const walls = await computeEnvelopes(db);
  emit({
    figure: 'walls_measured_per_s',
    engine: db.engine,
    value: Math.round(walls.buildings / ((performance.now() - t) / 1000)),
    buildings: walls.buildings,
  });
  t = performance.now();
  const stock = await estimateStock(db, { date: '2026-11-26' });
  const seconds = (performance.now() - t) / 1000;
  const packages = stock.reduce((s, b) => s + b.packages.length, 0);
  emit({
    figure: 'renovation_stock_s',
    engine: db.engine,
    value: Math.round(seconds * 100) / 100,
    buildings: stock.length,
    simulations: stock.length + packages,
    simulations_per_s: Math.round((stock.length + packages) / seconds),
    note: 'every house of the demo now and after each catalogue package (class, EP, cost)',
  });
}

/**
 * A landlord's plan: 5,000 houses of Maisons et Cités over 10 years (walls measured beforehand, as `npm start` does),
 * the whole request: stock estimate (every house now and after each package) + greedy plan + stored result.
 */
async function benchPlan(db: Database) {
  for (const o of LANDLORDS) await db.query(sql('organisations/ensure'), [o.slug, o.name]);
  await db.query(
    `UPDATE buildings b SET owner_org = o.id FROM organisations o WHERE o.name = b.owner_name AND b.owner_org IS NULL`,
  );
  const org = (await db.query<{ id: number }>(`SELECT id FROM organisations WHERE slug = 'maisons-et-cites'`)).rows[0]!;
  const caller = { id: org.id, slug: 'maisons-et-cites', name: 'Maisons et Cités', token_id: 0 };
  const ids = (
    await db.query<{ id: number }>('SELECT id FROM buildings WHERE owner_org = $1 ORDER BY id LIMIT 5000', [org.id])
  ).rows.map((r) => r.id);
  await computeEnvelopesOf(db, ids);
  const portfolio = await createPortfolio(db, caller, 'bench', { ids });
  for (const compare of [false, true]) {
    const t = performance.now();
    const r = await planPortfolio(db, caller, {
      portfolio_id: portfolio.id,
      start_year: 2027,
      years: 10,
      budget_eur_per_year: 20_000_000,
      target: { kind: 'legal' },
      strategy: 'worst_first',
      compare,
    });
    emit({
      figure: compare ? 'plan_5000_houses_10_years_with_comparison_ms' : 'plan_5000_houses_10_years_ms',
      engine: db.engine,
      value: ms(t),
      houses: ids.length,
      renovated: r.plan.totals.houses_renovated,
      note: 'stock estimate + greedy plan (+ the 4 strategies compared) + stored, walls measured beforehand',
    });
  }
}

/** A farm on a 32-ha square near Leforest: one evaluation, then with the tilt × GCR sweep (35 layouts), over HTTP. */
async function benchFarm(db: Database) {
  const server = await listen(db);
  const base = server.base;
  const d = 283;
  const dLat = d / 111_200;
  const dLon = d / (111_320 * Math.cos((50.44 * Math.PI) / 180));
  const polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [3.06 - dLon, 50.44 - dLat],
        [3.06 + dLon, 50.44 - dLat],
        [3.06 + dLon, 50.44 + dLat],
        [3.06 - dLon, 50.44 + dLat],
        [3.06 - dLon, 50.44 - dLat],
      ],
    ],
  };
  for (const sweep of [false, false, true]) {
    const t = performance.now();
    const res = await fetch(`${base}/api/v1/sites/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ polygon, sweep }),
    });
    const body = (await res.json()) as { figures: { mwp: number; mwh_yr: number } };
    emit({
      figure: sweep ? 'farm_evaluate_with_sweep_ms' : 'farm_evaluate_ms',
      engine: db.engine,
      value: ms(t),
      mwp: body.figures.mwp,
      mwh_yr: body.figures.mwh_yr,
      note: sweep
        ? '32-ha square, 35 layouts (tilt 10-40° × GCR 0.3-0.7)'
        : '32-ha square near Leforest, 2P at 25°, GCR 0.4',
    });
  }
  server.close();
}

/** Runs `fn` on a scratch database of the PostGIS server (dropped afterwards); says so when no server answers. */
async function withServerDatabase(label: string, fn: (url: string) => Promise<void>) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `cadastre_bench_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } catch (error) {
    emit({
      figure: 'postgres',
      skipped: `server not usable at ${adminUrl}: ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** The app on an ephemeral local port, without rate limits (the bench's clients share one address). */
async function listen(db: Database): Promise<{ base: string; close: () => void }> {
  const app = createApp(
    { ...loadConfig({ EXPENSIVE_REQUESTS_PER_MINUTE: '10000000' }), logLevel: 'silent' },
    {
      db,
      logger: pino({ level: 'silent' }),
    },
  );
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** The landlord's plan on the PostGIS server, with the demo loaded there (the quick bench: BENCH_ONLY=pv). */
async function benchServerDemo() {
  await withServerDatabase('demo', async (url) => {
    const server = await openAndPrepare({ ...loadConfig({}), databaseUrl: url }, pino({ level: 'silent' }), {
      demo: true,
    });
    try {
      await benchPlan(server);
    } finally {
      await server.close();
    }
  });
}

/** What `npm start` does to the database on a fresh machine, then on a later start (client build and listen aside). */
async function benchStartup(work: string) {
  const logger = pino({ level: 'silent' });
  const config = { ...loadConfig({}), dataDir: path.join(work, 'startup'), databaseUrl: undefined };
  let t = performance.now();
  let db = await openAndPrepare(config, logger, { demo: true });
  const first = ms(t);
  const counts = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM buildings')).rows[0]!.n;
  await db.close();
  emit({
    figure: 'first_start_database_ms',
    engine: 'pglite',
    value: first,
    buildings: counts,
    note: 'open + PostGIS + migrate + load the committed demo and weather',
  });
  db = await openAndPrepare(config, logger, { demo: true });
  const c = await computeCadastre(db, { workers: os.availableParallelism() });
  emit({
    figure: 'cadastre_compute_buildings_per_s',
    engine: 'pglite',
    value: c.buildings_per_s,
    buildings: c.buildings_computed,
    seconds: c.seconds,
    workers: c.workers,
    samples: c.samples,
    faces: c.faces,
    set: 'committed demo (9 communes)',
    settings: '1 m sampling, 72 sectors, shading on (buildings within 300 m, slag heaps), Perez',
  });
  await breakdown(db);
  await benchPv(db);
  await benchRenovation(db);
  await benchPlan(db);
  await benchFarm(db);
  await db.close();
  t = performance.now();
  db = await openAndPrepare(config, logger, { demo: true });
  emit({
    figure: 'later_start_database_ms',
    engine: 'pglite',
    value: ms(t),
    note: 'reopen + migrations checked + demo present',
  });
  await db.close();
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cadastre-bench-'));
  if (process.env.BENCH_ONLY === 'import') {
    // BENCH_IMPORT_COUNT: fewer houses for a quick trial; the figures reported are with the default 100,000.
    const count = Number(process.env.BENCH_IMPORT_COUNT) || undefined;
    await benchImportFormats(work, emit, withServerDatabase, count);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'faults') {
    await benchFaults(emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'load' || process.env.BENCH_ONLY === 'soak') {
    await benchLoad(work, withServerDatabase, emit, { soak: process.env.BENCH_ONLY === 'soak' });
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'startup') {
    await benchProcessStartup(work, emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'limits') {
    await benchLimits(work, withServerDatabase, emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'abuse') {
    await benchAbuse(() => openPglite(path.join(work, 'abuse')), withServerDatabase, openPostgres, emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'dpe') {
    await benchDpe(() => openPglite(path.join(work, 'dpe')), withServerDatabase, openPostgres, work, emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'lidar') {
    await benchLidar(() => openPglite(path.join(work, 'lidar')), work, emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === '3cl') {
    await bench3cl(emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'search') {
    await benchSearch(() => openPglite(path.join(work, 'search')), withServerDatabase, openPostgres, emit);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  await benchStartup(work);
  if (process.env.BENCH_ONLY === 'pv') {
    await benchServerDemo();
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  await benchProcessStartup(work, emit);
  let t = performance.now();
  const all = writeDemo(path.join(work, 'all'), { communes: 'all' });
  emit({ figure: 'generate_all_cites_ms', value: ms(t), buildings: all.buildings, obstacles: all.obstacles });
  const buildingsText = readTextFile(path.join(work, 'all', 'buildings.geojson.gz'));
  const obstaclesText = readTextFile(path.join(work, 'all', 'obstacles.geojson'));

  t = performance.now();
  const dir = path.join(work, 'pglite');
  let db = await openPglite(dir);
  emit({ figure: 'pglite_first_open_ms', value: ms(t), note: 'new data directory, PostGIS extension loaded' });
  await benchEngine('pglite', db, buildingsText, obstaclesText, all.buildings);
  await db.close();
  t = performance.now();
  db = await openPglite(dir);
  await migrate(db);
  emit({ figure: 'pglite_reopen_ms', value: ms(t), note: 'existing data directory, migrations checked' });
  await db.close();

  await withServerDatabase('all', async (url) => {
    const server = await openPostgres(url);
    try {
      await benchEngine('postgres', server, buildingsText, obstaclesText, all.buildings);
      await benchPlan(server);
    } finally {
      await server.close();
    }
  });
  await benchImportFormats(work, emit, withServerDatabase);
  await benchFaults(emit);
  await benchSearch(() => openPglite(path.join(work, 'search')), withServerDatabase, openPostgres, emit);
  fs.rmSync(work, { recursive: true, force: true });
}

await main();
