/**
 * What the LiDAR import left, read back over HTTP on the demo: GET /trees (crowns, paged), GET /lidar/coverage (the
 * files), and the roof's source and LiDAR measure in GET /buildings/{id}. The rows are written by SQL as the import
 * would write them (sql/migrations/0010_lidar.sql): one file over a demo building, three crowns beside it, a measured
 * roof on it and a sparse one on its neighbour.
 */
import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { BuildingFeature, LidarCoverageResponse, TREES_BBOX_MAX_KM2, TreeListResponse } from '../../contracts/index.js';
import { loadConfig } from '../../api/src/config.js';
import { createApp } from '../helpers/app.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { insertLidarDemo, type LidarDemo } from '../helpers/lidar.js';

const config = { ...loadConfig({}), logLevel: 'silent' };

describe.each(engines())('LiDAR API on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  let demo: LidarDemo;
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    demo = await insertLidarDemo(t.db);
  });
  afterAll(async () => t.cleanup());

  it('/trees answers the crowns of the box with their heights and file', async () => {
    const res = await request(app)
      .get(`/api/v1/trees?bbox=${demo.bbox.join(',')}`)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/application\/geo\+json/);
    const body = TreeListResponse.parse(res.body);
    expect(body.numberMatched).toBe(3);
    expect(body.numberReturned).toBe(3);
    expect(body.features.map((f) => f.id)).toEqual(demo.treeIds);
    const [first, second] = body.features;
    expect(first!.geometry.type).toBe('Polygon');
    expect(first!.properties).toEqual({
      id: demo.treeIds[0],
      top_m: 12.5,
      base_m: 3.2,
      ground_m: 31.2,
      point_count: 180,
      source: 'lidar',
      coverage_id: demo.coverageId,
      file_name: 'LHD_FXX_0687_7034_PTS_C_LAMB93_IGN69.copc.laz',
      acquired_on: '2022-03-14',
    });
    expect(second!.properties.base_m).toBeNull();
  });

  it('/trees pages by limit and counts what it left out; an empty box is an empty collection', async () => {
    const res = await request(app)
      .get(`/api/v1/trees?bbox=${demo.bbox.join(',')}&limit=2`)
      .expect(200);
    expect(res.body).toMatchObject({ numberMatched: 3, numberReturned: 2 });
    expect(res.body.features.map((f: { id: number }) => f.id)).toEqual(demo.treeIds.slice(0, 2));
    const empty = await request(app).get('/api/v1/trees?bbox=-10.5,40.1,-10.48,40.12').expect(200);
    expect(empty.body).toEqual({ type: 'FeatureCollection', numberMatched: 0, numberReturned: 0, features: [] });
  });

  it('/lidar/coverage lists the file with its extent, date, density and counts', async () => {
    const res = await request(app)
      .get(`/api/v1/lidar/coverage?bbox=${demo.bbox.join(',')}`)
      .expect(200);
    const body = LidarCoverageResponse.parse(res.body);
    expect(body.numberReturned).toBe(1);
    const file = body.features[0]!;
    expect(file.id).toBe(demo.coverageId);
    expect(file.geometry.type).toBe('Polygon');
    expect(file.properties).toMatchObject({
      file_name: 'LHD_FXX_0687_7034_PTS_C_LAMB93_IGN69.copc.laz',
      format: 'laz',
      product: 'points',
      crs: 'EPSG:2154',
      acquired_on: '2022-03-14',
      point_count: 21_000_000,
      density_pts_m2: 21.4,
      class_counts: { '2': 8_000_000, '5': 4_000_000, '6': 9_000_000 },
      buildings_measured: 1,
      buildings_sparse: 1,
      buildings_at_edge: 0,
      trees: 3,
    });
    expect(Number.isNaN(Date.parse(file.properties.imported_at))).toBe(false);
    const away = await request(app).get('/api/v1/lidar/coverage?bbox=-10.5,40.1,-10.48,40.12').expect(200);
    expect(away.body.features).toEqual([]);
  });

  it('a building measured on LiDAR says so, with its faces, fit and file', async () => {
    const res = await request(app).get(`/api/v1/buildings/${demo.measured}`).expect(200);
    const { properties } = BuildingFeature.parse(res.body);
    expect(properties.roof_source).toBe('lidar');
    expect(properties.lidar).toEqual({
      status: 'faces',
      faces: [
        { tilt_deg: 38.2, azimuth_deg: 172.5, area_m2: 41.3, rms_m: 0.04, point_count: 880 },
        { tilt_deg: 37.9, azimuth_deg: 352.1, area_m2: 40.8, rms_m: 0.05, point_count: 861 },
      ],
      point_count: 1741,
      density_pts_m2: 21.4,
      rms_m: 0.045,
      ground_m: 31.05,
      reason: null,
      superstructures: 1,
      file: 'LHD_FXX_0687_7034_PTS_C_LAMB93_IGN69.copc.laz',
      acquired_on: '2022-03-14',
    });
  });

  it('a sparse LiDAR roof falls back to the next source; CityJSON and attributes are named', async () => {
    const sparse = BuildingFeature.parse((await request(app).get(`/api/v1/buildings/${demo.sparse}`)).body);
    expect(sparse.properties.roof_source).toBe('attributes');
    expect(sparse.properties.lidar).toMatchObject({
      status: 'sparse',
      faces: [],
      point_count: 12,
      rms_m: null,
      ground_m: null,
      reason: 'too few points',
      superstructures: 0,
    });
    const city = BuildingFeature.parse((await request(app).get(`/api/v1/buildings/${demo.cityjson}`)).body);
    expect(city.properties).toMatchObject({ roof_source: 'cityjson', lidar: null });
    const plain = BuildingFeature.parse((await request(app).get(`/api/v1/buildings/${demo.plain}`)).body);
    expect(plain.properties).toMatchObject({ roof_source: 'attributes', lidar: null });
  });

  it.each([
    ['/trees', 'missing', '', /^bbox: /],
    ['/trees', 'text', '?bbox=a,b,c,d', /^bbox: must be four numbers/],
    ['/trees', 'inverted', '?bbox=2.9,50.4,2.8,50.5', /^bbox: minLon must be less than maxLon/],
    ['/trees', 'over the cap', '?bbox=2.78,50.42,2.82,50.45', new RegExp(`^bbox: .*at most ${TREES_BBOX_MAX_KM2} km²`)],
    ['/trees', 'limit over the cap', '?bbox=2.8,50.43,2.81,50.44&limit=3001', /^limit: must be at most 3000/],
    ['/trees', 'unknown parameter', '?bbox=2.8,50.43,2.81,50.44&colour=green', /colour|Unrecognized/i],
    ['/lidar/coverage', 'missing', '', /^bbox: /],
    ['/lidar/coverage', 'out of range', '?bbox=170,80,190,95', /^bbox: longitudes must be within/],
  ])('%s refuses a bad request (%s) with a 400 naming the field', async (path, _what, query, message) => {
    const res = await request(app).get(`/api/v1${path}${query}`).expect(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toMatch(message);
  });
});
