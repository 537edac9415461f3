import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const config = { ...loadConfig({}), logLevel: 'silent' };

/** A square of side `side_m` centred on (lon, lat), as a GeoJSON Polygon (equirectangular, fine at this size). */
function square(lon: number, lat: number, side_m: number) {
  const dlat = side_m / 2 / 111_200;
  const dlon = side_m / 2 / (111_320 * Math.cos((lat * Math.PI) / 180));
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon - dlon, lat - dlat],
        [lon + dlon, lat - dlat],
        [lon + dlon, lat + dlat],
        [lon - dlon, lat + dlat],
        [lon - dlon, lat - dlat],
      ],
    ],
  };
}

describe.each(engines())('farm sites API on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => t.cleanup());

  it('lists the flat slag heaps of the Mission Bassin Minier data as candidate sites', async () => {
    const res = await request(app).get('/api/v1/sites').expect(200);
    // fixtures/bassin-minier/terrils.geojson: 16 heaps have forme "Plat".
    expect(res.body.features).toHaveLength(16);
    for (const f of res.body.features) {
      expect(f.properties.kind).toBe('slag_heap');
      expect(f.properties.area_ha).toBeGreaterThan(0);
      expect(f.geometry.type).toBe('Polygon');
    }
  });

  it('evaluates a stored site: rows as GeoJSON, figures consistent with each other, a sweep on request', async () => {
    const sites = (await request(app).get('/api/v1/sites').expect(200)).body.features;
    const big = [...sites].sort((a, b) => b.properties.area_ha - a.properties.area_ha)[0];
    const res = await request(app).post('/api/v1/sites/evaluate').send({ site_id: big.id, sweep: true }).expect(200);
    const f = res.body.figures;
    expect(f.modules).toBeGreaterThan(0);
    expect(
      res.body.layout.features.reduce(
        (s: number, r: { properties: { modules: number } }) => s + r.properties.modules,
        0,
      ),
    ).toBe(f.modules);
    expect(f.mwp).toBeCloseTo((f.modules * res.body.module.wp) / 1e6, 2);
    expect(Math.abs(f.mwh_yr / f.mwp - f.specific_yield_kwh_kwp)).toBeLessThan(2);
    expect(res.body.monthly_mwh.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(f.mwh_yr, -1);
    expect(res.body.sweep.length).toBe(35);
    // The horizon of a slag heap's plateau: 72 sectors, never negative.
    expect(res.body.horizon_deg).toHaveLength(72);
    for (const h of res.body.horizon_deg) expect(h).toBeGreaterThanOrEqual(0);
    // The trade-off: at a given tilt, a denser field has more MWp and a lower yield per kWp.
    const at25 = res.body.sweep.filter((p: { tilt_deg: number }) => p.tilt_deg === 25);
    for (let i = 1; i < at25.length; i++) {
      expect(at25[i].mwp).toBeGreaterThan(at25[i - 1].mwp);
      expect(at25[i].specific_yield_kwh_kwp).toBeLessThan(at25[i - 1].specific_yield_kwh_kwp);
    }
  });

  it('reality check: a 32-ha site near Leforest lands near the real Leforest farm (18.5 MWp, ≈ 18,300 MWh/yr, 2024)', async () => {
    // Leforest (Pas-de-Calais), DESIGN §7: 32 ha fenced, ≈ 20 ha of panels, 34,329 × 540 Wp = 18.5 MWp, about
    // 18,300 MWh/yr, i.e. ≈ 989 kWh/kWp. Compared here: the yield per kWp of a 566 × 566 m square at 50.44 N 3.06 E
    // with 2P tables at 25° and GCR 0.4, within ±15 % of 989 kWh/kWp, and MWp of the same order (15-30 MWp: the real
    // farm leaves part of its 32 ha unbuilt).
    const res = await request(app)
      .post('/api/v1/sites/evaluate')
      .send({
        polygon: square(3.06, 50.44, 566),
        options: { tilt_deg: 25, table: '2P', pitch: { kind: 'gcr', gcr: 0.4 } },
      })
      .expect(200);
    const f = res.body.figures;
    expect(Math.abs(f.specific_yield_kwh_kwp / 989 - 1)).toBeLessThan(0.15);
    expect(f.mwp).toBeGreaterThan(15);
    expect(f.mwp).toBeLessThan(30);
    expect(res.body.site.area_ha).toBeCloseTo(32, 0);
  });

  it.each([
    [
      'a self-intersecting polygon',
      {
        polygon: {
          type: 'Polygon',
          coordinates: [
            [
              [3.0, 50.4],
              [3.01, 50.41],
              [3.01, 50.4],
              [3.0, 50.41],
              [3.0, 50.4],
            ],
          ],
        },
      },
      400,
      'polygon',
    ],
    [
      'a 5,000-vertex polygon',
      {
        polygon: {
          type: 'Polygon',
          coordinates: [
            [
              ...Array.from({ length: 5000 }, (_, i) => [
                3.06 + 0.003 * Math.cos((2 * Math.PI * i) / 5000),
                50.44 + 0.002 * Math.sin((2 * Math.PI * i) / 5000),
              ]),
              [3.063, 50.44],
            ],
          ],
        },
      },
      400,
      'polygon',
    ],
    ['a polygon of 500 km²', { polygon: square(3.06, 50.44, 22_400) }, 400, 'polygon'],
    ['a point instead of a polygon', { polygon: { type: 'Point', coordinates: [3.06, 50.44] } }, 400, 'polygon'],
    [
      'an exclusion covering everything',
      { polygon: square(3.06, 50.44, 300), exclusions: [square(3.06, 50.44, 400)] },
      422,
      'exclusions',
    ],
    ['tilt 90', { polygon: square(3.06, 50.44, 300), options: { tilt_deg: 90 } }, 400, 'options.tilt_deg'],
    ['both a site and a polygon missing', {}, 400, 'polygon'],
  ])('refuses %s → %i naming %s', async (_label, body, status, field) => {
    const res = await request(app).post('/api/v1/sites/evaluate').send(body).expect(status);
    expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
  });

  it('an unknown site → 404', async () => {
    await request(app).post('/api/v1/sites/evaluate').send({ site_id: 999999 }).expect(404);
  });
});
