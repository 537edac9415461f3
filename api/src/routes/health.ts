import { Router } from 'express';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import { RETRY_AFTER_S } from '../http/errorHandler.js';
import { HealthResponse } from '../../../contracts/health.js';
import { checkHealth } from '../services/health.js';

export function healthRouter(db: Database): Router {
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    tags: ['health'],
    summary: 'Liveness and database engine',
    response: HealthResponse,
    errors: [400, 503],
    handler: async (_input, _req, res) => {
      const health = await checkHealth(db);
      if (health.status !== 'ok') res.status(503).set('Retry-After', String(RETRY_AFTER_S));
      return health;
    },
  });
  return router;
}
