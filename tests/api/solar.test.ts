import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const config = { ...loadConfig({}), logLevel: 'silent' };
const LENS = { lat: 50.4322, lon: 2.8333 };

describe.each(engines())('solar API on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => t.cleanup());

  it('sun position: the NREL SPA worked example within 0.05°', async () => {
    // Reda & Andreas, Solar Position Algorithm, NREL/TP-560-34302 (2008), example: Golden, 2003-10-17 12:30:30 −7 h.
    const res = await request(app)
      .get('/api/v1/sun/position')
      .query({ lat: 39.742476, lon: -105.1786, time: '2003-10-17T12:30:30-07:00' })
      .expect(200);
    expect(Math.abs(res.body.zenith_deg - 50.11162)).toBeLessThan(0.05);
    expect(Math.abs(res.body.azimuth_deg - 194.34024)).toBeLessThan(0.05);
  });

  it('sun path at Lens on the June solstice peaks at 90° − 50.43° + 23.44° (+ refraction)', async () => {
    const res = await request(app)
      .get('/api/v1/sun/path')
      .query({ ...LENS, date: '2026-06-21', step_min: 5 })
      .expect(200);
    const peak = Math.max(...res.body.positions.map((p: { elevation_deg: number }) => p.elevation_deg));
    expect(Math.abs(peak - (90 - 50.4322 + 23.44))).toBeLessThan(0.3);
    expect(res.body.positions).toHaveLength(288);
    expect(Date.parse(res.body.sunrise)).toBeLessThan(Date.parse(res.body.sunset));
  });

  it('irradiance: regional typical year at Lens, Perez, south 35° ≈ 1323 kWh/m² (pvlib-python, DESIGN §4) within 2 %', async () => {
    const res = await request(app)
      .post('/api/v1/irradiance')
      .send({
        ...LENS,
        planes: [
          { tilt_deg: 35, azimuth_deg: 180 },
          { tilt_deg: 0, azimuth_deg: 180 },
        ],
      })
      .expect(200);
    const [south, flat] = res.body.planes;
    expect(Math.abs(south.annual_kwh_m2 - 1323) / 1323).toBeLessThan(0.02);
    expect(south.monthly_kwh_m2).toHaveLength(12);
    expect(south.monthly_kwh_m2.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(south.annual_kwh_m2, -1);
    // An open plane tilted β sees (1 + cos β)/2 of the sky.
    expect(south.sky_view_factor).toBeCloseTo((1 + Math.cos((35 * Math.PI) / 180)) / 2, 4);
    // Horizontal, open: about the file's GHI sum (SOURCE.md: ≈ 1100 kWh/m²).
    expect(Math.abs(flat.annual_kwh_m2 - 1100) / 1100).toBeLessThan(0.01);
  });

  it('a horizon never adds irradiation; a 90° wall all round leaves only ground reflection', async () => {
    const low = Array.from({ length: 72 }, (_, i) => (i >= 27 && i < 45 ? 20 : 5));
    const wall = Array.from({ length: 72 }, () => 90);
    const res = await request(app)
      .post('/api/v1/irradiance')
      .send({
        ...LENS,
        planes: [35, 35, 35].map((tilt, k) => ({
          tilt_deg: tilt,
          azimuth_deg: 180,
          ...(k === 0 ? {} : { horizon_deg: k === 1 ? low : wall }),
        })),
      })
      .expect(200);
    const [open, shaded, walled] = res.body.planes;
    expect(shaded.annual_kwh_m2).toBeLessThan(open.annual_kwh_m2);
    expect(shaded.unshaded_annual_kwh_m2).toBeCloseTo(open.annual_kwh_m2, 5);
    expect(walled.beam_kwh_m2).toBe(0);
    expect(walled.annual_kwh_m2).toBeCloseTo(walled.ground_kwh_m2, 0);
  });

  const bad: [string, string, Record<string, unknown>, RegExp][] = [
    ['tilt 200', 'post', { ...LENS, planes: [{ tilt_deg: 200, azimuth_deg: 180 }] }, /^planes\.0\.tilt_deg: /],
    ['lat 95', 'post', { lat: 95, lon: 2.8, planes: [{ tilt_deg: 30, azimuth_deg: 180 }] }, /^lat: /],
    ['empty planes', 'post', { ...LENS, planes: [] }, /^planes: must list at least one plane/],
    [
      'NaN as text',
      'post',
      { ...LENS, planes: [{ tilt_deg: 'NaN', azimuth_deg: 180 }] },
      /^planes\.0\.tilt_deg: must be a number/,
    ],
    [
      'horizon too short',
      'post',
      { ...LENS, planes: [{ tilt_deg: 30, azimuth_deg: 180, horizon_deg: [1, 2, 3] }] },
      /^planes\.0\.horizon_deg: /,
    ],
    [
      'horizon above 90°',
      'post',
      { ...LENS, planes: [{ tilt_deg: 30, azimuth_deg: 180, horizon_deg: [1, 2, 3, 95] }] },
      /^planes\.0\.horizon_deg\.3: /,
    ],
    ['unknown model', 'post', { ...LENS, model: 'magic', planes: [{ tilt_deg: 30, azimuth_deg: 180 }] }, /^model: /],
    ['unknown field', 'post', { ...LENS, planes: [{ tilt_deg: 30, azimuth_deg: 180, colour: 'red' }] }, /^planes\.0/],
  ];
  it.each(bad)('bad irradiance request (%s) → 400 naming the field', async (_name, _method, body, message) => {
    const res = await request(app).post('/api/v1/irradiance').send(body).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  it.each([
    ['/api/v1/sun/position?lat=50&lon=2.8', /^time: /],
    ['/api/v1/sun/position?lat=50&lon=2.8&time=yesterday', /^time: must be an ISO 8601/],
    ['/api/v1/sun/position?lat=-91&lon=2.8&time=2026-06-21T12:00:00Z', /^lat: /],
    ['/api/v1/sun/path?lat=50&lon=200&date=2026-06-21', /^lon: /],
    ['/api/v1/sun/path?lat=50&lon=2&date=2026-13-40', /^date: /],
  ])('bad sun request %s → 400', async (url, message) => {
    const res = await request(app).get(url).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('an unknown weather name → 404', async () => {
    const res = await request(app)
      .post('/api/v1/irradiance')
      .send({ ...LENS, weather: 'nowhere', planes: [{ tilt_deg: 30, azimuth_deg: 180 }] })
      .expect(404);
    expect(res.body.error.message).toMatch(/weather "nowhere" not found/);
  });
});
