import http from 'node:http';
import os from 'node:os';
import { pino } from 'pino';
import { createApp } from './app.js';
import { openAndPrepare } from './bootstrap.js';
import { loadConfig } from './config.js';
import type { Database } from './db/index.js';
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

async function main() {
  if (config.buildClient && (await buildClientIfNeeded()))
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
  try {
    // A server started before its database (docker compose starting both, a host booting) waits for it.
    db = await openWhenAvailable(
      () => openAndPrepare(config, logger, { demo: config.loadDemo, statementTimeoutMs: config.statementTimeoutMs }),
      {
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
      },
    );
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
  const jobs = startBackgroundJobs(db, { workers: os.availableParallelism(), signal: abort.signal, logger });
  running = { db, computing: jobs.done };
  handler = createApp(config, { db, logger });
  logger.info(
    { url: `http://localhost:${config.port}`, engine: db.engine, startup_ms: Math.round(performance.now() - started) },
    'solar-cadastre ready',
  );
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'startup failed');
  process.exit(1);
});
