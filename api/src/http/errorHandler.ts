import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../errors/AppError.js';
import { SilentEngineError } from '../db/types.js';
import { isDatabaseUnavailable, isQueryTimeout } from '../db/faults.js';

/**
 * Seconds a client should wait before retrying a 503 (Retry-After): a PostgreSQL restart (`pg_ctl stop -m fast` then
 * start) is back within 1–3 s (bench/faults.ts), and the pool reconnects on the first request after it.
 */
export const RETRY_AFTER_S = 5;

/** Maps any error to the JSON error shape; never leaks a stack trace or a raw database message. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let appError: AppError;
    const e = error as { type?: string; status?: number; statusCode?: number } | null;
    if (error instanceof AppError) appError = error;
    else if (e?.type === 'entity.too.large')
      appError = new AppError(413, 'payload_too_large', 'the request body is too large');
    else if (e?.type === 'entity.parse.failed')
      appError = new AppError(400, 'invalid_json', 'the request body is not valid JSON');
    else if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
      appError = new AppError(e.status, 'bad_request', 'the request could not be read');
    // The engine validates its arguments with RangeError: whatever slipped past the schemas is still the caller's.
    else if (error instanceof RangeError) appError = new AppError(400, 'invalid_request', error.message);
    else if (isDatabaseUnavailable(error))
      appError = new AppError(503, 'database_unavailable', 'the database is unavailable, try again shortly');
    else if (isQueryTimeout(error))
      appError = new AppError(504, 'database_timeout', 'the database took too long to answer this request');
    else if (error instanceof SilentEngineError)
      appError = new AppError(422, 'geometry_engine_failed', 'the geometry engine could not process this input');
    else appError = new AppError(500, 'internal', 'internal error');
    // An outage fails every request alike: one short line each, not a stack trace each.
    if (appError.code === 'database_unavailable')
      logger.warn({ err: error instanceof Error ? error.message : String(error), url: req.originalUrl }, 'no database');
    else if (appError.status >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed');
    if (res.headersSent) return;
    if (appError.status === 503) res.set('Retry-After', String(RETRY_AFTER_S));
    res.status(appError.status).json({
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details.length ? { details: appError.details } : {}),
      },
    });
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no route ${req.method} ${req.path}` } });
};
