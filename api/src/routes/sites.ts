import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import { FeatureCollectionSchema } from '../schemas/common.js';
import { AnyObject, SiteEvaluateRequest } from '../schemas/sites.js';
import { evaluateSite } from '../services/farm/evaluateSite.js';
import { listSites } from '../services/farm/sites.js';

export function sitesRouter(db: Database, config: Pick<Config, 'expensiveRequestsPerMinute'>): Router {
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/sites',
    tags: ['farms'],
    summary: 'Candidate sites for ground-mounted PV (the flat slag heaps of the basin)',
    response: FeatureCollectionSchema,
    responseType: 'application/geo+json',
    handler: () => listSites(db),
  });
  defineRoute(router, {
    method: 'post',
    path: '/sites/evaluate',
    tags: ['farms'],
    summary:
      'A solar farm on a site or polygon: rows, MWp, MWh/yr with inter-row shading, CAPEX, LCOE; tilt × GCR sweep',
    body: SiteEvaluateRequest,
    response: AnyObject,
    errors: [400, 404, 422, 429],
    rateLimitPerMinute: config.expensiveRequestsPerMinute,
    handler: ({ body }) => evaluateSite(db, body),
  });
  return router;
}
