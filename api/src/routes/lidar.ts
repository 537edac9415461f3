import { Router } from 'express';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import {
  LidarCoverageQuery,
  LidarCoverageResponse,
  TreeListQuery,
  TreeListResponse,
} from '../../../contracts/lidar.js';
import { listLidarCoverage, listTrees } from '../services/lidar/listings.js';

export function lidarRouter(db: Database): Router {
  const router = Router();
  defineRoute(router, {
    method: 'get',
    path: '/trees',
    operationId: 'listTrees',
    tags: ['obstacles'],
    summary: 'Tree crowns found in LiDAR vegetation in a bounding box (opaque obstacles of the horizons)',
    query: TreeListQuery,
    response: TreeListResponse,
    responseType: 'application/geo+json',
    handler: ({ query }) => listTrees(db, query.bbox, query.limit),
  });
  defineRoute(router, {
    method: 'get',
    path: '/lidar/coverage',
    operationId: 'listLidarCoverage',
    tags: ['lidar'],
    summary: 'LiDAR files imported in a bounding box: extent, date, density, what was measured in them',
    query: LidarCoverageQuery,
    response: LidarCoverageResponse,
    responseType: 'application/geo+json',
    handler: ({ query }) => listLidarCoverage(db, query.bbox),
  });
  return router;
}
