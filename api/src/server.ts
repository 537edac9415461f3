import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import { pino } from 'pino';
import { createApp } from './app.js';
import { openAndPrepare } from './bootstrap.js';
import { loadConfig } from './config.js';
import { openDatabase, type Database } from './db/index.js';
import { DatabaseWaitError, openWhenAvailable } from './db/faults.js';
import { startingApp } from './routes/health.js';
import { buildClientIfNeeded } from './services/clientBuild.js';
import { startBackgroundJobs, type BackgroundResult } from './services/cadastre/background.js';

const started = performance.now();
const config = loadConfig();
const logger = pino({ level: config.logLevel });

/** Where the database is, for the log: host, port and database name, never the password. */
function databaseAddress(url: string | undefined): string {
  if (!url) return 'embedded';
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/**
 * What this process does. 'all': everything (one process, the default). With API_PROCESSES = n > 1 the first
 * process is the cluster's primary ('primary': it serves nothing, starts and restarts the others), one worker leads
 * ('lead': the client build, migrations, demo, background jobs, and serving) and n − 1 follow ('follower': serving
 * only, started once the lead is ready); all of them accept on the same port (node:cluster).
 */
type Role = 'all' | 'primary' | 'lead' | 'follower';
const role: Role =
  config.apiProcesses <= 1 ? 'all' : cluster.isPrimary ? 'primary' : ((process.env.SC_ROLE as Role) ?? 'follower');

/**
 * The cluster's primary: forks the lead, then the followers once it is ready; forks anew any worker that dies (the
 * port stays open: the others keep serving); on SIGTERM or SIGINT stops them all and exits when they have.
 */
function primary() {
  if (!config.databaseUrl) {
    logger.fatal(
      { api_processes: config.apiProcesses },
      'API_PROCESSES > 1 needs DATABASE_URL: the embedded database belongs to one process',
    );
    process.exit(1);
  }
  let stopping = false;
  const roles = new Map<number, Role>();
  const fork = (r: 'lead' | 'follower') => {
    const worker = cluster.fork({ SC_ROLE: r });
    roles.set(worker.id, r);
    worker.on('message', (message: { type?: string }) => {
      if (message?.type !== 'ready' || r !== 'lead') return;
      const following = [...roles.values()].filter((x) => x === 'follower').length;
      for (let i = following; i < config.apiProcesses - 1; i++) fork('follower');
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    const r = roles.get(worker.id) ?? 'follower';
    roles.delete(worker.id);
    if (stopping) {
      if (roles.size === 0) {
        logger.info('stopped');
        process.exit(0);
      }
      return;
    }
    logger.error({ worker_pid: worker.process.pid, role: r, code, signal }, 'server process died: starting another');
    fork(r === 'lead' ? 'lead' : 'follower');
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 35_000).unref();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (roles.size === 0) process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  logger.info({ api_processes: config.apiProcesses }, 'starting the server processes');
  fork('lead');
}

async function main() {
  if (role !== 'follower' && config.buildClient && (await buildClientIfNeeded()))
    logger.info({ ms: Math.round(performance.now() - started) }, 'client built');
  const engine = config.databaseUrl ? 'postgres' : 'pglite';
  // Listening from the start: until the database is open and migrated, /health answers 503 and every other request
  // 503 database_unavailable (routes/health.ts), so a health check or a proxy sees a starting server, not a dead one.
  let handler: http.RequestListener = startingApp(engine);
  const server = http.createServer((req, res) => handler(req, res));
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'cannot listen');
    process.exit(1);
  });
  const abort = new AbortController();
  let running: { db: Database; computing: Promise<BackgroundResult> } | null = null;
  const finish = async (db: Database | undefined = running?.db) => {
    if (running) await running.computing;
    await db?.close().catch(() => undefined);
    logger.info('stopped');
    process.exit(0);
  };
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Tiles in flight finish and are written (a few seconds); past 30 s the process stops anyway.
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    abort.abort();
    server.close(() => {
      // Still starting: main() stops once the step it is in ends (a wait between two attempts ends at once).
      if (running) void finish();
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));

  let db: Database;
  // A follower starts once the lead has migrated and loaded the demo: it only opens its own pool.
  const prepare =
    role === 'follower'
      ? () =>
          openDatabase({
            databaseUrl: config.databaseUrl,
            dataDir: config.dataDir,
            statementTimeoutMs: config.statementTimeoutMs,
            onConnectionError: (error) => logger.warn({ err: error.message }, 'database connection lost'),
          })
      : () => openAndPrepare(config, logger, { demo: config.loadDemo, statementTimeoutMs: config.statementTimeoutMs });
  try {
    // A server started before its database (docker compose starting both, a host booting) waits for it.
    db = await openWhenAvailable(prepare, {
      timeoutMs: config.dbConnectTimeoutS * 1000,
      signal: abort.signal,
      onRetry: (attempt, error, delayMs, waitedMs) =>
        logger.warn(
          {
            attempt,
            database: databaseAddress(config.databaseUrl),
            err: (error as Error)?.message ?? String(error),
            retry_in_ms: delayMs,
            waited_s: Math.round(waitedMs / 100) / 10,
            timeout_s: config.dbConnectTimeoutS,
          },
          'database not reachable yet: waiting',
        ),
    });
  } catch (error) {
    if (abort.signal.aborted) return finish();
    if (error instanceof DatabaseWaitError) {
      logger.fatal(
        { database: databaseAddress(config.databaseUrl), err: error.message, timeout_s: config.dbConnectTimeoutS },
        'database not reachable: giving up (DB_CONNECT_TIMEOUT_S sets the wait)',
      );
      process.exit(1);
    }
    throw error;
  }
  if (abort.signal.aborted) return finish(db);
  // The solar cadastre of buildings not yet computed, then their walls, fill in the background: the server answers
  // meanwhile, and both pause while the database is away.
  // Followers leave them to the lead.
  const computing =
    role === 'follower'
      ? Promise.resolve({} as BackgroundResult)
      : startBackgroundJobs(db, { workers: os.availableParallelism(), signal: abort.signal, logger }).done;
  running = { db, computing };
  handler = createApp(config, { db, logger });
  logger.info(
    {
      url: `http://localhost:${config.port}`,
      engine: db.engine,
      startup_ms: Math.round(performance.now() - started),
      ...(role === 'all' ? {} : { role }),
    },
    'solar-cadastre ready',
  );
  if (role === 'lead') process.send?.({ type: 'ready' });
}

if (role === 'primary') primary();
else
  main().catch((error: unknown) => {
    logger.fatal({ err: error }, 'startup failed');
    process.exit(1);
  });
