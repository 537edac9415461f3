/**
 * PostgreSQL stopped and started again under a running app (issue 15): the process keeps serving (503 JSON with
 * Retry-After while the server is down, 200 as soon as it is back, no restart of the app), and the background
 * cadastre run interrupted by the stop pauses, resumes and ends with exactly the rows of an uninterrupted run. Also:
 * a server started while PostgreSQL is down waits for it (503 meanwhile) or gives up after DB_CONNECT_TIMEOUT_S, a
 * statement past the timeout answers 504, and a background step that keeps timing out stops its job after a bounded
 * number of retries with backoff.
 *
 * It runs its own PostgreSQL cluster (tests/faults/cluster.ts: initdb in a temporary folder, its own port), never the
 * shared server the other test files use.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config.js';
import { openPostgres } from '../../api/src/db/postgres.js';
import type { Database } from '../../api/src/db/types.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import {
  runBackgroundJobs,
  startBackgroundJobs,
  type BackgroundEvent,
} from '../../api/src/services/cadastre/background.js';
import { createApp } from '../helpers/app.js';
import { adminQuery, clusterUnavailableReason, freePort } from './cluster.js';
import { createDemoCluster, type DemoCluster } from './demoCluster.js';
import { spawnServer } from './serverProcess.js';

const reason = clusterUnavailableReason();
const silent = pino({ level: 'silent' });
/** A part of Lens and its cités (0.02° × 0.015°, 2.4 km²: within the 4 km² bbox cap of /buildings). */
const BASIN_BBOX = '2.80,50.43,2.82,50.445';
/** The part of the basin computed before the interrupted run, which then resumes the rest. */
const FIRST_PART: [number, number, number, number] = [2.76, 50.4, 2.86, 50.46];

async function listen(db: Database): Promise<{ url: string; server: Server }> {
  const app = createApp({ ...loadConfig({}), logLevel: 'silent' }, { db, logger: silent });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A session holding EXCLUSIVE locks on the cadastre's tables: reads go on, every tile's write waits behind it. */
async function lockCadastreWrites(url: string): Promise<pg.Client> {
  const locker = new pg.Client({ connectionString: url });
  // The cluster's stop terminates this session too: that must not end the test process.
  locker.on('error', () => undefined);
  await locker.connect();
  await locker.query('BEGIN; LOCK TABLE roof_faces, building_solar IN EXCLUSIVE MODE');
  return locker;
}

/** Resolves when a session waits for a lock on roof_faces (a tile's write, blocked by lockCadastreWrites). */
async function writeBlocked(locker: pg.Client): Promise<void> {
  for (;;) {
    const r = await locker.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'roof_faces'::regclass",
    );
    if (r.rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function close(server: Server) {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The cadastre's rows in one comparable text each: summaries, and faces with their heat-map samples. */
async function digest(db: Database) {
  const q = async (sql: string) => (await db.query<{ n: number; d: string }>(sql)).rows[0]!;
  return {
    summaries: await q(`SELECT count(*)::int AS n, md5(string_agg(concat_ws(':', building_id, faces, roof_area_m2,
      usable_area_m2, mean_kwh_m2, best_kwh_m2, usable_kwh, shading_loss_pct), ',' ORDER BY building_id)) AS d
      FROM building_solar`),
    faces: await q(`SELECT count(*)::int AS n, md5(string_agg(concat_ws(':', building_id, face_index, annual_kwh_m2,
      array_to_string(monthly_kwh_m2, ' '), array_to_string(sample_kwh_m2, ' ', 'n')), ','
      ORDER BY building_id, face_index)) AS d FROM roof_faces`),
    // A partial building: a summary whose face count differs from its faces, or faces without a summary.
    partial: await q(`SELECT count(*)::int AS n, '' AS d FROM building_solar s
      WHERE s.faces <> (SELECT count(*) FROM roof_faces f WHERE f.building_id = s.building_id)
        OR EXISTS (SELECT 1 FROM roof_faces f WHERE NOT EXISTS
          (SELECT 1 FROM building_solar t WHERE t.building_id = f.building_id))`),
  };
}

describe.skipIf(reason !== null)(
  `PostgreSQL restarted under a running app${reason ? ` — skipped: ${reason}` : ''}`,
  () => {
    let demo: DemoCluster;

    beforeAll(async () => {
      demo = await createDemoCluster();
    });
    afterAll(async () => {
      await demo?.destroy();
    });

    it('503 JSON with Retry-After while down, 200 once back in the same process; the cadastre job pauses, resumes and ends with the rows of an uninterrupted run', async () => {
      // A run that resumes one stopped earlier: part of the basin computed, then the rest. The reference does the
      // same without interruption; the live database starts from a copy of the first part.
      const reference = await openPostgres(await demo.copy('reference'));
      const first = await computeCadastre(reference, { workers: 2, bbox: FIRST_PART });
      await reference.close();
      expect(first.buildings_computed).toBeGreaterThan(0);
      expect(first.buildings_computed).toBeLessThan(demo.buildings);
      await adminQuery(demo.cluster, 'CREATE DATABASE live TEMPLATE reference');
      const rest = await openPostgres(demo.cluster.url('reference'));
      await computeCadastre(rest, { workers: 2 });
      const expectedRows = await digest(rest);
      await rest.close();

      const connectionErrors: string[] = [];
      const db = await openPostgres(demo.cluster.url('live'), {
        statementTimeoutMs: 5_000,
        onConnectionError: (error) => connectionErrors.push(error.message),
      });
      const app = await listen(db);
      try {
        const before = await fetch(`${app.url}/api/v1/buildings?bbox=${BASIN_BBOX}&limit=10`);
        expect(before.status).toBe(200);

        // Every tile write waits behind a lock, so the job is certainly in the middle of one (with the rest to do)
        // when the database stops: it must pause, whatever the scheduling.
        const locker = await lockCadastreWrites(demo.cluster.url('live'));
        const events: BackgroundEvent[] = [];
        let paused!: () => void;
        const pausedOnce = new Promise<void>((resolve) => (paused = resolve));
        let resumed!: () => void;
        const resumedOnce = new Promise<void>((resolve) => (resumed = resolve));
        const jobs = startBackgroundJobs(db, {
          workers: 2,
          signal: new AbortController().signal,
          logger: silent,
          onEvent: (event) => {
            events.push(event);
            if (event.type === 'pause') paused();
            if (event.type === 'resume') resumed();
          },
        });
        await writeBlocked(locker);

        // A client checked out for a transaction, idle in it when the server goes: the case that ended the process.
        let inTransaction!: () => void;
        const holding = new Promise<void>((resolve) => (inTransaction = resolve));
        let resume!: () => void;
        const resumeTransaction = new Promise<void>((resolve) => (resume = resolve));
        const held = db.transaction(async (tx) => {
          await tx.query('SELECT 1');
          inTransaction();
          await resumeTransaction;
          await tx.query('SELECT 1');
        });
        await holding;
        const atStop = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM building_solar');
        expect(atStop.rows[0]!.n).toBe(first.buildings_computed);

        await demo.cluster.stop();
        // The database stays down until the job has said it paused.
        await pausedOnce;
        expect(jobs.status.state).toBe('paused');
        expect(jobs.status.job).toBe('cadastre');
        resume();
        await expect(held).rejects.toThrow();

        for (const path of [`/api/v1/buildings?bbox=${BASIN_BBOX}&limit=10`, '/api/v1/extent']) {
          const down = await fetch(`${app.url}${path}`);
          expect(down.status, path).toBe(503);
          expect(down.headers.get('content-type')).toMatch(/application\/json/);
          expect(down.headers.get('retry-after')).toBe('5');
          expect(((await down.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
        }
        const health = await fetch(`${app.url}/api/v1/health`);
        expect(health.status).toBe(503);
        expect(health.headers.get('retry-after')).toBe('5');

        await demo.cluster.start();
        // The first request after the start may still meet the server finishing its start-up (57P03, a 503 too).
        const statuses: number[] = [];
        for (let i = 0; i < 50 && statuses.at(-1) !== 200; i++) {
          const r = await fetch(`${app.url}/api/v1/buildings?bbox=${BASIN_BBOX}&limit=10`);
          statuses.push(r.status);
          await r.arrayBuffer();
          if (r.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(statuses.at(-1)).toBe(200);
        expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);

        await resumedOnce;
        const result = await jobs.done;
        expect(result.status).toMatchObject({ state: 'done', job: null, failed: [] });
        expect(result.pauses).toBeGreaterThanOrEqual(1);
        // Each pause is followed by its resume, and the first event is the pause.
        const changes = events.filter((e) => e.type === 'pause' || e.type === 'resume').map((e) => e.type);
        expect(changes[0]).toBe('pause');
        expect(changes).toEqual(changes.map((_, i) => (i % 2 ? 'resume' : 'pause')));
        expect(result.cadastre!.buildings_skipped).toBe(first.buildings_computed);
        expect(result.cadastre!.buildings_computed).toBe(demo.buildings - first.buildings_computed);
        const rows = await digest(db);
        expect(rows.partial.n).toBe(0);
        expect(rows.summaries).toEqual(expectedRows.summaries);
        expect(rows.faces).toEqual(expectedRows.faces);
        // The walls job ran after it, through the same outage handling: every building measured once.
        const walls = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM building_envelope');
        expect(walls.rows[0]!.n).toBe(demo.buildings);
        expect(connectionErrors.length).toBeGreaterThan(0);
        await locker.end().catch(() => undefined);
      } finally {
        await close(app.server);
        await db.close().catch(() => undefined);
      }
    });

    it('a server started while PostgreSQL is down answers 503 and serves once it is up; past DB_CONNECT_TIMEOUT_S one exits 1 saying why', async () => {
      const url = await demo.copy('startup');
      await demo.cluster.stop();
      const [patientPort, impatientPort] = [await freePort(), await freePort()];
      const patient = spawnServer(url, patientPort, { DB_CONNECT_TIMEOUT_S: '120' });
      const base = `http://127.0.0.1:${patientPort}/api/v1`;
      try {
        const impatient = spawnServer(url, impatientPort, { DB_CONNECT_TIMEOUT_S: '1' });
        expect(await impatient.exited, impatient.output).toBe(1);
        expect(impatient.output).toMatch(/"attempt":1,.*database not reachable yet: waiting/);
        expect(impatient.output).toMatch(/the database did not answer in 1 s .*database not reachable: giving up/);

        await patient.logged(/database not reachable yet: waiting/);
        const waiting = await fetch(`${base}/health`);
        expect(waiting.status).toBe(503);
        expect(waiting.headers.get('retry-after')).toBe('5');
        expect(await waiting.json()).toEqual({
          status: 'unavailable',
          database: { engine: 'postgres', postgis: null },
        });
        const other = await fetch(`${base}/extent`);
        expect(other.status).toBe(503);
        expect(((await other.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
      } finally {
        await demo.cluster.start();
      }
      // Probes are at most 2 s apart (db/faults.ts, openWhenAvailable): the server is ready within a few seconds.
      await patient.logged(/solar-cadastre ready/);
      expect(patient.output).toContain('solar-cadastre ready');
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { status: string }).status).toBe('ok');
      patient.kill();
      expect(await patient.exited, patient.output).toBe(0);
    }, 60_000);

    it('a statement past the statement timeout answers 504 JSON, then the next request is served', async () => {
      const url = await demo.copy('slow');
      const quick = await openPostgres(url, { statementTimeoutMs: 300 });
      const served = await listen(quick);
      // A lock held by another session makes the bbox query wait: a slow statement without a test-only route.
      const locker = new pg.Client({ connectionString: url });
      await locker.connect();
      try {
        await locker.query('BEGIN; LOCK TABLE buildings IN ACCESS EXCLUSIVE MODE');
        const slow = await fetch(`${served.url}/api/v1/buildings?bbox=${BASIN_BBOX}&limit=10`);
        expect(slow.status).toBe(504);
        expect(((await slow.json()) as { error: { code: string } }).error.code).toBe('database_timeout');
        await locker.query('ROLLBACK');
        const after = await fetch(`${served.url}/api/v1/buildings?bbox=${BASIN_BBOX}&limit=10`);
        expect(after.status).toBe(200);
      } finally {
        await locker.end();
        await close(served.server);
        await quick.close();
      }
    });

    it('a background step that keeps running past the statement timeout is retried with growing waits, then its job stops, failed in the status', async () => {
      const url = await demo.copy('timeouts');
      const quick = await openPostgres(url, { statementTimeoutMs: 500 });
      // Every tile write waits behind the lock until the statement timeout cancels it: the same step, again and again.
      const locker = await lockCadastreWrites(url);
      try {
        const events: BackgroundEvent[] = [];
        // One worker: the lanes are often all computing when the write fails, the case where a failed write once
        // went unhandled and would have ended the process (vitest fails a test file on an unhandled rejection).
        const result = await runBackgroundJobs(quick, {
          workers: 1,
          signal: new AbortController().signal,
          logger: silent,
          timeoutRetries: 2,
          timeoutDelayMs: 50,
          onEvent: (event) => events.push(event),
        });
        const cadastre = events.filter((e) => e.job === 'cadastre');
        const timeouts = cadastre.filter((e) => e.type === 'timeout');
        // The write ran 3 times (2 retries), each retry after twice the last wait.
        expect(timeouts.map((e) => e.retry)).toContain(2);
        for (const e of timeouts) {
          expect(e.retry).toBeLessThanOrEqual(2);
          expect(e.delay_ms).toBe(50 * 2 ** (e.retry - 1));
        }
        expect(cadastre.at(-1)).toMatchObject({ type: 'failed' });
        expect(result.status.state).toBe('failed');
        expect(result.status.failed[0]).toEqual({
          job: 'cadastre',
          error: expect.stringMatching(/ran past the statement timeout on each of its 3 attempts/),
        });
        expect(result.status.timeouts).toBeGreaterThanOrEqual(2);
        expect(result.cadastre).toBeNull();
        await locker.query('ROLLBACK');
        // Nothing of the tile that could not be written.
        const solar = await quick.query<{ n: number }>('SELECT count(*)::int AS n FROM building_solar');
        expect(solar.rows[0]!.n).toBe(0);
      } finally {
        await locker.end();
        await quick.close();
      }
    });
  },
);
