/**
 * PostgreSQL restarted under a running app under load (BENCH_ONLY=faults), one JSON line per figure:
 *  - restart_first_200_ms: from `pg_ctl start` returning (the server accepts connections) to the first 200, and from
 *    the start command being issued;
 *  - restart_answers: requests answered while the database was stopped and restarted, by status: 503s, and errors
 *    other than 503 (any other status, a refused or reset socket, no answer within 10 s), which must be 0;
 *  - restart_cadastre: the background cadastre interrupted by the outage, its pauses and how long it waited, resumed
 *    to every building;
 *  - startup_wait_ready_ms: a server (tsx api/src/server.ts) started while the database is stopped waits for it: from
 *    `pg_ctl start` returning to its first /health 200, with the attempts it logged meanwhile.
 * On a private cluster (tests/faults/cluster.ts: initdb in a temporary folder, its own port), never the shared
 * server; skipped with a line saying why when initdb or PostGIS is not installed. BENCH_FAULTS_DOWN_S: how long the
 * database stays stopped (default 10 s, as the report in issue 15).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp } from '../api/src/app.js';
import { loadConfig } from '../api/src/config.js';
import { openPostgres } from '../api/src/db/postgres.js';
import { startBackgroundJobs } from '../api/src/services/cadastre/background.js';
import { clusterUnavailableReason, freePort } from '../tests/faults/cluster.js';
import { createDemoCluster, type DemoCluster } from '../tests/faults/demoCluster.js';
import { spawnServer } from '../tests/faults/serverProcess.js';

type Emit = (figure: Record<string, unknown>) => void;

/** Concurrent clients, each sending its next request as soon as the last is answered. */
const CLIENTS = 8;
/** A request with no answer after this long counts as an error (a hung socket) [ms]. */
const REQUEST_DEADLINE_MS = 10_000;
/** How long the server started without its database waits before the database starts [ms]. */
const WAITING_MS = 5_000;

export async function benchFaults(emit: Emit): Promise<void> {
  const reason = clusterUnavailableReason();
  if (reason) {
    emit({ figure: 'restart_first_200_ms', skipped: reason });
    return;
  }
  const demo = await createDemoCluster();
  try {
    await benchRestart(demo, emit);
    await benchStartupWait(demo, emit);
  } finally {
    await demo.destroy();
  }
}

/** PostgreSQL stopped for BENCH_FAULTS_DOWN_S and started again under the app serving CLIENTS clients. */
async function benchRestart(demo: DemoCluster, emit: Emit): Promise<void> {
  const downMs = (Number(process.env.BENCH_FAULTS_DOWN_S) || 10) * 1000;
  const db = await openPostgres(await demo.copy('bench'), { statementTimeoutMs: 10_000 });
  const logger = pino({ level: 'silent' });
  const app = createApp({ ...loadConfig({}), logLevel: 'silent' }, { db, logger });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ids = (await db.query<{ id: number }>('SELECT id FROM buildings ORDER BY id')).rows.map((r) => r.id);
  try {
    const abort = new AbortController();
    let written = 0;
    let pausedMs = 0;
    const jobs = startBackgroundJobs(db, {
      workers: 2,
      signal: abort.signal,
      logger,
      onProgress: (done) => (written = done),
      onEvent: (event) => {
        if (event.type === 'resume') pausedMs += event.paused_ms;
      },
    });

    // The homeowner's two reads, one building and a 1 km box, taking turns.
    const statuses = new Map<string, number>();
    let firstOkAfterStart: number | null = null;
    let started: number | null = null;
    let loading = true;
    const client = async (k: number) => {
      for (let i = k; loading; i += CLIENTS) {
        const path =
          i % 2
            ? `/api/v1/buildings/${ids[i % ids.length]}`
            : '/api/v1/buildings?bbox=2.80,50.43,2.814,50.439&limit=200';
        let key: string;
        try {
          const r = await fetch(base + path, { signal: AbortSignal.timeout(REQUEST_DEADLINE_MS) });
          await r.arrayBuffer();
          key = String(r.status);
          if (r.status === 200 && started !== null && firstOkAfterStart === null) firstOkAfterStart = performance.now();
        } catch (error) {
          key = (error as Error).name === 'TimeoutError' ? 'no answer' : `socket: ${(error as Error).message}`;
        }
        if (started !== null || key !== '200') statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
    };
    const load = Array.from({ length: CLIENTS }, (_, k) => client(k));
    while (written === 0) await new Promise((r) => setTimeout(r, 50));
    const writtenAtStop = written;
    const tStop = performance.now();
    await demo.cluster.stop();
    const stopMs = performance.now() - tStop;
    await new Promise((r) => setTimeout(r, downMs));
    const tStart = performance.now();
    started = tStart;
    await demo.cluster.start();
    const accepting = performance.now();
    while (firstOkAfterStart === null && performance.now() - tStart < 60_000)
      await new Promise((r) => setTimeout(r, 10));
    // A few more seconds of load after the first 200: nothing but 200s.
    await new Promise((r) => setTimeout(r, 2_000));
    loading = false;
    await Promise.all(load);
    const first = firstOkAfterStart as number | null;
    emit({
      figure: 'restart_first_200_ms',
      value: first === null ? null : Math.round(first - accepting),
      from_start_command_ms: first === null ? null : Math.round(first - tStart),
      pg_start_ms: Math.round(accepting - tStart),
      pg_stop_ms: Math.round(stopMs),
      down_s: downMs / 1000,
      clients: CLIENTS,
      note: 'pg_ctl stop -m fast under load, start after down_s; value from the server accepting connections',
    });
    const count503 = statuses.get('503') ?? 0;
    const ok = statuses.get('200') ?? 0;
    const others = [...statuses].filter(([k]) => k !== '503' && k !== '200');
    emit({
      figure: 'restart_answers',
      value: others.reduce((s, [, n]) => s + n, 0),
      unit: 'errors other than 503 (must be 0)',
      answers_503: count503,
      answers_200_after_start: ok,
      other: Object.fromEntries(others),
      request_deadline_ms: REQUEST_DEADLINE_MS,
    });
    const result = await jobs.done;
    const solar = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM building_solar');
    emit({
      figure: 'restart_cadastre',
      value: solar.rows[0]!.n,
      buildings: demo.buildings,
      written_at_stop: writtenAtStop,
      pauses: result.pauses,
      paused_ms: pausedMs,
      state: result.status.state,
      complete: solar.rows[0]!.n === demo.buildings,
      note: 'background cadastre of npm start, interrupted by the outage and resumed',
    });
    abort.abort();
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close().catch(() => undefined);
  }
}

/** The server started while the database is stopped: it waits (DB_CONNECT_TIMEOUT_S) and serves once it is up. */
async function benchStartupWait(demo: DemoCluster, emit: Emit): Promise<void> {
  const url = await demo.copy('startup');
  await demo.cluster.stop();
  const port = await freePort();
  const server = spawnServer(url, port, { DB_CONNECT_TIMEOUT_S: '120' });
  try {
    await server.logged(/database not reachable yet: waiting/);
    // A few attempts, so that the probes are at their longest interval (2 s) when the database comes up.
    await new Promise((r) => setTimeout(r, WAITING_MS));
    const tStart = performance.now();
    await demo.cluster.start();
    const accepting = performance.now();
    let first: number | null = null;
    while (first === null && performance.now() - accepting < 60_000) {
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => null);
      if (r?.status === 200) first = performance.now();
      else await new Promise((resolve) => setTimeout(resolve, 20));
      await r?.arrayBuffer();
    }
    emit({
      figure: 'startup_wait_ready_ms',
      value: first === null ? null : Math.round(first - accepting),
      pg_start_ms: Math.round(accepting - tStart),
      attempts_logged: server.output.match(/database not reachable yet: waiting/g)?.length ?? 0,
      waited_before_start_ms: WAITING_MS,
      note: 'tsx api/src/server.ts started with the database stopped; value from pg_ctl start returning to /health 200 (probes at most 2 s apart)',
    });
  } finally {
    server.kill();
    await server.exited;
  }
}
