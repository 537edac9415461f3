import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const config = { ...loadConfig({}), logLevel: 'silent' };
/** A 0.02° × 0.015° box in Lens (≈ 1.4 × 1.7 km, 2.4 km²: under the 4 km² cap of /buildings), dense with cités. */
const LENS_BBOX = '2.80,50.43,2.82,50.445';

describe.each(engines())('buildings API on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => t.cleanup());

  it('health names the engine and the PostGIS version', async () => {
    const res = await request(app).get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { engine } });
    expect(res.body.database.postgis).toMatch(/^3\.\d+/);
  });

  it('a bbox around Lens returns buildings with valid, closed polygon geometry inside the box', async () => {
    const res = await request(app).get(`/api/v1/buildings?bbox=${LENS_BBOX}&limit=2000`).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/geo\+json/);
    expect(res.body.type).toBe('FeatureCollection');
    expect(res.body.numberReturned).toBe(res.body.features.length);
    expect(res.body.features.length).toBeGreaterThan(0);
    const ids: number[] = [];
    for (const f of res.body.features) {
      expect(f.geometry.type).toBe('MultiPolygon');
      for (const polygon of f.geometry.coordinates) {
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
        }
      }
      expect(f.properties.height_m).toBeGreaterThan(0);
      ids.push(f.id);
    }
    const check = await t.db.query<{ n: number; valid: boolean; inside: boolean }>(
      `SELECT count(*)::int AS n, bool_and(ST_IsValid(footprint)) AS valid,
         bool_and(footprint && ST_MakeEnvelope(2.80, 50.43, 2.82, 50.445, 4326)) AS inside
       FROM buildings WHERE id = ANY($1::int[])`,
      [ids],
    );
    expect(check.rows[0]).toEqual({ n: ids.length, valid: true, inside: true });
  });

  it('limit caps the page and numberMatched tells the total', async () => {
    const res = await request(app).get(`/api/v1/buildings?bbox=${LENS_BBOX}&limit=3`).expect(200);
    expect(res.body.features).toHaveLength(3);
    expect(res.body.numberMatched).toBeGreaterThanOrEqual(3);
  });

  it('an empty area returns an empty collection, not an error', async () => {
    const res = await request(app).get('/api/v1/buildings?bbox=-10.5,40.1,-10.48,40.12').expect(200);
    expect(res.body).toMatchObject({ type: 'FeatureCollection', features: [], numberReturned: 0, numberMatched: 0 });
  });

  const badBboxes: [string, string, RegExp][] = [
    ['missing', '/api/v1/buildings', /bbox/],
    ['three numbers', '/api/v1/buildings?bbox=2.8,50.4,2.9', /bbox: must be four numbers/],
    ['text', '/api/v1/buildings?bbox=a,b,c,d', /bbox: must be four numbers/],
    ['NaN and Infinity', '/api/v1/buildings?bbox=NaN,50,Infinity,51', /bbox: must be four numbers/],
    ['inverted longitudes', '/api/v1/buildings?bbox=2.9,50.4,2.8,50.5', /bbox: minLon must be less than maxLon/],
    ['inverted latitudes', '/api/v1/buildings?bbox=2.8,50.5,2.9,50.4', /bbox: minLat must be less than maxLat/],
    ['out of range', '/api/v1/buildings?bbox=170,80,190,95', /bbox: longitudes must be within/],
    ['too large', '/api/v1/buildings?bbox=2,50,3,51', /bbox: is too large/],
    ['repeated', '/api/v1/buildings?bbox=2.8,50.4,2.9,50.5&bbox=2.8,50.4,2.9,50.5', /bbox/],
    ['limit zero', `/api/v1/buildings?bbox=${LENS_BBOX}&limit=0`, /limit: must be at least 1/],
    ['limit too big', `/api/v1/buildings?bbox=${LENS_BBOX}&limit=100001`, /limit: must be at most 2000/],
    ['limit text', `/api/v1/buildings?bbox=${LENS_BBOX}&limit=ten`, /limit/],
    ['unknown parameter', `/api/v1/buildings?bbox=${LENS_BBOX}&colour=red`, /colour|Unrecognized/i],
    ['SQL in bbox', '/api/v1/buildings?bbox=2.8,50.4,2.9,50.5);DROP TABLE buildings;--', /bbox: must be four numbers/],
  ];
  it.each(badBboxes)('bad list request (%s) → 400 naming the field', async (_name, url, message) => {
    const res = await request(app).get(url).expect(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toMatch(message);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|at \w+ \(/);
  });

  it('one building by id has all its attributes; unknown id → 404', async () => {
    const list = await request(app).get(`/api/v1/buildings?bbox=${LENS_BBOX}&limit=1`).expect(200);
    const id = list.body.features[0].id;
    const res = await request(app).get(`/api/v1/buildings/${id}`).expect(200);
    expect(res.body).toMatchObject({ type: 'Feature', id, properties: { id } });
    expect(res.body.properties).toHaveProperty('attributes');
    expect(res.body.properties.centroid).toHaveLength(2);
    const missing = await request(app).get('/api/v1/buildings/2147483000').expect(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', message: 'building 2147483000 not found' });
  });

  it.each(['abc', '-1', '0', '1.5', '99999999999', "1'; DROP TABLE buildings; --", '1%20OR%201=1'])(
    'building id %s → 400 naming id',
    async (id) => {
      const res = await request(app).get(`/api/v1/buildings/${id}`).expect(400);
      expect(res.body.error.message).toMatch(/^id: /);
    },
  );

  it('search finds by commune without accents and by cité, and survives injection strings', async () => {
    const res = await request(app).get('/api/v1/search?q=lievin').expect(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    for (const r of res.body.results) expect(r.commune?.toLowerCase() ?? r.label.toLowerCase()).toMatch(/li[eé]vin/);
    for (const q of [
      "' OR 1=1 --",
      '%%%',
      '__',
      '\\\\',
      'rue"; DROP TABLE buildings; --',
      '<script>alert(1)</script>',
    ]) {
      const r = await request(app).get('/api/v1/search').query({ q }).expect(200);
      expect(Array.isArray(r.body.results)).toBe(true);
    }
    const count = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM buildings');
    expect(count.rows[0]!.n).toBeGreaterThan(0);
  });

  it.each([
    ['too short', '/api/v1/search?q=a', /q: must be at least 2/],
    ['too long', `/api/v1/search?q=${'x'.repeat(101)}`, /q: must be at most 100/],
    ['missing', '/api/v1/search', /q/],
  ])('bad search (%s) → 400', async (_name, url, message) => {
    const res = await request(app).get(url).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('obstacles and extent describe the loaded territory', async () => {
    const extent = await request(app).get('/api/v1/extent').expect(200);
    expect(extent.body.buildings).toBeGreaterThan(0);
    expect(extent.body.obstacles).toBeGreaterThan(0);
    const [minLon, minLat, maxLon, maxLat] = extent.body.bbox;
    expect(minLon).toBeLessThan(maxLon);
    expect(minLat).toBeLessThan(maxLat);
    const obstacles = await request(app).get('/api/v1/obstacles?bbox=2.75,50.40,2.85,50.48').expect(200);
    expect(obstacles.body.features.length).toBeGreaterThan(0);
    for (const f of obstacles.body.features) expect(f.properties.height_m).toBeGreaterThan(0);
  });

  it('serves the OpenAPI document generated from the schemas, and readable docs', async () => {
    const res = await request(app).get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const p of ['/api/v1/health', '/api/v1/buildings', '/api/v1/buildings/{id}', '/api/v1/search']) {
      expect(res.body.paths).toHaveProperty([p]);
    }
    const docs = await request(app).get('/api/docs').expect(200);
    expect(docs.text).toMatch(/swagger-ui/);
    await request(app).get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
  });

  it('unknown routes, oversized and malformed bodies get JSON errors, not 500', async () => {
    const unknown = await request(app).get('/api/v1/nothing-here').expect(404);
    expect(unknown.body.error.code).toBe('not_found');
    const big = await request(app)
      .post('/api/v1/health')
      .set('content-type', 'application/json')
      .send(`{"x":"${'a'.repeat(1_100_000)}"}`)
      .expect(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const broken = await request(app)
      .post('/api/v1/health')
      .set('content-type', 'application/json')
      .send('{"x":')
      .expect(400);
    expect(broken.body.error.code).toBe('invalid_json');
  });
});

describe.each(engines())('database going away on %s', (engine) => {
  it('answers 503 with the JSON error shape, never 500', async () => {
    const t = await openTestDatabase(engine);
    const app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    await request(app).get('/api/v1/health').expect(200);
    await t.kill();
    const health = await request(app).get('/api/v1/health').expect(503);
    expect(health.body.status).toBe('unavailable');
    const list = await request(app).get(`/api/v1/buildings?bbox=${LENS_BBOX}`).expect(503);
    expect(list.body.error.code).toBe('database_unavailable');
    await t.cleanup();
  });
});

describe('compression', () => {
  it('gzips large GeoJSON answers when the client accepts it', async () => {
    const t = await openTestDatabase('pglite', 'demo');
    try {
      const app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
      const res = await request(app)
        .get(`/api/v1/buildings?bbox=${LENS_BBOX}&limit=2000`)
        .set('accept-encoding', 'gzip')
        .expect(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.body.features.length).toBeGreaterThan(0);
    } finally {
      await t.cleanup();
    }
  });
});
