import { Router } from 'express';
import type { Database } from '../db/index.js';
import { sql } from '../db/sql.js';
import { defineRoute } from '../http/route.js';
import { HealthResponse } from '../../../contracts/health.js';

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
      try {
        const r = await db.query<{ postgis: string }>(sql('health/postgis'));
        return { status: 'ok', database: { engine: db.engine, postgis: r.rows[0]?.postgis ?? null } };
      } catch {
        res.status(503);
        return { status: 'unavailable', database: { engine: db.engine, postgis: null } };
      }
    },
  });
  return router;
}
