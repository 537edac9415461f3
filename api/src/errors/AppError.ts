/** One error type for the whole application; the HTTP middleware maps it to the JSON error shape. */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details: unknown[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details: unknown[] = []) =>
  new AppError(400, 'bad_request', message, details);
export const notFound = (message: string) => new AppError(404, 'not_found', message);
export const unavailable = (message: string, cause?: unknown) =>
  new AppError(503, 'database_unavailable', message, [], { cause });
