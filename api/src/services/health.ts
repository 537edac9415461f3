import type { Database } from '../db/index.js';
import { sql } from '../db/sql.js';

/** What /health answers: the database engine and, when it answers, its PostGIS library version. */
export interface Health {
  status: 'ok' | 'unavailable';
  database: { engine: Database['engine']; postgis: string | null };
}

/** Asks the database for its PostGIS version; a database that fails to answer makes the status "unavailable". */
export async function checkHealth(db: Database): Promise<Health> {
  try {
    const r = await db.query<{ postgis: string }>(sql('health/postgis'));
    return { status: 'ok', database: { engine: db.engine, postgis: r.rows[0]?.postgis ?? null } };
  } catch {
    return { status: 'unavailable', database: { engine: db.engine, postgis: null } };
  }
}
