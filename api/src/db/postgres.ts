import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, type Queryable, type QueryResult } from './types.js';

// Return numeric types as JS numbers: bigint ids (int8) fit below 2^53 here, numeric is used for measures.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

async function run<R>(client: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []): Promise<QueryResult<R>> {
  const result = await client.query(sql, params as unknown[]);
  return {
    rows: result.rows as R[],
    fields: (result.fields ?? []).map((f) => f.name),
    rowCount: result.rowCount ?? result.rows.length,
  };
}

/** PostgreSQL + PostGIS server through node-postgres. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: (sql, params) => run(client, sql, params),
    exec: async (sql) => {
      await client.query(sql);
    },
    copyIn: async (copySql, text) => {
      // COPY needs one connection for the whole stream: the pool's own query() would pick any.
      const own = 'release' in client ? null : await (client as pg.Pool).connect();
      try {
        const target = (own ?? client) as pg.PoolClient;
        await pipeline(Readable.from([text]), target.query(copyFrom(copySql)));
      } finally {
        own?.release();
      }
    },
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
