import path from 'node:path';
import { openPglite } from './pglite.js';
import { openPostgres, type PostgresOptions } from './postgres.js';
import type { Database } from './types.js';

export type { Database, Queryable, QueryResult } from './types.js';

/**
 * Opens the server database when a URL is given, else the embedded one in dataDir/pglite. The server's options
 * (statement timeout, connection error listener) do not apply to the embedded engine, which has no connection and
 * runs each statement to its end on the event loop.
 */
export async function openDatabase(
  options: { databaseUrl?: string; dataDir: string } & PostgresOptions,
): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(path.join(options.dataDir, 'pglite'));
}
