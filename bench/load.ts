/**
 * The homeowner's journey under load (BENCH_ONLY=load) and over time (BENCH_ONLY=soak), one JSON line per figure.
 *
 * The mix: search (`/search?q=` with queries made from the demo's addresses: a full address, a street, a street being
 * typed, a commune, a cité), a 1 km² box (`/buildings?bbox=`, 0.014° × 0.009° centred on a building, limit 2,000, the
 * cap), one building (`/buildings/{id}`), its PV estimate (`/buildings/{id}/pv`) and its renovation
 * (`/buildings/{id}/renovation`), with the query parameters the client sends. Each endpoint gets a fifth of the
 * clients (LOAD_ENDPOINTS picks a subset); each client walks its own rotation of that endpoint's LOAD_DISTINCT distinct requests (fixed seed).
 * Requests carry the browser's Accept-Encoding, so compression is part of the cost.
 *
 * Two ways of loading, on keep-alive connections from a worker thread (its work stays off the server's event loop),
 * loopback only:
 *  - paced (undici, an open-loop schedule): every client asks once a second (LOAD_CLIENT_RATE) at its own instant,
 *    the clients' instants spread evenly over the second, whether or not its last answer has come: what that many
 *    people using the map at once ask. Times run from when a request was due. The client's debounce (250 ms,
 *    client/src/app/pv.ts, ui/searchBox.ts) caps one person at 4 a second while typing or dragging a slider; reading
 *    an answer takes longer than a second. LOAD_ARRIVALS=poisson makes the crowd's arrivals a Poisson process of the
 *    same rate instead (independent people bunch up now and then).
 *  - closed (autocannon): every client sends its next request as soon as the last is answered: the most the engine serves
 *    (requests_per_s), and the latency when that many wait on it, which is clients / throughput (Little's law).
 * Both at 50 and 200 clients, LOAD_SECONDS each (default 20 paced, 10 closed); a request unanswered after 10 s is a
 * timeout (the deadline of bench/faults.ts). Per endpoint, engine, mode and clients: requests/s, p50/p95/p99 [ms]
 * (every answer, exact; paced from when it was due, closed from when it was sent), errors = non-2xx + timeouts + socket errors, and the
 * machine's 1-minute load average at the end of the run (the figures are noisy on a shared machine). Between runs the
 * server works through what the clients that timed out left queued (drain_s on the mix line: until /health answers
 * within a second).
 *
 * Soak (BENCH_ONLY=soak): the paced mix at 50 clients for SOAK_SECONDS (default 600, the issue's 10 minutes), the
 * process's RSS, V8 heap and external memory before and after (after a full GC when node runs with --expose-gc,
 * e.g. NODE_OPTIONS=--expose-gc; the line says when it could not), sampled every minute in between.
 *
 * Each engine starts as `npm start` does: migrated, the demo loaded, then the background cadastre and walls run to
 * their end (api/src/bootstrap.ts, services/cadastre/background.ts), so every PV and renovation answer is a real one.
 * LOAD_ENGINES (default "pglite,postgres") picks the engines, LOAD_MODES ("paced,closed") the modes and LOAD_CLIENTS
 * ("50,200") the client counts. Rate limits are lifted: the clients share one address.
 */
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import { createApp } from '../api/src/app.js';
import { openAndPrepare } from '../api/src/bootstrap.js';
import { loadConfig, type Config } from '../api/src/config.js';
import type { Database } from '../api/src/db/types.js';
import { runBackgroundJobs } from '../api/src/services/cadastre/background.js';
import { quantile, rng } from './stats.js';

type Emit = (figure: Record<string, unknown>) => void;
type WithServerDatabase = (label: string, fn: (url: string) => Promise<void>) => Promise<void>;
type Mode = 'paced' | 'closed';

const ENDPOINTS = ['search', 'bbox', 'building', 'pv', 'renovation'] as const;
type EndpointName = (typeof ENDPOINTS)[number];
const CLIENTS = [50, 200];
/** A request unanswered after this long is a timeout [s] (REQUEST_DEADLINE_MS of bench/faults.ts). */
const TIMEOUT_S = 10;
/** Longest wait for the server to empty its queue between runs [s]. */
const DRAIN_MAX_S = 300;
/** What Chromium sends: compressed answers, as the 3D client gets them. */
const HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };
/** A 1 km² box at 50.4° N: 0.014° of longitude ≈ 993 m, 0.009° of latitude ≈ 1,001 m. */
const BOX_DEG: [number, number] = [0.014, 0.009];
const HEATING = ['electric', 'heat_pump', 'gas', 'other'];
const INCOME_BANDS = ['tres_modeste', 'modeste', 'intermediaire', 'superieur'];

const numberFromEnv = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const round1 = (v: number) => Math.round(v * 10) / 10;
const round5 = (v: number) => Math.round(v * 1e5) / 1e5;
const mb = (bytes: number) => Math.round(bytes / 1048576);

interface BuildingRow {
  id: number;
  lon: number;
  lat: number;
  address: string | null;
  commune: string | null;
  cite_name: string | null;
}

/** What a person types: a full address with its commune, a street, a street half typed, a commune, a cité. */
function searchQuery(b: BuildingRow, form: number): string | null {
  const street = b.address?.match(/^(\d+\w*)\s+([^,]+)/);
  switch (form) {
    case 0:
      return street && b.commune ? `${street[1]} ${street[2]} ${b.commune}` : null;
    case 1:
      return street ? street[2]!.trim() : null;
    case 2: {
      const name = street?.[2]?.trim();
      return name && name.length > 8 ? name.slice(0, name.length - 3).toLowerCase() : null;
    }
    case 3:
      return b.commune;
    default:
      return b.cite_name;
  }
}

/** The distinct requests of each endpoint, drawn with a fixed seed from the database's buildings. */
export async function journeyPaths(db: Database, distinct: number): Promise<Record<EndpointName, string[]>> {
  const rows = (
    await db.query<BuildingRow & { computed: boolean }>(
      `SELECT b.id, ST_X(b.centroid) AS lon, ST_Y(b.centroid) AS lat, b.address, b.commune, b.cite_name,
              s.building_id IS NOT NULL AS computed
       FROM buildings b LEFT JOIN building_solar s ON s.building_id = b.id ORDER BY b.id`,
    )
  ).rows;
  const computed = rows.filter((r) => r.computed);
  const random = rng(15);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const draw = (make: (i: number) => string | null) => {
    const out = new Set<string>();
    for (let i = 0; out.size < distinct && i < distinct * 20; i++) {
      const p = make(i);
      if (p) out.add(p);
    }
    return [...out];
  };
  return {
    search: draw((i) => {
      const q = searchQuery(pick(rows), i % 5);
      return q ? `/api/v1/search?q=${encodeURIComponent(q)}&limit=10` : null;
    }),
    bbox: draw(() => {
      const b = pick(rows);
      const [w, s] = [round5(b.lon - BOX_DEG[0] / 2), round5(b.lat - BOX_DEG[1] / 2)];
      return `/api/v1/buildings?bbox=${w},${s},${round5(w + BOX_DEG[0])},${round5(s + BOX_DEG[1])}&limit=2000`;
    }),
    building: draw(() => `/api/v1/buildings/${pick(rows).id}`),
    pv: draw(
      () =>
        `/api/v1/buildings/${pick(computed).id}/pv?heating=${pick(HEATING)}&occupants=${1 + Math.floor(random() * 5)}`,
    ),
    renovation: draw(
      () =>
        `/api/v1/buildings/${pick(rows).id}/renovation?income_band=${pick(INCOME_BANDS)}` +
        `&household_size=${1 + Math.floor(random() * 5)}`,
    ),
  };
}
/**
 * The clients, in a worker thread (CommonJS, the libraries required by path).
 * Closed: one autocannon instance per endpoint with its share of connections.
 * Paced: an open-loop schedule on an undici pool (autocannon's per-connection rate is not one: a client whose answer
 * comes after its second has passed sends its next request the moment that answer arrives, so one slow second lines
 * the late clients up on the same instant and the load stays in bursts from then on). Client k of n asks at
 * start + k/(n·rate) + j/rate seconds, j = 0, 1, …, whatever the server has answered: the requests spread evenly over
 * each second, at exactly clients × rate a second. A request due while its client's earlier one is unanswered goes on
 * another keep-alive connection of the pool, or waits in the pool's queue; its time runs from when it was due, so a
 * queue on the clients' side counts against the server (no coordinated omission).
 */
const CLIENTS_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { base, endpoints, seconds, rate, arrivals, headers, timeout } = workerData;
const total = endpoints.reduce((s, e) => s + e.clients, 0);
const rotated = (paths, k, n) => {
  const start = Math.floor((k * paths.length) / n) % paths.length;
  return paths.slice(start).concat(paths.slice(0, start)).map((path) => ({ method: 'GET', path }));
};
const results = endpoints.map((e) => ({ name: e.name, times: [], bytes: 0, non2xx: 0, errors: 0, timeouts: 0, statuses: {} }));
const done = () => parentPort.postMessage(results);
const fail = (error) => { throw error; };

function closed() {
  const autocannon = require(workerData.autocannon);
  return Promise.all(endpoints.map((e, index) => new Promise((resolve, reject) => {
    const r = results[index];
    let k = 0;
    const instance = autocannon({
      url: base, connections: e.clients, duration: seconds, timeout, headers, skipAggregateResult: true,
      setupClient: (client) => client.setRequests(rotated(e.paths, k++, e.clients)),
    }, (error, result) => {
      if (error) return reject(error);
      r.non2xx += result.non2xx; r.errors += result.errors; r.timeouts += result.timeouts;
      for (const [code, s] of Object.entries(result.statusCodeStats)) r.statuses[code] = (r.statuses[code] || 0) + s.count;
      resolve();
    });
    instance.on('response', (client, status, bytes, ms) => { r.times.push(ms); r.bytes += bytes; });
  })));
}

function paced() {
  const { Pool } = require(workerData.undici);
  const pool = new Pool(base, { connections: total, pipelining: 1, keepAliveTimeout: 60_000 });
  // Client k of each endpoint, then k + 1…: each endpoint's requests also spread over the second.
  const perEndpoint = endpoints.map((e, index) => Array.from({ length: e.clients }, (_, k) =>
    ({ r: results[index], paths: rotated(e.paths, k, e.clients).map((p) => p.path), next: 0 })));
  const users = [];
  for (let k = 0; users.length < total; k++) for (const list of perEndpoint) if (k < list.length) users.push(list[k]);
  const period = 1000 / rate;
  const step = period / users.length;
  const start = performance.now() + 20;
  const count = Math.floor(seconds * rate) * users.length;
  // When each request is due: evenly spread (arrivals 'even'), or the crowd's arrivals a Poisson process of the same
  // rate (arrivals 'poisson': exponential gaps of mean step, seeded), which bunches them as independent people do.
  const dues = new Float64Array(count);
  let seed = 0x2f6b1d3 >>> 0;
  const uniform = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let z = seed;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0, t = start; i < count; i++) {
    dues[i] = arrivals === 'poisson' ? (t += -Math.log(1 - uniform()) * step) : start + i * step;
  }
  const inFlight = [];
  const ask = (user, due) => {
    const r = user.r;
    const path = user.paths[user.next++ % user.paths.length];
    return pool.request({ path, method: 'GET', headers, signal: AbortSignal.timeout(timeout * 1000) }).then(
      (res) => new Promise((resolve) => {
        let bytes = 0;
        res.body.on('data', (chunk) => { bytes += chunk.length; });
        res.body.on('error', (error) => { r.errors++; if (error.name === 'TimeoutError' || error.name === 'AbortError') r.timeouts++; resolve(); });
        res.body.on('end', () => {
          r.times.push(performance.now() - due); r.bytes += bytes;
          r.statuses[res.statusCode] = (r.statuses[res.statusCode] || 0) + 1;
          if (res.statusCode < 200 || res.statusCode > 299) r.non2xx++;
          resolve();
        });
      }),
      (error) => { r.errors++; if (error.name === 'TimeoutError' || error.name === 'AbortError') r.timeouts++; },
    );
  };
  return new Promise((resolve) => {
    let i = 0;
    const tick = () => {
      const now = performance.now();
      for (; i < count && dues[i] <= now; i++) inFlight.push(ask(users[i % users.length], dues[i]));
      if (i < count) setTimeout(tick, Math.max(0, dues[i] - performance.now()));
      else Promise.all(inFlight).then(() => pool.close()).then(resolve);
    };
    setTimeout(tick, 20);
  });
}

(rate ? paced() : closed()).then(done, fail);
`;

interface EndpointResult {
  name: EndpointName;
  times: number[];
  bytes: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

/**
 * Time from a request's arrival at the server to the end of its answer [ms], per endpoint, for the run in progress:
 * the clients' figures minus this is time spent in the kernel's queues and the clients' own thread.
 */
const serverTimes = Object.fromEntries(ENDPOINTS.map((e) => [e, [] as number[]])) as Record<EndpointName, number[]>;

function endpointOf(url: string): EndpointName | null {
  if (url.startsWith('/api/v1/search')) return 'search';
  if (url.startsWith('/api/v1/buildings?')) return 'bbox';
  if (/^\/api\/v1\/buildings\/\d+\/pv/.test(url)) return 'pv';
  if (/^\/api\/v1\/buildings\/\d+\/renovation/.test(url)) return 'renovation';
  if (/^\/api\/v1\/buildings\/\d+$/.test(url)) return 'building';
  return null;
}

/** LOAD_ARRIVALS: 'even' (default: the paced requests evenly spread) or 'poisson' (a Poisson process, same rate). */
function arrivalsFromEnv(): 'even' | 'poisson' {
  const a = process.env.LOAD_ARRIVALS ?? 'even';
  if (a !== 'even' && a !== 'poisson') throw new RangeError(`LOAD_ARRIVALS: 'even' or 'poisson', got ${a}`);
  return a;
}

/** LOAD_ENDPOINTS: a comma-separated subset of the mix (all five by default), e.g. to measure one endpoint alone. */
function endpointsFromEnv(): EndpointName[] {
  const asked = process.env.LOAD_ENDPOINTS?.split(',').map((e) => e.trim()) ?? [...ENDPOINTS];
  const unknown = asked.filter((e) => !(ENDPOINTS as readonly string[]).includes(e));
  if (unknown.length > 0)
    throw new RangeError(`LOAD_ENDPOINTS: unknown ${unknown.join(', ')}; known: ${ENDPOINTS.join(', ')}`);
  return asked as EndpointName[];
}

async function runClients(
  base: string,
  paths: Record<EndpointName, string[]>,
  clients: number,
  mode: Mode,
  seconds: number,
): Promise<EndpointResult[]> {
  const names = endpointsFromEnv();
  for (const e of ENDPOINTS) serverTimes[e] = [];
  loopDelay.reset();
  loopDelay.enable();
  const share = Math.max(1, Math.round(clients / names.length));
  const worker = new Worker(CLIENTS_SOURCE, {
    eval: true,
    workerData: {
      autocannon: createRequire(import.meta.url).resolve('autocannon'),
      undici: createRequire(import.meta.url).resolve('undici'),
      base,
      endpoints: names.map((name) => ({ name, clients: share, paths: paths[name] })),
      seconds,
      rate: mode === 'paced' ? numberFromEnv('LOAD_CLIENT_RATE', 1) : 0,
      arrivals: arrivalsFromEnv(),
      headers: HEADERS,
      timeout: TIMEOUT_S,
    },
  });
  try {
    return await new Promise<EndpointResult[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    loopDelay.disable();
    await worker.terminate();
  }
}

/** The server's own time for the answers of one endpoint (see serverTimes). */
function serverFigure(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { server_p50_ms: quantileMs(sorted, 0.5), server_p95_ms: quantileMs(sorted, 0.95) };
}

const quantileMs = (sorted: number[], q: number) => (sorted.length === 0 ? null : round1(quantile(sorted, q)));

/** One figure: throughput, latency quantiles and errors of the answers of one endpoint (or all of them). */
function figure(results: EndpointResult[], seconds: number) {
  const times = results.flatMap((r) => r.times).sort((a, b) => a - b);
  const sum = (k: 'non2xx' | 'errors' | 'timeouts' | 'bytes') => results.reduce((s, r) => s + r[k], 0);
  const statuses: Record<string, number> = {};
  for (const r of results) for (const [k, n] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + n;
  return {
    requests: times.length,
    requests_per_s: round1(times.length / seconds),
    p50_ms: quantileMs(times, 0.5),
    p95_ms: quantileMs(times, 0.95),
    p99_ms: quantileMs(times, 0.99),
    max_ms: times.length ? round1(times[times.length - 1]!) : null,
    errors: sum('non2xx') + sum('errors'),
    non_2xx: sum('non2xx'),
    timeouts: sum('timeouts'),
    socket_errors: sum('errors') - sum('timeouts'),
    statuses,
    mean_answer_kb: times.length ? Math.round(sum('bytes') / times.length / 1024) : null,
  };
}

function emitRun(
  emit: Emit,
  label: string,
  engine: string,
  mode: Mode,
  clients: number,
  seconds: number,
  results: EndpointResult[],
  distinct: Record<EndpointName, string[]>,
  drain_s: number,
) {
  const load_avg_1m = round1(os.loadavg()[0]!);
  for (const r of results) {
    emit({
      figure: label,
      engine,
      mode,
      clients,
      endpoint: r.name,
      ...figure([r], seconds),
      ...serverFigure(serverTimes[r.name]),
      api_processes: engine === 'postgres' ? numberFromEnv('LOAD_API_PROCESSES', 1) : 1,
      ...(mode === 'paced' ? { arrivals: arrivalsFromEnv() } : {}),
      distinct_requests: distinct[r.name].length,
      seconds,
      load_avg_1m,
    });
  }
  const mix = figure(results, seconds);
  const lag = loopDelay;
  emit({
    figure: label,
    engine,
    mode,
    clients,
    endpoint: 'mix',
    ...mix,
    ...(mode === 'paced' ? { arrivals: arrivalsFromEnv() } : {}),
    seconds,
    load_avg_1m,
    drain_s,
    // The server's event loop (in this process) during the run: how late its timers ran [ms].
    event_loop_delay_ms: lag.count
      ? {
          p50: round1(lag.percentile(50) / 1e6),
          p99: round1(lag.percentile(99) / 1e6),
          max: round1(lag.max / 1e6),
        }
      : null,
  });
}

const loopDelay = monitorEventLoopDelay({ resolution: 5 });

function memory() {
  const m = process.memoryUsage();
  return { rss_mb: mb(m.rss), heap_used_mb: mb(m.heapUsed), external_mb: mb(m.external) };
}

async function settledMemory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    await new Promise((r) => setImmediate(r));
    gc();
  }
  return memory();
}

/**
 * Waits until the server has worked through what the last run left queued (requests of clients that gave up are still
 * answered, one at a time on the embedded engine): /health answers within a second, checked every second for at
 * most DRAIN_MAX_S. Returns how long it took [s].
 */
async function drain(base: string): Promise<number> {
  const t = performance.now();
  while (performance.now() - t < DRAIN_MAX_S * 1000) {
    const q = performance.now();
    const ok = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(DRAIN_MAX_S * 1000) })
      .then((r) => r.arrayBuffer().then(() => r.ok))
      .catch(() => false);
    if (ok && performance.now() - q < 1000) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return round1((performance.now() - t) / 1000);
}

/** The app on an ephemeral loopback port, as `npm start` configures it, without the per-address rate limits. */
async function listen(db: Database, config: Config): Promise<{ base: string; close: () => Promise<void> }> {
  const app = createApp({ ...config, logLevel: 'silent' }, { db, logger: pino({ level: 'silent' }) });
  const server = createServer((req, res) => {
    const t = performance.now();
    const endpoint = endpointOf(req.url ?? '');
    if (endpoint) res.once('finish', () => serverTimes[endpoint].push(performance.now() - t));
    app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The server as `npm start` runs it with API_PROCESSES=processes on the prepared database (dist/server.js, no demo
 * load, rate limits lifted): what the figures with LOAD_API_PROCESSES > 1 measure. The server-side times are then
 * not recorded (other processes).
 */
async function spawnServer(
  databaseUrl: string,
  processes: number,
): Promise<{ base: string; close: () => Promise<void> }> {
  const { spawn, execFileSync } = await import('node:child_process');
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'bin', 'build.js'), '--if-stale'], { stdio: 'ignore' });
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_PROCESSES: String(processes),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOAD_DEMO: '0',
      BUILD_CLIENT: '0',
      LOG_LEVEL: 'warn',
      EXPENSIVE_REQUESTS_PER_MINUTE: '10000000',
    },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  // Ready when every process answers: the lead first, the followers a moment later.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the spawned server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 3000));
  return {
    base,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * LOAD_CPU_PROFILE=<folder>: a V8 CPU profile of the server's event loop over the load runs, written there as
 * <engine>.cpuprofile (open it in Chrome DevTools), to see what holds the loop up.
 */
async function startProfile(): Promise<((name: string) => Promise<void>) | null> {
  const folder = process.env.LOAD_CPU_PROFILE;
  if (!folder) return null;
  const { Session } = await import('node:inspector/promises');
  const fs = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async (name) => {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, name), JSON.stringify(profile));
    session.disconnect();
  };
}

/** The load (or the soak) on one prepared database of the given engine. */
export async function benchLoadOn(
  engine: string,
  db: Database,
  config: Config,
  soak: boolean,
  emit: Emit,
  databaseUrl?: string,
) {
  const t = performance.now();
  const jobs = await runBackgroundJobs(db, {
    workers: os.availableParallelism(),
    signal: new AbortController().signal,
    logger: pino({ level: 'silent' }),
  });
  const distinct = await journeyPaths(db, numberFromEnv('LOAD_DISTINCT', 2000));
  emit({
    figure: 'load_setup_s',
    engine,
    value: round1((performance.now() - t) / 1000),
    buildings: jobs.cadastre?.buildings_total ?? null,
    computed: (jobs.cadastre?.buildings_computed ?? 0) + (jobs.cadastre?.buildings_skipped ?? 0),
    walls: jobs.walls?.buildings ?? null,
    note: 'background cadastre + walls of npm start on the demo, before any request',
  });
  const processes = databaseUrl ? numberFromEnv('LOAD_API_PROCESSES', 1) : 1;
  const { base, close } = processes > 1 ? await spawnServer(databaseUrl!, processes) : await listen(db, config);
  try {
    // Warm-up, not reported: JIT, connection pools, the first query plans.
    await runClients(base, distinct, 10, 'closed', 3);
    await drain(base);
    if (soak) {
      const seconds = numberFromEnv('SOAK_SECONDS', 600);
      const before = await settledMemory();
      const samples: ReturnType<typeof memory>[] = [];
      const timer = setInterval(() => samples.push(memory()), 60_000);
      const results = await runClients(base, distinct, 50, 'paced', seconds);
      clearInterval(timer);
      emitRun(emit, 'soak', engine, 'paced', 50, seconds, results, distinct, await drain(base));
      const after = await settledMemory();
      emit({
        figure: 'soak_memory_mb',
        engine,
        seconds,
        clients: 50,
        before,
        after,
        rss_growth_mb: after.rss_mb - before.rss_mb,
        heap_used_growth_mb: after.heap_used_mb - before.heap_used_mb,
        every_minute: samples,
        gc: (globalThis as { gc?: () => void }).gc
          ? 'full GC before each reading'
          : 'no GC forced: node without --expose-gc (NODE_OPTIONS=--expose-gc), readings include garbage',
        note: 'whole process; the clients worker is stopped before the after reading',
      });
      return;
    }
    const profiler = await startProfile();
    const modes = (process.env.LOAD_MODES?.split(',') ?? ['paced', 'closed']) as Mode[];
    const clientCounts = process.env.LOAD_CLIENTS?.split(',').map(Number) ?? CLIENTS;
    for (const mode of modes) {
      const seconds = numberFromEnv('LOAD_SECONDS', mode === 'paced' ? 20 : 10);
      for (const clients of clientCounts) {
        const results = await runClients(base, distinct, clients, mode, seconds);
        const drain_s = await drain(base);
        emitRun(emit, 'load', engine, mode, clients, seconds, results, distinct, drain_s);
      }
    }
    await profiler?.(`${engine}.cpuprofile`);
  } finally {
    await close();
  }
}

/**
 * Runs the load (or, with soak, the soak) on the engines of LOAD_ENGINES: the embedded one in work/, the server on a
 * scratch database of withServerDatabase.
 */
export async function benchLoad(
  work: string,
  withServerDatabase: WithServerDatabase,
  emit: Emit,
  options: { soak: boolean },
): Promise<void> {
  const engines = (process.env.LOAD_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim());
  const config = loadConfig({ EXPENSIVE_REQUESTS_PER_MINUTE: '10000000' });
  const logger = pino({ level: 'silent' });
  if (engines.includes('pglite')) {
    const dataDir = path.join(work, options.soak ? 'soak' : 'load');
    const db = await openAndPrepare({ ...config, dataDir, databaseUrl: undefined }, logger, { demo: true });
    try {
      await benchLoadOn('pglite', db, config, options.soak, emit);
    } finally {
      await db.close();
    }
  }
  if (engines.includes('postgres')) {
    await withServerDatabase(options.soak ? 'soak' : 'load', async (url) => {
      const db = await openAndPrepare({ ...config, databaseUrl: url }, logger, {
        demo: true,
        statementTimeoutMs: config.statementTimeoutMs,
      });
      try {
        await benchLoadOn('postgres', db, config, options.soak, emit, url);
      } finally {
        await db.close();
      }
    });
  }
}
