import fs from 'node:fs';
/**
 * Every endpoint the API declares, called with real data on the demo database, and each real answer checked against
 * its contract (contracts/): by the route helper (validateResponses, a 500 otherwise) and here again. The test fails
 * when a declared endpoint is not exercised, so a new endpoint comes with its contract checked.
 */
import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { ZodType } from 'zod';
import * as contracts from '../../contracts/index.js';
import { loadConfig } from '../../api/src/config.js';
import { registeredRoutes } from '../../api/src/http/openapi.js';
import { issueToken } from '../../api/src/services/landlord/tokens.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { createApp } from '../helpers/app.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { HOUSE } from '../helpers/house.js';
import { insertLidarDemo } from '../helpers/lidar.js';

const config = { ...loadConfig({}), logLevel: 'silent' };
/** A few blocks of the demo in Lens, computed by the real cadastre before the tests (as tests/api/pv.test.ts). */
const BBOX: [number, number, number, number] = [2.788, 50.436, 2.794, 50.439];
const LENS = { lat: 50.4322, lon: 2.8333 };

describe.each(engines())('every answer matches its contract on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  let token: string;
  let owned: number;
  let computed: number;
  const exercised = new Set<string>();
  const as = () => ({ Authorization: `Bearer ${token}` });

  /** Calls one endpoint, expects 200 and an answer its contract accepts; records the endpoint as exercised. */
  async function call(
    method: 'get' | 'post' | 'put',
    template: string,
    path: string,
    schema: ZodType,
    options: { body?: object; auth?: boolean; text?: boolean; file?: { type: string; data: string } } = {},
  ) {
    let req = request(app)[method](`/api/v1${path}`);
    if (options.auth) req = req.set(as());
    if (options.file) req = req.set('Content-Type', options.file.type).send(options.file.data);
    if (options.text)
      req = req.buffer(true).parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    const res = await (options.body ? req.send(options.body) : req);
    expect(res.status, `${method.toUpperCase()} ${path}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
    const answer = options.text ? (res.body as string) : res.body;
    const check = schema.safeParse(answer);
    expect(check.success, `${template}: ${JSON.stringify(check.error?.issues.slice(0, 5))}`).toBe(true);
    exercised.add(`${method.toUpperCase()} /api/v1${template}`);
    return answer;
  }

  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    await computeCadastre(t.db, { bbox: BBOX, workers: 1 });
    // The organisation owning the most computed buildings of the bbox, and one of them.
    const row = (
      await t.db.query<{ slug: string; id: number }>(
        `SELECT o.slug, min(b.id)::int AS id FROM buildings b JOIN building_solar s ON s.building_id = b.id
         JOIN organisations o ON o.id = b.owner_org GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`,
      )
    ).rows[0]!;
    token = (await issueToken(t.db, row.slug, 'contracts test')).token;
    owned = row.id;
    computed = (await t.db.query<{ id: number }>('SELECT min(building_id)::int AS id FROM building_solar')).rows[0]!.id;
  }, 300_000);
  afterAll(async () => t.cleanup());

  it('health, extent, buildings, search, obstacles and roofs', async () => {
    await call('get', '/health', '/health', contracts.HealthResponse);
    const extent = await call('get', '/extent', '/extent', contracts.ExtentResponse);
    expect(extent.buildings).toBeGreaterThan(0);
    const list = await call('get', '/buildings', `/buildings?bbox=${BBOX.join(',')}`, contracts.BuildingListResponse);
    expect(list.features.some((f: { properties: { solar: unknown } }) => f.properties.solar !== null)).toBe(true);
    await call('get', '/buildings/{id}', `/buildings/${owned}`, contracts.BuildingFeature, { auth: true });
    const open = await call('get', '/buildings/{id}', `/buildings/${owned}`, contracts.BuildingFeature);
    expect(open.properties.roof_faces.length).toBeGreaterThan(0);
    const word = (open.properties.commune ?? open.properties.address ?? 'Lens') as string;
    const found = await call('get', '/search', `/search?q=${encodeURIComponent(word)}`, contracts.SearchResponse);
    expect(found.results.length).toBeGreaterThan(0);
    const heap = (
      await t.db.query<{ bbox: string }>(
        `SELECT concat_ws(',', ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)) AS bbox
         FROM (SELECT ST_Envelope(footprint) AS e FROM obstacles ORDER BY id LIMIT 1) x`,
      )
    ).rows[0]!.bbox;
    const obstacles = await call('get', '/obstacles', `/obstacles?bbox=${heap}`, contracts.ObstacleListResponse);
    expect(obstacles.features.length).toBeGreaterThan(0);
    const roofs = await call('get', '/roofs', `/roofs?bbox=${BBOX.join(',')}`, contracts.RoofListResponse);
    expect(roofs.features.length).toBeGreaterThan(0);
  });

  it('trees, LiDAR coverage and a building measured on LiDAR', async () => {
    const lidar = await insertLidarDemo(t.db);
    const box = lidar.bbox.join(',');
    const trees = await call('get', '/trees', `/trees?bbox=${box}`, contracts.TreeListResponse);
    expect(trees.features.length).toBeGreaterThan(0);
    const files = await call('get', '/lidar/coverage', `/lidar/coverage?bbox=${box}`, contracts.LidarCoverageResponse);
    expect(files.features.length).toBe(1);
    const measured = await call('get', '/buildings/{id}', `/buildings/${lidar.measured}`, contracts.BuildingFeature);
    expect(measured.properties.lidar.faces.length).toBeGreaterThan(0);
  });

  it('sun, irradiance and PV', async () => {
    const q = `lat=${LENS.lat}&lon=${LENS.lon}`;
    await call('get', '/sun/position', `/sun/position?${q}&time=2026-06-21T12:00:00Z`, contracts.SunPositionResponse);
    await call('get', '/sun/path', `/sun/path?${q}&date=2026-06-21`, contracts.SunPathResponse);
    const plane = { tilt_deg: 35, azimuth_deg: 180 };
    await call('post', '/irradiance', '/irradiance', contracts.IrradianceResponse, {
      body: { ...LENS, planes: [plane, { ...plane, horizon_deg: [10, 5, 5, 10] }] },
    });
    await call('post', '/pv/estimate', '/pv/estimate', contracts.PvEstimateResponse, {
      body: {
        ...LENS,
        arrays: [
          { ...plane, kwp: 3 },
          { tilt_deg: 10, azimuth_deg: 90, kwp: 1, mounting: 'open_rack' },
        ],
      },
    });
    const pv = await call('get', '/buildings/{id}/pv', `/buildings/${computed}/pv`, contracts.BuildingPvResponse);
    expect(pv.configurations.length).toBeGreaterThan(0);
  });

  it('renovation', async () => {
    await call(
      'get',
      '/buildings/{id}/renovation',
      `/buildings/${owned}/renovation`,
      contracts.BuildingRenovationResponse,
    );
    await call('post', '/renovation/simulate', '/renovation/simulate', contracts.SimulateResponse, {
      body: { dwelling: HOUSE, package: 'bbc_renovation', date: '2026-11-26' },
    });
  });

  it('the landlord endpoints', async () => {
    const me = await call('get', '/me', '/me', contracts.MeResponse, { auth: true });
    expect(me.buildings).toBeGreaterThan(0);
    await call('put', '/buildings/{id}/private', `/buildings/${owned}/private`, contracts.PrivateAttributesResponse, {
      auth: true,
      body: { attributes: { tenant_change_year: 2029, note: 'contract', social: true, missing: null } },
    });
    const created = await call('post', '/portfolios', '/portfolios', contracts.PortfolioCreated, {
      auth: true,
      body: { name: 'contracts', selection: { bbox: BBOX } },
    });
    await call('get', '/portfolios', '/portfolios', contracts.PortfolioListResponse, { auth: true });
    await call('get', '/portfolios/{id}', `/portfolios/${created.id}`, contracts.PortfolioDetail, { auth: true });
    await call(
      'get',
      '/portfolios/{id}/estimate',
      `/portfolios/${created.id}/estimate`,
      contracts.PortfolioEstimateResponse,
      {
        auth: true,
      },
    );
    const pv = await call('get', '/portfolios/{id}/pv', `/portfolios/${created.id}/pv`, contracts.PortfolioPvResponse, {
      auth: true,
    });
    expect(pv.roofs.length).toBeGreaterThan(0);
    const plan = await call('post', '/portfolios/plan', '/portfolios/plan', contracts.PlanResponse, {
      auth: true,
      body: {
        portfolio_id: created.id,
        start_year: 2026,
        years: 6,
        budget_eur_per_year: 200_000,
        target: { kind: 'legal' },
        strategy: 'worst_first',
        works_at_tenant_change: true,
        compare: true,
      },
    });
    expect(plan.comparison).not.toBeNull();
    await call('get', '/plans/{id}', `/plans/${plan.plan_id}`, contracts.StoredPlanResponse, { auth: true });
    const csv = await call('get', '/plans/{id}/export', `/plans/${plan.plan_id}/export`, contracts.PlanExportCsv, {
      auth: true,
      text: true,
    });
    expect(csv.split('\r\n').length).toBeGreaterThan(2);
    const geojson = await call(
      'get',
      '/plans/{id}/export',
      `/plans/${plan.plan_id}/export?format=geojson&decimal=comma`,
      contracts.PlanExportGeoJson,
      { auth: true },
    );
    expect(geojson.features.length).toBe(csv.split('\r\n').length - 2);
    // The organisation's own DPEs (real rows of ADEME's dpe03existant dataset, far from the demo: all outside it).
    const own = await call('post', '/me/dpe', '/me/dpe?dry_run=true', contracts.PrivateDpeReportResponse, {
      auth: true,
      file: { type: 'text/csv', data: fs.readFileSync('fixtures/dpe/dpe03existant_venissieux_24.csv', 'utf8') },
    });
    expect(own.read).toBe(24);
  });

  it('sites', async () => {
    const sites = await call('get', '/sites', '/sites', contracts.SiteListResponse);
    const id = sites.features[0].id as number;
    const farm = await call('post', '/sites/evaluate', '/sites/evaluate', contracts.SiteEvaluateResponse, {
      body: { site_id: id, sweep: true },
    });
    expect(farm.sweep.length).toBeGreaterThan(0);
  });

  it('no declared endpoint is left unexercised', () => {
    expect(registeredRoutes().filter((route) => !exercised.has(route))).toEqual([]);
  });
});
