/** The route helper checks each answer against its contract when validateResponses is on, and only then. */
import { Writable } from 'node:stream';
import express, { Router } from 'express';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../../api/src/http/errorHandler.js';
import { defineRoute, VALIDATE_RESPONSES } from '../../api/src/http/route.js';

const Answer = z.strictObject({ n: z.number().int() });

function app(validate: boolean, answer: unknown) {
  let logs = '';
  const logger = pino(
    { level: 'error' },
    new Writable({
      write(chunk, _enc, done) {
        logs += String(chunk);
        done();
      },
    }),
  );
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/answer',
    operationId: 'getAnswerForTheContractTest',
    tags: ['test'],
    summary: 'an answer given by the test',
    response: Answer,
    handler: async () => answer,
  });
  const a = express();
  a.set(VALIDATE_RESPONSES, validate);
  a.use(pinoHttp({ logger }));
  a.use(router);
  a.use(errorHandler(logger));
  return { a, logs: () => logs };
}

describe('response contracts', () => {
  it('an answer that keeps its contract is sent as is, object or pre-serialised JSON', async () => {
    expect(
      (
        await request(app(true, { n: 1 }).a)
          .get('/answer')
          .expect(200)
      ).body,
    ).toEqual({ n: 1 });
    expect((await request(app(true, '{"n":2}').a).get('/answer').expect(200)).body).toEqual({ n: 2 });
  });

  it('an answer that breaks it is a 500 and the zod issues are logged', async () => {
    for (const answer of [{ n: 1.5 }, '{"n":1,"extra":true}', { m: 1 }]) {
      const { a, logs } = app(true, answer);
      const res = await request(a).get('/answer').expect(500);
      expect(res.body.error.code).toBe('contract_violation');
      expect(res.body.error.message).toContain('getAnswerForTheContractTest');
      expect(logs()).toContain('answer breaks its contract');
      expect(logs()).toContain('"issues"');
    }
  });

  it('with validateResponses off (production) the answer goes out unchecked', async () => {
    expect(
      (
        await request(app(false, { n: 1.5 }).a)
          .get('/answer')
          .expect(200)
      ).body,
    ).toEqual({ n: 1.5 });
  });
});
