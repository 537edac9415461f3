import type { Queryable } from './types.js';

/**
 * PostgreSQL error classes that mean "the database is not there right now", not "this request is wrong"
 * (PostgreSQL manual, appendix A): 08 connection exception, 53 insufficient resources (too many connections, disk
 * full, out of memory), 57P01–57P05 admin/crash shutdown, cannot connect now (starting up / shutting down), idle
 * session timeout; 3D000 is a dropped database. Node socket codes for a server that refuses or drops the connection,
 * and DNS failures: a host name that does not resolve yet (docker compose and Kubernetes add a service's name when its
 * container starts) or a resolver that does not answer.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '3D000',
]);
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

/** Thrown by retryWhileUnavailable when a step ran past the statement timeout on every attempt. */
export class StepTimeoutError extends Error {
  constructor(
    readonly attempts: number,
    cause: unknown,
  ) {
    super(
      `a background step ran past the statement timeout on each of its ${attempts} attempts ` +
        `(${(cause as Error)?.message ?? String(cause)}); the job stops rather than retry forever`,
      { cause },
    );
    this.name = 'StepTimeoutError';
  }
}

export interface RetryOptions {
  /** Stops waiting (the operation's last error is thrown) when aborted. */
  signal?: AbortSignal;
  /** Called once when the database goes away, with the error that said so. */
  onPause?: (error: unknown) => void;
  /** Called once when it answers again. */
  onResume?: (pausedMs: number) => void;
  /** Longest wait between two probes [ms]: the first waits 100 ms, each next one twice as long up to this. */
  maxDelayMs?: number;
  /**
   * Times a step that ran past the statement timeout is run again before StepTimeoutError (default
   * DEFAULT_TIMEOUT_RETRIES); 0: the first timeout fails the step.
   */
  timeoutRetries?: number;
  /** Wait before the first run again after a timeout [ms], doubled for each next one (default DEFAULT_TIMEOUT_DELAY_MS). */
  timeoutDelayMs?: number;
  /** Called for each timeout that will be retried: which retry (1, 2…) and the wait before it [ms]. */
  onTimeout?: (error: unknown, retry: number, delayMs: number) => void;
}

/**
 * A background step that times out is run again 3 times, after 1, 2 and 4 s: a timeout caused by a passing lock or
 * load (a concurrent import, a VACUUM FULL, a pg_dump holding locks) clears within seconds, while the same statement
 * on the same data timing out four times in a row will not get faster. With the server's 10 s statement timeout a
 * step stops after at most 4 × 10 + 7 = 47 s, and never runs its statement more than once per timeout period.
 */
export const DEFAULT_TIMEOUT_RETRIES = 3;
export const DEFAULT_TIMEOUT_DELAY_MS = 1_000;
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
 * transaction), so a step interrupted before or after its COMMIT is written once. A step that runs past the statement
 * timeout is run again after a growing wait, a bounded number of times (timeoutRetries), then fails with
 * StepTimeoutError. Requests do not retry: they answer 503 or 504 at once.
 */
export async function retryWhileUnavailable<T>(
  db: Queryable,
  op: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const timeoutRetries = options.timeoutRetries ?? DEFAULT_TIMEOUT_RETRIES;
  let timeouts = 0;
  for (;;) {
    try {
      return await op();
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (isQueryTimeout(error)) {
        timeouts += 1;
        if (timeouts > timeoutRetries) throw new StepTimeoutError(timeouts, error);
        const delayMs = (options.timeoutDelayMs ?? DEFAULT_TIMEOUT_DELAY_MS) * 2 ** (timeouts - 1);
        options.onTimeout?.(error, timeouts, delayMs);
        await sleep(delayMs, options.signal);
        if (options.signal?.aborted) throw error;
        continue;
      }
      if (!isDatabaseUnavailable(error)) throw error;
      const t = performance.now();
      options.onPause?.(error);
      if (!(await waitForDatabase(db, options))) throw error;
      options.onResume?.(Math.round(performance.now() - t));
    }
  }
}

export interface StartWaitOptions {
  /** Longest total wait [ms] before the last error is thrown inside a DatabaseWaitError; 0: a single attempt. */
  timeoutMs: number;
  /** Stops waiting (the last error is thrown) when aborted: a SIGTERM during the wait. */
  signal?: AbortSignal;
  /** Called after each failed attempt that will be followed by another: its number, error and the wait before it [ms]. */
  onRetry?: (attempt: number, error: unknown, delayMs: number, waitedMs: number) => void;
}

/** Thrown by openWhenAvailable when the database did not answer within the allowed wait. */
export class DatabaseWaitError extends Error {
  constructor(attempts: number, waitedMs: number, cause: unknown) {
    super(
      `the database did not answer in ${Math.round(waitedMs / 1000)} s (${attempts} attempts): ` +
        `${(cause as Error)?.message ?? String(cause)}`,
      { cause },
    );
    this.name = 'DatabaseWaitError';
  }
}

/**
 * Runs open (connect, migrate…) until it succeeds, for a server started before its database (docker compose starting
 * both, a host booting): while open fails because the database is away (isDatabaseUnavailable), it runs again after
 * 0.5 s, then twice as long each time up to 2 s (a probe is one TCP connection: cheap, and the server is serving at
 * most 2 s after the database is); any other error, or timeoutMs spent, ends the wait.
 */
export async function openWhenAvailable<T>(open: () => Promise<T>, options: StartWaitOptions): Promise<T> {
  const started = performance.now();
  let delayMs = 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const waitedMs = performance.now() - started;
      if (options.signal?.aborted) throw error;
      // The last attempt is made when the allowed wait ends.
      const waitMs = Math.min(delayMs, options.timeoutMs - waitedMs);
      if (waitMs <= 0) throw new DatabaseWaitError(attempt, waitedMs, error);
      options.onRetry?.(attempt, error, Math.round(waitMs), waitedMs);
      await sleep(waitMs, options.signal);
      if (options.signal?.aborted) throw error;
      delayMs = Math.min(delayMs * 2, 2_000);
    }
  }
}
