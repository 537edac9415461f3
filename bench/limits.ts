/**
 * Resource limits (BENCH_ONLY=limits), one JSON line per endpoint and engine: the largest answer each endpoint gives
 * at its caps on the computed demo (18,658 houses; cadastre, walls and landlords as `npm start` leaves them) —
 * bytes and rows of the body over real HTTP, and the database time the request cost (the time spent in the
 * database's query calls while it was served, requests one at a time; median and max of 5 after a warm-up).
 * The bbox endpoints are asked for the densest box of their largest area (sliding over the demo's buildings, faces
 * or obstacles); the one-building endpoints for the building with the most faces or usable roof; the landlord ones
 * for the largest organisation's whole stock. BENCH_LIMITS_PGLITE_DIR / BENCH_LIMITS_DATABASE_URL reuse a database
 * prepared by an earlier run (kept, not dropped).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../api/src/app.js';
import { loadConfig } from '../api/src/config.js';
import { openPglite } from '../api/src/db/pglite.js';
import { openPostgres } from '../api/src/db/postgres.js';
import { migrate } from '../api/src/db/migrate.js';
import type { Database, Queryable } from '../api/src/db/types.js';
import { loadDemo } from '../api/src/services/demo.js';
import { computeCadastre } from '../api/src/services/cadastre/computeCadastre.js';
import { computeEnvelopes } from '../api/src/services/cadastre/computeEnvelopes.js';
import { issueToken } from '../api/src/services/landlord/tokens.js';
import { MAX_SITE_KM2 } from '../api/src/services/farm/checkSitePolygon.js';
import { bboxAreaKm2, MAX_BBOX_SPAN_DEG } from '../contracts/common.js';
import { BUILDINGS_BBOX_MAX_KM2, BUILDINGS_LIMIT_MAX, OBSTACLES_BBOX_MAX_KM2 } from '../contracts/buildings.js';
import { ROOFS_BBOX_MAX_KM2, ROOFS_LIMIT_MAX, SEARCH_LIMIT_MAX } from '../contracts/buildings.js';

type Emit = (figure: Record<string, unknown>) => void;
type WithServer = (label: string, fn: (url: string) => Promise<void>) => Promise<void>;
type Box = [number, number, number, number];

const RUNS = 5;
const round1 = (v: number) => Math.round(v * 10) / 10;

/** The database with the time spent in its query calls summed (transactions included). */
function timed(db: Database) {
  let spent = 0;
  let queries = 0;
  const wrap = <Q extends Queryable>(q: Q): Q =>
    new Proxy(q, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key === 'query' || key === 'exec' || key === 'copyIn') {
          return async (...args: unknown[]) => {
            const t = performance.now();
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            } finally {
              spent += performance.now() - t;
              queries++;
            }
          };
        }
        if (key === 'transaction') {
          return (fn: (tx: Queryable) => Promise<unknown>) =>
            (target as unknown as Database).transaction((tx) => fn(wrap(tx)));
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    db: wrap(db),
    take() {
      const r = { ms: spent, queries };
      spent = 0;
      queries = 0;
      return r;
    },
  };
}

/**
 * A box of `areaKm2` with its south-west corner at (lon, lat): a square on the ground, or, where a square's side
 * would pass the API's MAX_BBOX_SPAN_DEG, a box that many degrees wide and as tall as the area needs.
 */
export function squareAt(lon: number, lat: number, areaKm2: number): Box {
  const maxSide = MAX_BBOX_SPAN_DEG * 0.999;
  const side = Math.sqrt(areaKm2);
  let dLat = (side / 6371.0088) * (180 / Math.PI);
  let dLon = Math.min(maxSide, dLat / Math.cos(((lat + dLat / 2) * Math.PI) / 180));
  dLat = Math.min(maxSide, (dLat * dLat) / (dLon * Math.cos(((lat + dLat / 2) * Math.PI) / 180)));
  // Shrink by a hair so that rounding never puts the box over the cap.
  const scale = Math.min(1, Math.sqrt((areaKm2 * 0.999) / bboxAreaKm2([lon, lat, lon + dLon, lat + dLat])));
  dLon *= scale;
  dLat *= scale;
  return [lon, lat, lon + dLon, lat + dLat];
}

/**
 * The square box of `areaKm2` holding the most weight (points binned on a grid of a quarter side, the best 4 × 4
 * window of cells).
 */
export function densest(points: { x: number; y: number; w: number }[], areaKm2: number): { box: Box; weight: number } {
  const lat0 = points.reduce((s, p) => s + p.y, 0) / points.length;
  const probe = squareAt(0, lat0, areaKm2);
  const cellX = (probe[2] - probe[0]) / 4;
  const cellY = (probe[3] - probe[1]) / 4;
  const x0 = Math.min(...points.map((p) => p.x));
  const y0 = Math.min(...points.map((p) => p.y));
  const cells = new Map<string, number>();
  for (const p of points) {
    const key = `${Math.floor((p.x - x0) / cellX)},${Math.floor((p.y - y0) / cellY)}`;
    cells.set(key, (cells.get(key) ?? 0) + p.w);
  }
  let best = { i: 0, j: 0, weight: -1 };
  for (const key of cells.keys()) {
    const [ci, cj] = key.split(',').map(Number) as [number, number];
    for (let i = ci - 3; i <= ci; i++)
      for (let j = cj - 3; j <= cj; j++) {
        let weight = 0;
        for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) weight += cells.get(`${i + a},${j + b}`) ?? 0;
        if (weight > best.weight) best = { i, j, weight };
      }
  }
  return { box: squareAt(x0 + best.i * cellX, y0 + best.j * cellY, areaKm2), weight: best.weight };
}

async function prepare(db: Database, emit: Emit) {
  await migrate(db);
  await loadDemo(db);
  const n = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM building_solar')).rows[0]!.n;
  let t = performance.now();
  if (n === 0) {
    const c = await computeCadastre(db, { workers: os.availableParallelism() });
    emit({
      figure: 'limits_prepare_cadastre_s',
      engine: db.engine,
      value: round1((performance.now() - t) / 1000),
      buildings: c.buildings_computed,
    });
  }
  t = performance.now();
  await computeEnvelopes(db);
  emit({ figure: 'limits_prepare_walls_s', engine: db.engine, value: round1((performance.now() - t) / 1000) });
}

async function measureEngine(db: Database, emit: Emit) {
  await prepare(db, emit);
  const clock = timed(db);
  const app = createApp(
    { ...loadConfig({ EXPENSIVE_REQUESTS_PER_MINUTE: '10000000' }), logLevel: 'silent' },
    { db: clock.db, logger: pino({ level: 'silent' }) },
  );
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;

  const org = (
    await db.query<{ slug: string; n: number }>(
      `SELECT o.slug, count(*)::int AS n FROM buildings b JOIN organisations o ON o.id = b.owner_org
       GROUP BY o.slug ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows[0]!;
  const token = (await issueToken(db, org.slug, 'limits bench')).token;
  const auth = { Authorization: `Bearer ${token}` };

  /** One request RUNS + 1 times: the answer's bytes and rows, the database time per request. */
  async function measure(
    endpoint: string,
    caps: Record<string, unknown>,
    url: string,
    init: RequestInit = {},
    rowsOf: (body: unknown) => number = () => 1,
    note?: string,
  ) {
    const times: number[] = [];
    let bytes = 0;
    let rows = 0;
    let status = 0;
    let queries = 0;
    let wall = 0;
    let error: string | undefined;
    for (let run = 0; run <= RUNS; run++) {
      clock.take();
      const t = performance.now();
      const res = await fetch(`${base}${url}`, {
        ...init,
        headers: { 'accept-encoding': 'identity', ...init.headers },
      });
      const text = await res.text();
      const took = performance.now() - t;
      const spent = clock.take();
      status = res.status;
      bytes = Buffer.byteLength(text);
      if (run === 0) {
        const type = res.headers.get('content-type') ?? '';
        rows = status === 200 ? rowsOf(type.includes('json') ? JSON.parse(text) : text) : 0;
        if (status !== 200) error = text.slice(0, 300);
        continue;
      }
      times.push(spent.ms);
      queries = spent.queries;
      wall = Math.max(wall, took);
    }
    times.sort((a, b) => a - b);
    emit({
      figure: 'limits_answer_at_cap',
      engine: db.engine,
      endpoint,
      caps,
      status,
      bytes,
      rows,
      db_ms_min: round1(times[0]!),
      db_ms_median: round1(times[Math.floor(times.length / 2)]!),
      db_ms_max: round1(times[times.length - 1]!),
      db_queries: queries,
      wall_ms_max: round1(wall),
      load_average_1min: round1(os.loadavg()[0]!),
      request: url.length > 160 ? `${url.slice(0, 160)}…` : url,
      ...(note ? { note } : {}),
      ...(error ? { error } : {}),
    });
  }

  const features = (b: unknown) => (b as { features: unknown[] }).features.length;
  const bbox = (box: Box) => box.map((v) => v.toFixed(6)).join(',');

  // GET /buildings: the densest box of the largest area, at the largest limit.
  const houses = (
    await db.query<{ x: number; y: number }>('SELECT ST_X(centroid) AS x, ST_Y(centroid) AS y FROM buildings')
  ).rows.map((r) => ({ x: Number(r.x), y: Number(r.y), w: 1 }));
  const dense = densest(houses, BUILDINGS_BBOX_MAX_KM2);
  await measure(
    'GET /buildings',
    { bbox_km2: BUILDINGS_BBOX_MAX_KM2, limit: BUILDINGS_LIMIT_MAX },
    `/buildings?bbox=${bbox(dense.box)}&limit=${BUILDINGS_LIMIT_MAX}`,
    {},
    features,
    `densest ${BUILDINGS_BBOX_MAX_KM2} km² of the demo: ${dense.weight} buildings`,
  );

  // GET /roofs: the box whose computed faces carry the most grid cells (the bulk of the bytes).
  const faces = (
    await db.query<{ x: number; y: number; w: number }>(
      `SELECT ST_X(b.centroid) AS x, ST_Y(b.centroid) AS y, sum(cardinality(f.sample_kwh_m2) + 40)::int AS w
       FROM roof_faces f JOIN buildings b ON b.id = f.building_id GROUP BY b.id`,
    )
  ).rows.map((r) => ({ x: Number(r.x), y: Number(r.y), w: Number(r.w) }));
  const roofy = densest(faces, ROOFS_BBOX_MAX_KM2);
  await measure(
    'GET /roofs',
    { bbox_km2: ROOFS_BBOX_MAX_KM2, limit: ROOFS_LIMIT_MAX },
    `/roofs?bbox=${bbox(roofy.box)}&limit=${ROOFS_LIMIT_MAX}`,
    {},
    features,
    `the ${ROOFS_BBOX_MAX_KM2} km² of the demo with the most roof-grid cells; rows are faces`,
  );

  // GET /obstacles: the box with the most slag heaps (each weighed by its vertices).
  const heaps = (
    await db.query<{ x: number; y: number; w: number }>(
      'SELECT ST_X(ST_Centroid(footprint)) AS x, ST_Y(ST_Centroid(footprint)) AS y, ST_NPoints(footprint) AS w FROM obstacles',
    )
  ).rows.map((r) => ({ x: Number(r.x), y: Number(r.y), w: Number(r.w) }));
  const heapy = densest(heaps, OBSTACLES_BBOX_MAX_KM2);
  await measure(
    'GET /obstacles',
    { bbox_km2: OBSTACLES_BBOX_MAX_KM2 },
    `/obstacles?bbox=${bbox(heapy.box)}`,
    {},
    features,
    `the ${OBSTACLES_BBOX_MAX_KM2} km² with the most obstacle vertices`,
  );

  await measure(
    'GET /search',
    { limit: SEARCH_LIMIT_MAX, q_chars: 100 },
    `/search?q=${encodeURIComponent('rue des')}&limit=${SEARCH_LIMIT_MAX}`,
    {},
    (b) => (b as { results: unknown[] }).results.length,
  );

  const most = async (text: string) => (await db.query<{ id: number }>(text)).rows[0]!.id;
  const facey = await most('SELECT building_id AS id FROM roof_faces GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1');
  await measure(
    'GET /buildings/{id}',
    {},
    `/buildings/${facey}`,
    {},
    (b) => (b as { properties: { roof_faces: unknown[] } }).properties.roof_faces.length,
    'the building with the most roof faces; rows are faces',
  );
  const widest = await most('SELECT building_id AS id FROM building_solar ORDER BY usable_area_m2 DESC, 1 LIMIT 1');
  await measure(
    'GET /buildings/{id}/pv',
    {},
    `/buildings/${widest}/pv?sizing=max&heating=electric`,
    {},
    (b) => (b as { layout: { features: unknown[] } }).layout.features.length,
    'the building with the largest usable roof, sizing=max; rows are panels',
  );
  await measure('GET /buildings/{id}/renovation', {}, `/buildings/${widest}/renovation`);

  const horizon = Array.from({ length: 360 }, (_, k) => 5 + (k % 10));
  const post = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await measure(
    'POST /irradiance',
    { planes: 50, horizon_sectors: 360 },
    '/irradiance',
    post({
      lat: 50.43,
      lon: 2.83,
      planes: Array.from({ length: 50 }, (_, k) => ({
        tilt_deg: k % 90,
        azimuth_deg: (k * 7) % 360,
        horizon_deg: horizon,
      })),
    }),
    (b) => (b as { planes: unknown[] }).planes.length,
  );
  await measure(
    'POST /pv/estimate',
    { arrays: 100, horizon_sectors: 360 },
    '/pv/estimate',
    post({
      lat: 50.43,
      lon: 2.83,
      arrays: Array.from({ length: 100 }, (_, k) => ({
        tilt_deg: k % 90,
        azimuth_deg: (k * 7) % 360,
        kwp: 10,
        horizon_deg: horizon,
      })),
    }),
    (b) => (b as { arrays: unknown[] }).arrays.length,
  );
  await measure(
    'GET /sun/path',
    { step_min: 1 },
    '/sun/path?lat=50.43&lon=2.83&date=2026-06-21&step_min=1',
    {},
    (b) => (b as { positions: unknown[] }).positions.length,
  );
  await measure('GET /sites', {}, '/sites', {}, features);
  // A square just under the polygon cap (MAX_SITE_KM2) near Leforest: with the tilt × GCR sweep, and at the densest
  // layout the options allow (GCR 0.9, no setback, landscape tables: the most rows).
  const d = Math.sqrt(MAX_SITE_KM2 * 0.99e6) / 2;
  const dLat = d / 111_195;
  const dLon = d / (111_195 * Math.cos((50.44 * Math.PI) / 180));
  const square = [
    [3.06 - dLon, 50.44 - dLat],
    [3.06 + dLon, 50.44 - dLat],
    [3.06 + dLon, 50.44 + dLat],
    [3.06 - dLon, 50.44 + dLat],
    [3.06 - dLon, 50.44 - dLat],
  ];
  const polygon = { type: 'Polygon', coordinates: [square] };
  const farmRows = (b: unknown) => (b as { layout: { features: unknown[] } }).layout.features.length;
  await measure(
    'POST /sites/evaluate',
    { polygon_km2: MAX_SITE_KM2, sweep: true },
    '/sites/evaluate',
    post({ polygon, sweep: true }),
    farmRows,
    'a square of 0.99 × the cap, default layout; rows are the rows of tables',
  );
  await measure(
    'POST /sites/evaluate',
    { polygon_km2: MAX_SITE_KM2, gcr: 0.9 },
    '/sites/evaluate',
    post({ polygon, options: { pitch: { kind: 'gcr', gcr: 0.9 }, table: '3L', setback_m: 0, road_every_rows: 100 } }),
    farmRows,
    'a square of 0.99 × the cap, densest layout; rows are the rows of tables',
  );

  // Landlords: the largest organisation's whole stock.
  const created = await fetch(`${base}/portfolios`, {
    ...post({ name: 'limits bench', selection: {} }),
    headers: { 'content-type': 'application/json', ...auth },
  });
  const portfolio = ((await created.json()) as { id: number; buildings: number }).id;
  const stock = { portfolio_buildings: org.n };
  const authed = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...init.headers, ...auth } });
  await measure(
    'GET /portfolios/{id}',
    stock,
    `/portfolios/${portfolio}`,
    authed(),
    (b) => (b as { building_ids: unknown[] }).building_ids.length,
  );
  await measure(
    'GET /portfolios/{id}/estimate',
    stock,
    `/portfolios/${portfolio}/estimate`,
    authed(),
    (b) => (b as { houses: unknown[] }).houses.length,
  );
  await measure(
    'GET /portfolios/{id}/pv',
    stock,
    `/portfolios/${portfolio}/pv`,
    authed(),
    (b) => (b as { roofs: unknown[] }).roofs.length,
  );
  const plan = {
    portfolio_id: portfolio,
    start_year: 2027,
    years: 30,
    budget_eur_per_year: 50_000_000,
    target: { kind: 'legal' },
    strategy: 'worst_first',
    compare: true,
  };
  await measure(
    'POST /portfolios/plan',
    { ...stock, years: 30, compare: true },
    '/portfolios/plan',
    authed(post(plan)),
    (b) => (b as { plan: { assignments: unknown[] } }).plan.assignments.length,
  );
  const stored = await fetch(`${base}/portfolios/plan`, authed(post(plan)));
  const planId = ((await stored.json()) as { plan_id: number }).plan_id;
  await measure(
    'GET /plans/{id}',
    stock,
    `/plans/${planId}`,
    authed(),
    (b) => (b as { plan: { assignments: unknown[] } }).plan.assignments.length,
  );
  await measure(
    'GET /plans/{id}/export',
    { ...stock, format: 'csv' },
    `/plans/${planId}/export?format=csv`,
    authed(),
    (b) => String(b).split('\r\n').length - 2,
  );
  await measure(
    'GET /plans/{id}/export',
    { ...stock, format: 'geojson' },
    `/plans/${planId}/export?format=geojson`,
    authed(),
    features,
  );
  server.close();
}

export async function benchLimits(work: string, withServerDatabase: WithServer, emit: Emit): Promise<void> {
  const dir = process.env.BENCH_LIMITS_PGLITE_DIR || path.join(work, 'limits');
  let db = await openPglite(dir);
  try {
    await measureEngine(db, emit);
  } finally {
    await db.close();
  }
  if (!process.env.BENCH_LIMITS_PGLITE_DIR) fs.rmSync(dir, { recursive: true, force: true });
  const reuse = process.env.BENCH_LIMITS_DATABASE_URL;
  const onServer = async (url: string) => {
    db = await openPostgres(url);
    try {
      await measureEngine(db, emit);
    } finally {
      await db.close();
    }
  };
  if (reuse) await onServer(reuse);
  else await withServerDatabase('limits', onServer);
}
