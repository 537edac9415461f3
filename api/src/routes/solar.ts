import { Router } from 'express';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import {
  IrradianceRequest,
  IrradianceResponse,
  SunPathQuery,
  SunPathResponse,
  SunPositionQuery,
  SunPositionResponse,
} from '../../../contracts/solar.js';
import { irradiance, sunPathOn, sunPositionAt } from '../services/solar.js';

export function solarRouter(db: Database): Router {
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/sun/position',
    operationId: 'getSunPosition',
    tags: ['solar'],
    summary: 'Sun azimuth (clockwise from north) and apparent elevation at a place and instant',
    query: SunPositionQuery,
    response: SunPositionResponse,
    handler: async ({ query }) => sunPositionAt(query.lat, query.lon, query.time),
  });
  defineRoute(router, {
    method: 'get',
    path: '/sun/path',
    operationId: 'getSunPath',
    tags: ['solar'],
    summary: "The sun's course through one UTC day, with sunrise and sunset",
    query: SunPathQuery,
    response: SunPathResponse,
    handler: async ({ query }) => sunPathOn(query.lat, query.lon, query.date, query.step_min),
  });
  defineRoute(router, {
    method: 'post',
    path: '/irradiance',
    operationId: 'computeIrradiance',
    tags: ['solar'],
    summary: 'Annual and monthly irradiation of planes with the typical year, optionally behind a horizon profile',
    body: IrradianceRequest,
    response: IrradianceResponse,
    errors: [400, 404, 409],
    handler: ({ body }) => irradiance(db, body),
  });
  return router;
}
