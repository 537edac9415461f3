import fs from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { expectsColumns, SilentEngineError, type Database, type Queryable, type QueryResult } from './types.js';

type PgliteLike = PGlite | Transaction;

async function run<R>(target: PgliteLike, sql: string, params: unknown[] = []): Promise<QueryResult<R>> {
  const result = await target.query<R>(sql, params);
  const fields = result.fields.map((f) => f.name);
  // GEOS exceptions do not raise in PGlite: the statement comes back with no fields at all.
  if (fields.length === 0 && expectsColumns(sql)) throw new SilentEngineError(sql);
  return { rows: result.rows, fields, rowCount: result.affectedRows ?? result.rows.length };
}

/** Embedded PostgreSQL (PGlite 0.5.8, PostgreSQL 18) with PostGIS 3.6 and pg_trgm. */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { extensions: { postgis, pg_trgm } });
  const wrap = (target: PgliteLike): Queryable => ({
    query: (sql, params) => run(target, sql, params),
    exec: async (sql) => {
      await target.exec(sql);
    },
    copyIn: async (copySql, text) => {
      await target.query(copySql.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'"), [], { blob: new Blob([text]) });
    },
  });
  return {
    engine: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
