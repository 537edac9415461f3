import type { Queryable } from './types.js';

/**
 * PostgreSQL error classes that mean "the database is not there right now", not "this request is wrong"
 * (PostgreSQL manual, appendix A): 08 connection exception, 53 insufficient resources (too many connections, disk
 * full, out of memory), 57P01–57P05 admin/crash shutdown, cannot connect now (starting up / shutting down), idle
 * session timeout; 3D000 is a dropped database. Node socket codes for a server that refuses or drops the connection.
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', '3D000']);
const UNAVAILABLE_CLASSES = /^(08|53|57P0[1-5])/;
/** node-postgres and PGlite report a lost or closed connection by message only. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|PGlite is closed|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

/** True when error says the database is away (stopped, restarting, unreachable, dropped): a 503, worth a retry. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as ErrorLike | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || UNAVAILABLE_CLASSES.test(e.code))) return true;
  return typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message);
}

/**
 * True when a statement ran past its deadline: cancelled by the server's statement_timeout (57014 query_canceled)
 * or given up by the client's query_timeout (node-postgres: "Query read timeout"). A 504: the same query would be
 * as slow again.
 */
export function isQueryTimeout(error: unknown): boolean {
  const e = error as ErrorLike | null;
  if (!e || typeof e !== 'object') return false;
  if (e.code === '57014') return true;
  return typeof e.message === 'string' && /Query read timeout|statement timeout/i.test(e.message);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export interface RetryOptions {
  /** Stops waiting (the operation's last error is thrown) when aborted. */
  signal?: AbortSignal;
  /** Called once when the database goes away, with the error that said so. */
  onPause?: (error: unknown) => void;
  /** Called once when it answers again. */
  onResume?: (pausedMs: number) => void;
  /** Longest wait between two probes [ms]: the first waits 100 ms, each next one twice as long up to this. */
  maxDelayMs?: number;
}

/** Resolves when `SELECT 1` answers (probing with backoff), or when signal aborts (returns false then). */
export async function waitForDatabase(db: Queryable, options: RetryOptions = {}): Promise<boolean> {
  let delay = 100;
  for (;;) {
    if (options.signal?.aborted) return false;
    try {
      await db.query('SELECT 1 AS up');
      return true;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
    }
    await sleep(delay, options.signal);
    delay = Math.min(delay * 2, options.maxDelayMs ?? 2_000);
  }
}

/**
 * Runs op; while it fails because the database is away, waits for the database and runs it again. For background
 * work whose step is idempotent (a tile's results, a chunk of walls: delete-then-insert or upsert in one
 * transaction), so a step interrupted before or after its COMMIT is written once. Requests do not retry: they
 * answer 503 at once.
 */
export async function retryWhileUnavailable<T>(
  db: Queryable,
  op: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  for (;;) {
    try {
      return await op();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || options.signal?.aborted) throw error;
      const t = performance.now();
      options.onPause?.(error);
      if (!(await waitForDatabase(db, options))) throw error;
      options.onResume?.(Math.round(performance.now() - t));
    }
  }
}
