import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import { BuildingIdParams } from '../../../contracts/buildings.js';
import { BuildingPvQuery, BuildingPvResponse, PvEstimateRequest, PvEstimateResponse } from '../../../contracts/pv.js';
import { buildingPv } from '../services/pv/buildingPv.js';
import { estimatePv } from '../services/pv/estimate.js';

export function pvRouter(db: Database, config: Pick<Config, 'expensiveRequestsPerMinute'>): Router {
  const router = Router();
  defineRoute(router, {
    method: 'post',
    path: '/pv/estimate',
    operationId: 'estimatePv',
    tags: ['pv'],
    summary: 'Hourly PV model over the typical year for any arrays: annual and monthly AC energy, kWh/kWp, PR',
    body: PvEstimateRequest,
    response: PvEstimateResponse,
    errors: [400, 404, 409],
    rateLimitPerMinute: config.expensiveRequestsPerMinute,
    handler: ({ body }) => estimatePv(db, body),
  });
  defineRoute(router, {
    method: 'get',
    path: '/buildings/{id}/pv',
    operationId: 'getBuildingPv',
    tags: ['pv'],
    summary: "A homeowner's estimate: panels laid out on the roof, yield, self-consumption, cost, payback, NPV",
    params: BuildingIdParams,
    query: BuildingPvQuery,
    response: BuildingPvResponse,
    errors: [400, 404, 409, 422],
    rateLimitPerMinute: config.expensiveRequestsPerMinute,
    handler: ({ params, query }) => buildingPv(db, params.id, query),
  });
  return router;
}
