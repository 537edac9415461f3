import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../errors/AppError.js';
import { SilentEngineError } from '../db/types.js';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  '3D000',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connect ECONNREFUSED|PGlite is closed|timeout exceeded when trying to connect/i.test(
    message,
  );
}

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
    else if (error instanceof SilentEngineError)
      appError = new AppError(422, 'geometry_engine_failed', 'the geometry engine could not process this input');
    else appError = new AppError(500, 'internal', 'internal error');
    if (appError.status >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed');
    if (res.headersSent) return;
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
