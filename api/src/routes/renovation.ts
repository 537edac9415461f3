import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import { BuildingIdParams } from '../../../contracts/buildings.js';
import {
  BuildingRenovationResponse,
  RenovationQuery,
  SimulateRequest,
  SimulateResponse,
} from '../../../contracts/renovation.js';
import { buildingRenovation } from '../services/renovation/buildingRenovation.js';
import { simulateRenovation } from '../services/renovation/simulate.js';

export function renovationRouter(db: Database, config: Pick<Config, 'expensiveRequestsPerMinute'>): Router {
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/buildings/{id}/renovation',
    operationId: 'getBuildingRenovation',
    tags: ['renovation'],
    summary:
      'Estimated heat balance and DPE class of a building, and the catalogue packages with cost, aid and savings',
    params: BuildingIdParams,
    query: RenovationQuery,
    response: BuildingRenovationResponse,
    errors: [400, 404],
    rateLimitPerMinute: config.expensiveRequestsPerMinute,
    handler: ({ params, query }) => buildingRenovation(db, params.id, query),
  });
  defineRoute(router, {
    method: 'post',
    path: '/renovation/simulate',
    operationId: 'simulateRenovation',
    tags: ['renovation'],
    summary: 'Any dwelling before and after measures or a package: class, energy, bill, CO2, cost, aid, payback',
    body: SimulateRequest,
    response: SimulateResponse,
    errors: [400, 409],
    rateLimitPerMinute: config.expensiveRequestsPerMinute,
    handler: ({ body }) => simulateRenovation(db, body),
  });
  return router;
}
