/**
 * Resource limits (docs/api.md "Limits"), over real HTTP on the demo: a bbox over its endpoint's area cap or a limit
 * over its cap is a 400 naming the field with the cap in the message, never a 500; a request at the caps on the
 * densest part of the demo succeeds and its body stays under the size documented; the OpenAPI document shows the caps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILDINGS_BBOX_MAX_KM2,
  BUILDINGS_LIMIT_MAX,
  ErrorResponse,
  OBSTACLES_BBOX_MAX_KM2,
  ROOFS_BBOX_MAX_KM2,
  ROOFS_LIMIT_MAX,
  SEARCH_LIMIT_MAX,
  bboxAreaKm2,
} from '../../contracts/index.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { MAX_SITE_KM2 } from '../../api/src/services/farm/checkSitePolygon.js';
import { engines } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

type Box = [number, number, number, number];

/** The densest 4 km² of the demo (3,515 buildings), found by bench/limits.ts. */
const DENSE_4_KM2: Box = [2.796521, 50.429265, 2.824747, 50.447242];
/** The 1 km² of the demo whose roofs carry the most heat-map cells (≈ 1,300 houses), found by bench/limits.ts. */
const ROOFY_1_KM2: Box = [2.743589, 50.444995, 2.757705, 50.453984];
/** Largest bodies at the caps documented in docs/api.md "Limits" [bytes]. */
const BUILDINGS_MAX_BYTES = 2_000_000;
const ROOFS_MAX_BYTES = 1_500_000;

/** The box of the same centre grown or shrunk in both directions by `factor` in area. */
function scaled([w, s, e, n]: Box, factor: number): Box {
  const k = Math.sqrt(factor);
  const [cx, cy, hx, hy] = [(w + e) / 2, (s + n) / 2, ((e - w) / 2) * k, ((n - s) / 2) * k];
  return [cx - hx, cy - hy, cx + hx, cy + hy];
}
const param = (box: Box) => box.map((v) => v.toFixed(6)).join(',');

describe.each(engines())('resource limits on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    await computeCadastre(server.db, { bbox: ROOFY_1_KM2, workers: 1 });
  }, 600_000);
  afterAll(async () => server?.close());

  async function get(path: string) {
    const res = await fetch(`${server.url}/api/v1${path}`);
    const text = await res.text();
    return { status: res.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) as unknown };
  }

  /** A 400 whose standard error body names `field` first, with `cap` in the message. */
  async function expectRefused(path: string, field: string, cap: RegExp) {
    const res = await get(path);
    expect(res.status, path).toBe(400);
    const error = ErrorResponse.parse(res.body).error;
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(error.message).toMatch(cap);
    expect(error.details?.[0]).toMatchObject({ field });
    return error.message;
  }

  it.each([
    ['/buildings', BUILDINGS_BBOX_MAX_KM2, '&limit=10'],
    ['/roofs', ROOFS_BBOX_MAX_KM2, '&limit=10'],
  ])('%s refuses a bbox over its area cap, naming bbox and the cap', async (path, cap, rest) => {
    const over = scaled(DENSE_4_KM2, (cap * 1.1) / bboxAreaKm2(DENSE_4_KM2));
    const message = await expectRefused(`${path}?bbox=${param(over)}${rest}`, 'bbox', new RegExp(`at most ${cap} km²`));
    expect(message).toContain(`is too large: ${bboxAreaKm2(over).toFixed(2)} km²`);
  });

  it('measures the area at the latitude of the box: the same degrees pass at 50° N and not at the equator', async () => {
    // 0.02° × 0.02°: ≈ 3.15 km² at 50.4° N, ≈ 4.95 km² at the equator.
    const north: Box = [2.8, 50.42, 2.82, 50.44];
    const equator: Box = [2.8, 0, 2.82, 0.02];
    expect((await get(`/buildings?bbox=${param(north)}&limit=1`)).status).toBe(200);
    await expectRefused(`/buildings?bbox=${param(equator)}&limit=1`, 'bbox', /4\.95 km², .*at most 4 km²/);
    // /obstacles: a 0.5° × 0.5° box (the side cap) is ≈ 1,990 km² at 50° N, ≈ 3,090 km² at the equator.
    expect((await get('/obstacles?bbox=2.5,50.1,3.0,50.6')).status).toBe(200);
    await expectRefused('/obstacles?bbox=2.5,0,3.0,0.5', 'bbox', new RegExp(`at most ${OBSTACLES_BBOX_MAX_KM2} km²`));
  });

  it.each([
    ['/buildings', `bbox=${param(DENSE_4_KM2)}&`, BUILDINGS_LIMIT_MAX],
    ['/roofs', `bbox=${param(ROOFY_1_KM2)}&`, ROOFS_LIMIT_MAX],
    ['/search', 'q=rue&', SEARCH_LIMIT_MAX],
  ])('%s refuses a limit over its cap, naming limit and the cap', async (path, query, cap) => {
    await expectRefused(`${path}?${query}limit=${cap + 1}`, 'limit', new RegExp(`must be at most ${cap}$`));
    // Absurd values are refused the same way, never a 500.
    for (const limit of ['1e30', '99999999999999999999', '-1', '2.5', 'NaN'])
      expect((await get(`${path}?${query}limit=${limit}`)).status, `limit=${limit}`).toBe(400);
  });

  it('/buildings at its caps on the densest 4 km² of the demo answers a full page under the documented size', async () => {
    const box = scaled(DENSE_4_KM2, (BUILDINGS_BBOX_MAX_KM2 * 0.999) / bboxAreaKm2(DENSE_4_KM2));
    const res = await get(`/buildings?bbox=${param(box)}&limit=${BUILDINGS_LIMIT_MAX}`);
    expect(res.status).toBe(200);
    const body = res.body as { numberReturned: number; numberMatched: number };
    expect(body.numberReturned).toBe(BUILDINGS_LIMIT_MAX);
    expect(body.numberMatched).toBeGreaterThan(BUILDINGS_LIMIT_MAX);
    expect(res.bytes).toBeLessThanOrEqual(BUILDINGS_MAX_BYTES);
  });

  it('/roofs at its limit on the 1 km² with the most roof cells answers a full page under the documented size', async () => {
    const res = await get(`/roofs?bbox=${param(ROOFY_1_KM2)}&limit=${ROOFS_LIMIT_MAX}`);
    expect(res.status).toBe(200);
    const body = res.body as { numberReturned: number; numberMatched: number; features: unknown[] };
    expect(body.numberReturned).toBe(ROOFS_LIMIT_MAX);
    expect(body.numberMatched).toBeGreaterThan(ROOFS_LIMIT_MAX);
    expect(body.features.length).toBeGreaterThan(ROOFS_LIMIT_MAX);
    expect(res.bytes).toBeLessThanOrEqual(ROOFS_MAX_BYTES);
  });

  it('/sites/evaluate refuses a polygon over its area cap naming polygon; just under it at the densest layout, a farm', async () => {
    const square = (km2: number) => {
      const d = Math.sqrt(km2 * 1e6) / 2;
      const [dLat, dLon] = [d / 111_195, d / (111_195 * Math.cos((50.44 * Math.PI) / 180))];
      const [x, y] = [3.06, 50.44];
      const ring = [
        [x - dLon, y - dLat],
        [x + dLon, y - dLat],
        [x + dLon, y + dLat],
        [x - dLon, y + dLat],
        [x - dLon, y - dLat],
      ];
      return { type: 'Polygon', coordinates: [ring] };
    };
    const post = async (body: object) => {
      const res = await fetch(`${server.url}/api/v1/sites/evaluate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { error?: { message: string; details?: unknown[] } } };
    };
    const over = await post({ polygon: square(MAX_SITE_KM2 * 1.1) });
    expect(over.status).toBe(400);
    expect(over.body.error?.message).toMatch(new RegExp(`^polygon: covers .* km², more than ${MAX_SITE_KM2} km²$`));
    expect(over.body.error?.details?.[0]).toMatchObject({ field: 'polygon' });
    // The densest rows the options allow on the largest site stay within what the PV chain accepts (1 GWp).
    const options = { pitch: { kind: 'gcr', gcr: 0.9 }, table: '3L', setback_m: 0, road_every_rows: 100 };
    const densest = await post({ polygon: square(MAX_SITE_KM2 * 0.99), options });
    expect(densest.status, JSON.stringify(densest.body).slice(0, 300)).toBe(200);
  });

  it('the OpenAPI document gives every cap: maximum of each limit, x-max-area-km2 of each bbox', async () => {
    const doc = (await get('/openapi.json')).body as {
      paths: Record<string, { get: { parameters: { name: string; schema: Record<string, unknown> }[] } }>;
    };
    const schema = (path: string, name: string) =>
      doc.paths[`/api/v1${path}`]!.get.parameters.find((p) => p.name === name)!.schema;
    expect(schema('/buildings', 'limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: BUILDINGS_LIMIT_MAX });
    expect(schema('/roofs', 'limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: ROOFS_LIMIT_MAX });
    expect(schema('/search', 'limit')).toMatchObject({ type: 'integer', maximum: SEARCH_LIMIT_MAX });
    expect(schema('/buildings', 'bbox')).toMatchObject({ 'x-max-area-km2': BUILDINGS_BBOX_MAX_KM2 });
    expect(schema('/roofs', 'bbox')).toMatchObject({ 'x-max-area-km2': ROOFS_BBOX_MAX_KM2 });
    expect(schema('/obstacles', 'bbox')).toMatchObject({ 'x-max-area-km2': OBSTACLES_BBOX_MAX_KM2 });
    expect(String(schema('/roofs', 'bbox').description)).toContain(`at most ${ROOFS_BBOX_MAX_KM2} km²`);
  });
});
