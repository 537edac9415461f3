import { Router } from 'express';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import {
  BuildingFeature,
  BuildingIdParams,
  BuildingListQuery,
  BuildingListResponse,
  ExtentResponse,
  ObstacleListQuery,
  ObstacleListResponse,
  RoofListQuery,
  RoofListResponse,
  SearchQuery,
  SearchResponse,
} from '../../../contracts/buildings.js';
import { authenticate } from '../services/landlord/auth.js';
import {
  extent,
  getBuilding,
  listBuildings,
  listObstacles,
  listRoofs,
  searchBuildings,
} from '../services/buildings.js';

export function buildingsRouter(db: Database): Router {
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/buildings',
    operationId: 'listBuildings',
    tags: ['buildings'],
    summary: 'Buildings in a bounding box (GeoJSON)',
    query: BuildingListQuery,
    response: BuildingListResponse,
    responseType: 'application/geo+json',
    handler: ({ query }) => listBuildings(db, query.bbox, query.limit),
  });
  defineRoute(router, {
    method: 'get',
    path: '/buildings/{id}',
    operationId: 'getBuilding',
    tags: ['buildings'],
    summary: 'One building with all its attributes',
    params: BuildingIdParams,
    response: BuildingFeature,
    responseType: 'application/geo+json',
    errors: [400, 401, 404],
    authenticate: (header) => authenticate(db, header),
    handler: ({ params, caller }) => getBuilding(db, params.id, caller?.id ?? null),
  });
  defineRoute(router, {
    method: 'get',
    path: '/search',
    operationId: 'searchBuildings',
    tags: ['buildings'],
    summary: 'Find buildings by address, name, commune or cité',
    query: SearchQuery,
    response: SearchResponse,
    handler: ({ query }) => searchBuildings(db, query.q, query.limit),
  });
  defineRoute(router, {
    method: 'get',
    path: '/obstacles',
    operationId: 'listObstacles',
    tags: ['obstacles'],
    summary: 'Slag heaps and other obstacles in a bounding box',
    query: ObstacleListQuery,
    response: ObstacleListResponse,
    responseType: 'application/geo+json',
    handler: ({ query }) => listObstacles(db, query.bbox),
  });
  defineRoute(router, {
    method: 'get',
    path: '/roofs',
    operationId: 'listRoofs',
    tags: ['solar'],
    summary: 'Roof faces with annual irradiation per 1 m cell (heat-map) for the buildings in a bounding box',
    query: RoofListQuery,
    response: RoofListResponse,
    responseType: 'application/geo+json',
    handler: ({ query }) => listRoofs(db, query.bbox, query.limit),
  });
  defineRoute(router, {
    method: 'get',
    path: '/extent',
    operationId: 'getExtent',
    tags: ['buildings'],
    summary: 'Bounding box and counts of the loaded territory',
    response: ExtentResponse,
    handler: () => extent(db),
  });
  return router;
}
