import type { Request, Response, Router } from 'express';
import { sendBody } from './sendBody.js';
import type { z, ZodType } from 'zod';
import { ErrorResponse } from '../../../contracts/errors.js';
import { AppError } from '../errors/AppError.js';
import type { Caller } from '../services/landlord/auth.js';
import { authenticateThrottled } from './authThrottle.js';
import { registerRoute } from './openapi.js';

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
  /** Stable camelCase name of the operation (client generators name their functions after it). */
  operationId: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /**
   * A request body that is a file, not JSON (read by the handler from the request stream): its media types, for the
   * OpenAPI document.
   */
  fileBody?: { types: string[]; description: string };
  /** The contract of the 200 answer (contracts/): documented, and checked when `validateResponses` is on. */
  response: ZodType;
  responseType?: string;
  /** Other media types the answer may come as (the handler sets Content-Type), with their contracts. */
  otherResponses?: Record<string, ZodType>;
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

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'the request is invalid (each field at fault named in details)',
  401: 'no valid organisation token',
  403: 'the token does not give access to this',
  404: 'not found',
  409: 'what the answer needs is not there yet (no typical year loaded, cadastre not computed)',
  413: 'the request body is larger than the endpoint takes',
  415: 'the request body is of a media type the endpoint does not read',
  422: 'the request is well-formed but cannot be processed',
  429: 'too many requests, or too many failed authentications from this address (see Retry-After)',
  503: 'the database is unavailable (see Retry-After)',
  504: 'a database statement ran past its deadline (STATEMENT_TIMEOUT_MS)',
};

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

/** The app-level switch (createApp sets it from Config.validateResponses): check every answer against its contract. */
export const VALIDATE_RESPONSES = 'validateResponses';

const isJson = (type: string) => /^application\/([\w.+-]+\+)?json\b/.test(type);

/**
 * Checks an answer against the contract of its media type, as the client will read it: JSON text parsed, objects
 * through their JSON form (dates become strings). An answer that breaks its contract is logged with the zod issues
 * and refused (500): a test sees it at once.
 */
function checkResponse(spec: RouteSpec<never, never, never>, result: unknown, req: Request, res: Response): void {
  const sent = res.get('Content-Type') ?? spec.responseType ?? 'application/json';
  const mediaType = sent.split(';')[0]!.trim();
  const schema = spec.otherResponses?.[mediaType] ?? spec.response;
  let value: unknown;
  if (typeof result === 'string') value = isJson(mediaType) ? JSON.parse(result) : result;
  else value = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  const check = schema.safeParse(value);
  if (check.success) return;
  req.log?.error(
    { operationId: spec.operationId, url: req.originalUrl, issues: check.error.issues.slice(0, 20) },
    'answer breaks its contract',
  );
  throw new AppError(500, 'contract_violation', `the answer of ${spec.operationId} does not match its contract`);
}

/**
 * Declares one endpoint: registers it in the OpenAPI document and mounts a handler that validates params, query and
 * body before calling the service. A handler returning a string sends it as is (pre-serialised JSON from SQL) with
 * the Content-Type it set, else `responseType`.
 */
export function defineRoute<
  P extends ZodType | undefined,
  Q extends ZodType | undefined,
  B extends ZodType | undefined,
>(router: Router, spec: RouteSpec<P, Q, B>): void {
  const errorResponses: Record<string, { description: string; content: { 'application/json': { schema: ZodType } } }> =
    {};
  // Every route that reads a token may answer 429 too_many_failed_authentications (http/authThrottle.ts), and
  // whatever reaches the database may also run past its deadline: 504 goes with 503.
  const declared = spec.errors ?? [400];
  const withAuth = spec.authenticate && !declared.includes(429) ? [...declared, 429] : declared;
  const statuses = withAuth.includes(503) ? [...withAuth, 504] : withAuth;
  for (const status of statuses) {
    errorResponses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? `error ${status}`,
      content: { 'application/json': { schema: ErrorResponse } },
    };
  }
  // Organisation endpoints need the bearer token; public ones take none, or read one when given (private attributes).
  const security: Record<string, string[]>[] =
    spec.access === 'organisation' ? [{ bearerAuth: [] }] : spec.authenticate ? [{}, { bearerAuth: [] }] : [];
  registerRoute({
    method: spec.method,
    path: `/api/v1${spec.path}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tags: spec.tags,
    security,
    request: {
      ...(spec.params ? { params: spec.params as never } : {}),
      ...(spec.query ? { query: spec.query as never } : {}),
      ...(spec.body ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
      ...(spec.fileBody
        ? {
            body: {
              required: true,
              description: spec.fileBody.description,
              content: Object.fromEntries(
                spec.fileBody.types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
              ),
            },
          }
        : {}),
    },
    responses: {
      200: {
        description: 'OK',
        content: {
          [spec.responseType ?? 'application/json']: { schema: spec.response },
          ...Object.fromEntries(Object.entries(spec.otherResponses ?? {}).map(([type, schema]) => [type, { schema }])),
        },
      },
      ...errorResponses,
    },
  });
  const expressPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  const limit = spec.rateLimitPerMinute ? rateLimiter(spec.rateLimitPerMinute) : null;
  router[spec.method](expressPath, async (req, res) => {
    const caller = spec.authenticate ? await authenticateThrottled(req, res, spec.authenticate) : null;
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
    if (req.app.get(VALIDATE_RESPONSES)) checkResponse(spec as RouteSpec<never, never, never>, result, req, res);
    if (!res.get('Content-Type')) res.type(spec.responseType ?? 'application/json');
    await sendBody(req, res, typeof result === 'string' ? result : JSON.stringify(result));
  });
}
