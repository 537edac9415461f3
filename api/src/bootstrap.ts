import type { Logger } from 'pino';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/index.js';
import { migrate } from './db/migrate.js';
import { counts, loadDemo } from './services/demo.js';

/** Opens the configured database, applies migrations and, when asked, loads the demo where it is missing. */
export async function openAndPrepare(config: Config, logger: Logger, options: { demo: boolean }): Promise<Database> {
  let t = performance.now();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.info({ engine: db.engine, ms: Math.round(performance.now() - t) }, 'database opened');
  t = performance.now();
  const applied = await migrate(db);
  logger.info({ applied, ms: Math.round(performance.now() - t) }, 'migrations');
  if (options.demo) {
    t = performance.now();
    const report = await loadDemo(db);
    if (report.buildings || report.obstacles || report.weather) {
      logger.info(
        {
          buildings: report.buildings?.imported,
          obstacles: report.obstacles?.imported,
          weather: report.weather,
          ms: Math.round(performance.now() - t),
        },
        'demo neighbourhood loaded',
      );
    }
    logger.info(await counts(db), 'database contents');
  }
  return db;
}
