import express, { Router, type Express } from 'express';
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

/**
 * What the server answers while it starts (waiting for its database, migrating, loading the demo), so that a health
 * check or a reverse proxy gets an answer rather than a refused connection: GET /api/v1/health 503 in the Health
 * shape with status "unavailable", anything else 503 database_unavailable; both with Retry-After.
 */
export function startingApp(engine: Database['engine']): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res) => {
    res.status(503).set('Retry-After', String(RETRY_AFTER_S));
    if (req.method === 'GET' && req.path === '/api/v1/health') {
      res.json(HealthResponse.parse({ status: 'unavailable', database: { engine, postgis: null } }));
    } else {
      res.json({ error: { code: 'database_unavailable', message: 'the server is starting: try again shortly' } });
    }
  });
  return app;
}
