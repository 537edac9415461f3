import type { Request, Response, Router } from 'express';
import type { ZodType } from 'zod';
import { AppError } from '../errors/AppError.js';
import type { Caller } from '../services/landlord/auth.js';
import { ErrorSchema, registry, z } from './openapi.js';

type Infer<T> = T extends ZodType ? z.infer<T> : undefined;

/** Fixed one-minute windows of request counts per caller key; a few thousand keys at most are kept. */
function rateLimiter(perMinute: number) {
  const windows = new Map<string, { start: number; count: number }>();
  return (key: string): number | null => {
    const now = Date.now();
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (windows.size > 5000) windows.clear();
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count += 1;
    return w.count > perMinute ? Math.ceil((w.start + 60_000 - now) / 1000) : null;
  };
}

export interface RouteSpec<
  P extends ZodType | undefined,
  Q extends ZodType | undefined,
  B extends ZodType | undefined,
> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI-style path relative to /api/v1, e.g. "/buildings/{id}". */
  path: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** Schema of the 200 response, for the documentation. */
  response: ZodType;
  responseType?: string;
  errors?: number[];
  /**
   * Who may call: 'public' (default: no token needed, a valid one is still read and an invalid one refused),
   * 'organisation' (a live bearer token is required: 401 otherwise).
   */
  access?: 'public' | 'organisation';
  /** Reads the bearer token (set by the router; see services/landlord/auth authenticate). */
  authenticate?: (header: string | undefined) => Promise<Caller | null>;
  /** Requests per minute per caller (token, or address without one), for the expensive endpoints. */
  rateLimitPerMinute?: number;
  handler: (
    input: { params: Infer<P>; query: Infer<Q>; body: Infer<B>; caller: Caller | null },
    req: Request,
    res: Response,
  ) => Promise<unknown>;
}

/** Parses one part of the request, turning zod issues into a 400 that names each field. */
export function parseOr400<T extends ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : where,
    message: issue.message,
  }));
  const first = details[0]!;
  throw new AppError(400, 'invalid_request', `${first.field}: ${first.message}`, details);
}

/**
 * Declares one endpoint: registers it in the OpenAPI document and mounts a handler that validates params, query and
 * body before calling the service. A handler returning a string sends it as is (pre-serialised JSON from SQL).
 */
export function defineRoute<
  P extends ZodType | undefined,
  Q extends ZodType | undefined,
  B extends ZodType | undefined,
>(router: Router, spec: RouteSpec<P, Q, B>): void {
  const errorResponses: Record<string, { description: string; content: { 'application/json': { schema: ZodType } } }> =
    {};
  for (const status of spec.errors ?? [400]) {
    errorResponses[status] = {
      description: `error ${status}`,
      content: { 'application/json': { schema: ErrorSchema } },
    };
  }
  registry.registerPath({
    method: spec.method,
    path: `/api/v1${spec.path}`,
    summary: spec.summary,
    tags: spec.tags,
    request: {
      ...(spec.params ? { params: spec.params as never } : {}),
      ...(spec.query ? { query: spec.query as never } : {}),
      ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } } } } : {}),
    },
    ...(spec.access === 'organisation' ? { security: [{ bearerAuth: [] }] } : {}),
    responses: {
      200: { description: 'OK', content: { [spec.responseType ?? 'application/json']: { schema: spec.response } } },
      ...errorResponses,
    },
  });
  const expressPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  const limit = spec.rateLimitPerMinute ? rateLimiter(spec.rateLimitPerMinute) : null;
  router[spec.method](expressPath, async (req, res) => {
    const caller = spec.authenticate ? await spec.authenticate(req.headers.authorization) : null;
    if (spec.access === 'organisation' && !caller) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new AppError(
        401,
        'unauthorized',
        'this endpoint needs an organisation token: Authorization: Bearer <token>',
      );
    }
    if (limit) {
      const retry = limit(caller ? `token:${caller.token_id}` : `ip:${req.ip ?? ''}`);
      if (retry !== null) {
        res.setHeader('Retry-After', String(retry));
        throw new AppError(429, 'rate_limited', `too many requests: at most ${spec.rateLimitPerMinute} a minute`);
      }
    }
    const input = {
      caller,
      params: (spec.params ? parseOr400(spec.params, req.params, 'path') : undefined) as Infer<P>,
      query: (spec.query ? parseOr400(spec.query, req.query, 'query') : undefined) as Infer<Q>,
      body: (spec.body ? parseOr400(spec.body, req.body, 'body') : undefined) as Infer<B>,
    };
    const result = await spec.handler(input, req, res);
    if (res.headersSent) return;
    if (typeof result === 'string') res.type(spec.responseType ?? 'application/json').send(result);
    else res.json(result);
  });
}
