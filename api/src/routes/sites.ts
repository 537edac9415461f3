import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import { SiteEvaluateRequest, SiteEvaluateResponse, SiteListResponse } from '../../../contracts/sites.js';
import { evaluateSite } from '../services/farm/evaluateSite.js';
import { listSites } from '../services/farm/sites.js';

export function sitesRouter(db: Database, config: Pick<Config, 'expensiveRequestsPerMinute'>): Router {
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/sites',
    operationId: 'listSites',
    tags: ['farms'],
    summary: 'Candidate sites for ground-mounted PV (the flat slag heaps of the basin)',
    response: SiteListResponse,
    responseType: 'application/geo+json',
    handler: () => listSites(db),
  });
  defineRoute(router, {
    method: 'post',
    path: '/sites/evaluate',
    operationId: 'evaluateSite',
    tags: ['farms'],
    summary:
      'A solar farm on a site or polygon: rows, MWp, MWh/yr with inter-row shading, CAPEX, LCOE; tilt × GCR sweep',
    body: SiteEvaluateRequest,
    response: SiteEvaluateResponse,
    errors: [400, 404, 422, 429],
    rateLimitPerMinute: config.expensiveRequestsPerMinute,
    handler: ({ body }) => evaluateSite(db, body),
  });
  return router;
}
