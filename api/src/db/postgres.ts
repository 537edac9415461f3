import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, type Queryable, type QueryResult } from './types.js';

// Return numeric types as JS numbers: bigint ids (int8) fit below 2^53 here, numeric is used for measures.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export interface PostgresOptions {
  /**
   * Server-side statement_timeout of every connection [ms]; 0 or undefined: none (the CLI's batch commands). The
   * client gives up on a statement the server did not answer QUERY_TIMEOUT_MARGIN_MS later (a frozen or unreachable
   * server, where the server's own timer cannot fire).
   */
  statementTimeoutMs?: number;
  /** Called for every error a connection reports outside a query (the server went away, was restarted...). */
  onConnectionError?: (error: Error) => void;
}

/** How much longer the client waits than the server's statement_timeout, so that the server's cleaner cancel wins. */
const QUERY_TIMEOUT_MARGIN_MS = 2_000;

async function run<R>(client: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []): Promise<QueryResult<R>> {
  const result = await client.query(sql, params as unknown[]);
  return {
    rows: result.rows as R[],
    fields: (result.fields ?? []).map((f) => f.name),
    rowCount: result.rowCount ?? result.rows.length,
  };
}

/**
 * PostgreSQL + PostGIS server through node-postgres. Survives the server going away: every connection has an error
 * listener (a checked-out client losing its connection would otherwise emit an unhandled 'error' and end the
 * process), a broken client is destroyed rather than returned to the pool, and the pool connects anew on the next
 * query once the server is back.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const timeout = options.statementTimeoutMs && options.statementTimeoutMs > 0 ? options.statementTimeoutMs : 0;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A server that accepts no connection within 5 s is as good as away: the request answers 503.
    connectionTimeoutMillis: 5_000,
    // TCP keep-alive notices a dead peer (a cut network) on idle connections, after the kernel's probes.
    keepAlive: true,
    ...(timeout
      ? {
          statement_timeout: timeout,
          query_timeout: timeout + QUERY_TIMEOUT_MARGIN_MS,
          // A transaction left open by a stalled caller holds its locks: the server ends it after the same delay.
          idle_in_transaction_session_timeout: timeout + QUERY_TIMEOUT_MARGIN_MS,
        }
      : {}),
  });
  const onError = (error: Error) => options.onConnectionError?.(error);
  // Idle clients: the pool forwards their errors here (and drops them). Clients checked out by transaction() and
  // copyIn() get no listener from the pool while out, so each gets its own for its whole life.
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    // A server not reachable yet: the caller may try again (db/faults.ts, openWhenAvailable) with a new pool.
    await pool.end().catch(() => undefined);
    throw error;
  }
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: (sql, params) => run(client, sql, params),
    exec: async (sql) => {
      await client.query(sql);
    },
    copyIn: async (copySql, text) => {
      // COPY needs one connection for the whole stream: the pool's own query() would pick any.
      const own = 'release' in client ? null : await (client as pg.Pool).connect();
      let failure: unknown;
      try {
        const target = (own ?? client) as pg.PoolClient;
        await pipeline(Readable.from([text]), target.query(copyFrom(copySql)));
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        // A client whose COPY failed may be mid-protocol or disconnected: destroyed, not reused.
        own?.release(failure ? toError(failure) : undefined);
      }
    },
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await fn(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        // A ROLLBACK that fails means the connection is gone (the server rolled the transaction back itself): the
        // pool closes that client instead of handing it to the next caller.
        await client.query('ROLLBACK').catch(() => (broken = toError(error)));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
