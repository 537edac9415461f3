import os from 'node:os';
import { pino } from 'pino';
import { createApp } from './app.js';
import { openAndPrepare } from './bootstrap.js';
import { loadConfig } from './config.js';
import { buildClientIfNeeded } from './services/clientBuild.js';
import { runBackgroundJobs } from './services/cadastre/background.js';

const started = performance.now();
const config = loadConfig();
const logger = pino({ level: config.logLevel });

async function main() {
  if (config.buildClient && (await buildClientIfNeeded()))
    logger.info({ ms: Math.round(performance.now() - started) }, 'client built');
  const db = await openAndPrepare(config, logger, {
    demo: config.loadDemo,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const app = createApp(config, { db, logger });
  const server = app.listen(config.port, config.host, () => {
    logger.info(
      {
        url: `http://localhost:${config.port}`,
        engine: db.engine,
        startup_ms: Math.round(performance.now() - started),
      },
      'solar-cadastre ready',
    );
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'cannot listen');
    process.exit(1);
  });
  // The solar cadastre of buildings not yet computed, then their walls, fill in the background: the server answers
  // meanwhile, and both pause while the database is away.
  const abort = new AbortController();
  const computing = runBackgroundJobs(db, { workers: os.availableParallelism(), signal: abort.signal, logger });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Tiles in flight finish and are written (a few seconds); past 30 s the process stops anyway.
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    abort.abort();
    server.close(async () => {
      await computing;
      await db.close().catch(() => undefined);
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'startup failed');
  process.exit(1);
});
