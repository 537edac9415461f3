import type { Logger } from 'pino';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/index.js';
import { migrate } from './db/migrate.js';
import { ensureDefaultWeather } from './services/weather/defaultWeather.js';
import { counts, loadDemo } from './services/demo.js';

/**
 * Opens the configured database, applies migrations, installs the bundled typical year as the default when there is
 * none (telling `notice` once, the logger by default) and, when asked, loads the demo where it is missing; returns
 * the database with statementTimeoutMs on every statement when given (the server; the CLI's batches run untimed).
 */
export async function openAndPrepare(
  config: Config,
  logger: Logger,
  options: { demo: boolean; notice?: (message: string) => void; statementTimeoutMs?: number },
): Promise<Database> {
  let t = performance.now();
  const open = (statementTimeoutMs?: number) =>
    openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      statementTimeoutMs,
      onConnectionError: (error) => logger.warn({ err: error.message }, 'database connection lost'),
    });
  let db = await open();
  logger.info({ engine: db.engine, ms: Math.round(performance.now() - t) }, 'database opened');
  t = performance.now();
  const applied = await migrate(db);
  logger.info({ applied, ms: Math.round(performance.now() - t) }, 'migrations');
  const installed = await ensureDefaultWeather(db);
  if (installed) (options.notice ?? ((m: string) => logger.info(m)))(installed);
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
  // Migrations and the demo load ran without a timeout (they may take long on a large territory, before anyone is
  // served); the server's pool then opens with it. The embedded engine has none to set.
  if (options.statementTimeoutMs && db.engine === 'postgres') {
    await db.close();
    db = await open(options.statementTimeoutMs);
  }
  return db;
}
