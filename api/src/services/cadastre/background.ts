import type { Logger } from 'pino';
import type { Database } from '../../db/index.js';
import type { RetryOptions } from '../../db/faults.js';
import { computeCadastre, type ComputeSummary } from './computeCadastre.js';
import { computeEnvelopes } from './computeEnvelopes.js';

export interface BackgroundOptions {
  workers: number;
  /** Aborted on shutdown: the tiles in flight are written, then the jobs stop. */
  signal: AbortSignal;
  logger: Logger;
  onProgress?: (done: number, total: number) => void;
}

export interface BackgroundResult {
  cadastre: ComputeSummary | null;
  walls: { buildings: number; seconds: number } | null;
  /** Times the jobs paused because the database went away. */
  pauses: number;
}

/**
 * What `npm start` runs once it listens: the solar cadastre of the buildings not computed yet, then the walls of
 * every building (party walls, exposed facades) for the renovation estimates. While the database is away both pause
 * (each lane waits for the database, then runs its step again) and resume where they stood; the process keeps
 * serving (503) meanwhile. Never rejects: a failure is logged.
 */
export async function runBackgroundJobs(db: Database, options: BackgroundOptions): Promise<BackgroundResult> {
  const { logger, signal } = options;
  const result: BackgroundResult = { cadastre: null, walls: null, pauses: 0 };
  // Several lanes pause on the same outage: one line when the first stops, one when the first goes on.
  let pausedSince: number | null = null;
  const retry: Omit<RetryOptions, 'signal'> = {
    onPause: (error) => {
      if (pausedSince !== null) return;
      pausedSince = performance.now();
      result.pauses += 1;
      logger.warn({ err: (error as Error)?.message }, 'database unavailable: background jobs paused');
    },
    onResume: () => {
      if (pausedSince === null) return;
      logger.info({ paused_ms: Math.round(performance.now() - pausedSince) }, 'database back: background jobs resumed');
      pausedSince = null;
    },
  };
  let lastLog = 0;
  try {
    result.cadastre = await computeCadastre(db, {
      workers: options.workers,
      signal,
      retry,
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
    else logger.error({ err: error }, 'solar cadastre computation failed');
  }
  if (signal.aborted) return result;
  // A request for a building not reached yet measures its own walls.
  try {
    result.walls = await computeEnvelopes(db, { signal, retry });
    if (result.walls.buildings > 0) logger.info(result.walls, 'walls measured');
  } catch (error) {
    if (signal.aborted) logger.info('wall measurement stopped; the next start resumes it');
    else logger.error({ err: error }, 'wall measurement failed');
  }
  return result;
}
