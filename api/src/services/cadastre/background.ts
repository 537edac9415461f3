import type { Logger } from 'pino';
import type { Database } from '../../db/index.js';
import { StepTimeoutError, type RetryOptions } from '../../db/faults.js';
import { computeCadastre, type ComputeSummary } from './computeCadastre.js';
import { computeEnvelopes } from './computeEnvelopes.js';

export type BackgroundJob = 'cadastre' | 'walls';

/**
 * Where the background jobs stand, kept up to date while they run. `paused`: waiting for the database to come back;
 * `failed`: both ended and at least one stopped on an error (`failed` says which and why, a step that kept running
 * past the statement timeout being one), which the next start runs again; `stopped`: by a shutdown, resumed by the
 * next start.
 */
export interface BackgroundStatus {
  job: BackgroundJob | null;
  state: 'running' | 'paused' | 'done' | 'failed' | 'stopped';
  /** Times the jobs paused because the database went away. */
  pauses: number;
  /** Steps that ran past the statement timeout (each retried after a wait, up to a bound). */
  timeouts: number;
  /** The jobs that stopped on an error, with its message. */
  failed: { job: BackgroundJob; error: string }[];
}

/** What happened, as the status changes: each pause and resume, each timed-out step retried, each failure. */
export type BackgroundEvent =
  | { type: 'pause'; job: BackgroundJob; error: string }
  | { type: 'resume'; job: BackgroundJob; paused_ms: number }
  | { type: 'timeout'; job: BackgroundJob; retry: number; delay_ms: number }
  | { type: 'failed'; job: BackgroundJob; error: string };

export interface BackgroundOptions {
  workers: number;
  /** Aborted on shutdown: the tiles in flight are written, then the jobs stop. */
  signal: AbortSignal;
  logger: Logger;
  onProgress?: (done: number, total: number) => void;
  /** Called on every event, after `status` was updated: for tests and monitoring, which need not poll. */
  onEvent?: (event: BackgroundEvent, status: Readonly<BackgroundStatus>) => void;
  /** Timed-out steps: retries and first wait (db/faults.ts, DEFAULT_TIMEOUT_RETRIES and DEFAULT_TIMEOUT_DELAY_MS). */
  timeoutRetries?: number;
  timeoutDelayMs?: number;
}

export interface BackgroundResult {
  cadastre: ComputeSummary | null;
  walls: { buildings: number; seconds: number } | null;
  /** The status when the jobs ended (the same object `status` gave while they ran). */
  status: BackgroundStatus;
  /** Times the jobs paused because the database went away (status.pauses). */
  pauses: number;
}

export interface BackgroundJobs {
  /** Live: read it at any time. */
  status: Readonly<BackgroundStatus>;
  /** Resolves when both jobs ended; never rejects (a failure is logged and kept in status.failed). */
  done: Promise<BackgroundResult>;
}

/**
 * What `npm start` runs once it listens: the solar cadastre of the buildings not computed yet, then the walls of
 * every building (party walls, exposed facades) for the renovation estimates. While the database is away both pause
 * (each lane waits for the database, then runs its step again) and resume where they stood; the process keeps
 * serving (503) meanwhile. A step that keeps running past the statement timeout is retried with backoff a few times,
 * then its job stops with an error logged and kept in the status; the walls job still runs after a failed cadastre.
 */
export function startBackgroundJobs(db: Database, options: BackgroundOptions): BackgroundJobs {
  const status: BackgroundStatus = { job: null, state: 'running', pauses: 0, timeouts: 0, failed: [] };
  return { status, done: run(db, options, status) };
}

/** startBackgroundJobs(…).done. */
export function runBackgroundJobs(db: Database, options: BackgroundOptions): Promise<BackgroundResult> {
  return startBackgroundJobs(db, options).done;
}

async function run(db: Database, options: BackgroundOptions, status: BackgroundStatus): Promise<BackgroundResult> {
  const { logger, signal } = options;
  const result: BackgroundResult = { cadastre: null, walls: null, status, pauses: 0 };
  const emit = (event: BackgroundEvent) => options.onEvent?.(event, status);
  // Several lanes pause on the same outage: one event when the first stops, one when the first goes on.
  let pausedSince: number | null = null;
  const retryFor = (job: BackgroundJob): Omit<RetryOptions, 'signal'> => ({
    timeoutRetries: options.timeoutRetries,
    timeoutDelayMs: options.timeoutDelayMs,
    onPause: (error) => {
      if (pausedSince !== null) return;
      pausedSince = performance.now();
      status.pauses += 1;
      result.pauses = status.pauses;
      status.state = 'paused';
      const message = (error as Error)?.message ?? String(error);
      logger.warn({ job, err: message }, 'database unavailable: background jobs paused');
      emit({ type: 'pause', job, error: message });
    },
    onResume: () => {
      if (pausedSince === null) return;
      const paused_ms = Math.round(performance.now() - pausedSince);
      pausedSince = null;
      status.state = 'running';
      logger.info({ job, paused_ms }, 'database back: background jobs resumed');
      emit({ type: 'resume', job, paused_ms });
    },
    onTimeout: (error, retry, delayMs) => {
      status.timeouts += 1;
      logger.warn(
        { job, retry, delay_ms: delayMs, err: (error as Error)?.message },
        'background step ran past the statement timeout: retrying after a wait',
      );
      emit({ type: 'timeout', job, retry, delay_ms: delayMs });
    },
  });
  const fail = (job: BackgroundJob, error: unknown) => {
    const message = (error as Error)?.message ?? String(error);
    status.failed.push({ job, error: message });
    if (error instanceof StepTimeoutError)
      logger.error({ job, err: message }, `${job} job stopped: statement timeouts`);
    else logger.error({ job, err: error }, `${job} job failed`);
    emit({ type: 'failed', job, error: message });
  };
  let lastLog = 0;
  status.job = 'cadastre';
  try {
    result.cadastre = await computeCadastre(db, {
      workers: options.workers,
      signal,
      retry: retryFor('cadastre'),
      onProgress: (done, total) => {
        options.onProgress?.(done, total);
        if (done === total || performance.now() - lastLog > 5_000) {
          lastLog = performance.now();
          logger.info({ done, total }, 'solar cadastre progress');
        }
      },
    });
    if (result.cadastre.buildings_computed > 0) logger.info(result.cadastre, 'solar cadastre computed');
  } catch (error) {
    if (signal.aborted) logger.info('solar cadastre stopped; the next start resumes it');
    else fail('cadastre', error);
  }
  if (signal.aborted) {
    status.state = 'stopped';
    return result;
  }
  // A request for a building not reached yet measures its own walls.
  status.job = 'walls';
  try {
    result.walls = await computeEnvelopes(db, { signal, retry: retryFor('walls') });
    if (result.walls.buildings > 0) logger.info(result.walls, 'walls measured');
  } catch (error) {
    if (signal.aborted) logger.info('wall measurement stopped; the next start resumes it');
    else fail('walls', error);
  }
  status.job = null;
  status.state = signal.aborted ? 'stopped' : status.failed.length > 0 ? 'failed' : 'done';
  return result;
}
