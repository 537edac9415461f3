import type { Request, Response, Router } from 'express';
import type { ZodType } from 'zod';
import { AppError } from '../errors/AppError.js';
import { ErrorSchema, registry, z } from './openapi.js';

type Infer<T> = T extends ZodType ? z.infer<T> : undefined;

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
  handler: (
    input: { params: Infer<P>; query: Infer<Q>; body: Infer<B> },
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
    responses: {
      200: { description: 'OK', content: { [spec.responseType ?? 'application/json']: { schema: spec.response } } },
      ...errorResponses,
    },
  });
  const expressPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  router[spec.method](expressPath, async (req, res) => {
    const input = {
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
