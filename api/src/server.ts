import os from 'node:os';
import { pino } from 'pino';
import { createApp } from './app.js';
import { openAndPrepare } from './bootstrap.js';
import { loadConfig } from './config.js';
import { buildClientIfNeeded } from './services/clientBuild.js';
import { computeCadastre } from './services/cadastre/computeCadastre.js';
import { computeEnvelopes } from './services/cadastre/computeEnvelopes.js';

const started = performance.now();
const config = loadConfig();
const logger = pino({ level: config.logLevel });

async function main() {
  if (config.buildClient && (await buildClientIfNeeded()))
    logger.info({ ms: Math.round(performance.now() - started) }, 'client built');
  const db = await openAndPrepare(config, logger, { demo: config.loadDemo });
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
  // The solar cadastre of buildings not yet computed fills in the background: the server answers meanwhile.
  const abort = new AbortController();
  let lastLog = 0;
  const computing = computeCadastre(db, {
    workers: os.availableParallelism(),
    signal: abort.signal,
    onProgress: (done, total) => {
      if (done === total || performance.now() - lastLog > 5_000) {
        lastLog = performance.now();
        logger.info({ done, total }, 'solar cadastre progress');
      }
    },
  })
    .then((summary) => {
      if (summary.buildings_computed > 0) logger.info(summary, 'solar cadastre computed');
    })
    .catch((error: unknown) => logger.error({ err: error }, 'solar cadastre computation failed'))
    // Then the walls of every building (party walls, exposed facades) for the renovation estimates; a request for a
    // building not reached yet measures its own.
    .then(() => computeEnvelopes(db, { signal: abort.signal }))
    .then((summary) => {
      if (summary.buildings > 0) logger.info(summary, 'walls measured');
    })
    .catch((error: unknown) => logger.error({ err: error }, 'wall measurement failed'));
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
