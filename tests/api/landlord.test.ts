import { Writable } from 'node:stream';
import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { hashToken } from '../../api/src/services/landlord/auth.js';
import { issueToken, revokeToken } from '../../api/src/services/landlord/tokens.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const config = { ...loadConfig({}), logLevel: 'info' };
const LETTERS = 'ABCDEFG';

describe.each(engines())('landlord API on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  let logs = '';
  let tokenA: string;
  let tokenB: string;
  let cite: string;
  let ownA: number[];
  let ownB: number;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    // Everything the server logs, to check that no token is ever written.
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs += String(chunk);
        done();
      },
    });
    app = createApp(config, { db: t.db, logger: pino({ level: 'info' }, sink) });
    tokenA = (await issueToken(t.db, 'maisons-et-cites', 'tests')).token;
    tokenB = (await issueToken(t.db, 'sia-habitat', 'tests')).token;
    // The smallest cité of Maisons et Cités in the demo, and one building of SIA Habitat.
    const row = (
      await t.db.query<{ cite_name: string; n: number }>(
        `SELECT b.cite_name, count(*)::int AS n FROM buildings b JOIN organisations o ON o.id = b.owner_org
         WHERE o.slug = 'maisons-et-cites' AND b.cite_name IS NOT NULL GROUP BY 1 HAVING count(*) >= 20 ORDER BY 2, 1 LIMIT 1`,
      )
    ).rows[0]!;
    cite = row.cite_name;
    ownA = (
      await t.db.query<{ id: number }>(
        `SELECT b.id FROM buildings b JOIN organisations o ON o.id = b.owner_org WHERE o.slug = 'maisons-et-cites' ORDER BY b.id LIMIT 5`,
      )
    ).rows.map((r) => r.id);
    ownB = (
      await t.db.query<{ id: number }>(
        `SELECT b.id FROM buildings b JOIN organisations o ON o.id = b.owner_org WHERE o.slug = 'sia-habitat' ORDER BY b.id LIMIT 1`,
      )
    ).rows[0]!.id;
  }, 300_000);
  afterAll(async () => t.cleanup());

  it('no token, a malformed or unknown one → 401 with WWW-Authenticate', async () => {
    for (const path of ['/api/v1/me', '/api/v1/portfolios', '/api/v1/plans/1']) {
      const res = await request(app).get(path).expect(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.body.error.code).toBe('unauthorized');
    }
    await request(app).get('/api/v1/me').set('Authorization', 'Basic abc').expect(401);
    await request(app).get('/api/v1/me').set(as('sc_not-a-token')).expect(401);
    const me = await request(app).get('/api/v1/me').set(as(tokenA)).expect(200);
    expect(me.body.organisation.slug).toBe('maisons-et-cites');
    expect(me.body.buildings).toBeGreaterThan(100);
  });

  it('tokens are stored as SHA-256 hashes only and never logged', async () => {
    const stored = (await t.db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens')).rows.map(
      (r) => r.token_hash,
    );
    expect(stored).toContain(hashToken(tokenA));
    expect(stored.some((h) => h.includes(tokenA) || tokenA.includes(h))).toBe(false);
    await request(app).get('/api/v1/me').set(as(tokenA)).expect(200);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(tokenA);
    expect(logs).not.toContain(tokenA.slice(3, 20));
  });

  it('a revoked token is refused', async () => {
    const extra = await issueToken(t.db, 'sia-habitat', 'to revoke');
    await request(app).get('/api/v1/me').set(as(extra.token)).expect(200);
    expect(await revokeToken(t.db, extra.id)).toBe(true);
    await request(app).get('/api/v1/me').set(as(extra.token)).expect(401);
  });

  it("portfolios, plans and private data are the organisation's own: another organisation gets 404/403, nothing in lists", async () => {
    const created = await request(app)
      .post('/api/v1/portfolios')
      .set(as(tokenA))
      .send({ name: 'cité test', selection: { cite } })
      .expect(200);
    const id = created.body.id;
    expect(created.body.buildings).toBeGreaterThanOrEqual(20);
    await request(app).get(`/api/v1/portfolios/${id}`).set(as(tokenA)).expect(200);
    await request(app).get(`/api/v1/portfolios/${id}`).set(as(tokenB)).expect(404);
    await request(app).get(`/api/v1/portfolios/${id}/estimate`).set(as(tokenB)).expect(404);
    const listB = await request(app).get('/api/v1/portfolios').set(as(tokenB)).expect(200);
    expect(listB.body.portfolios.map((p: { id: number }) => p.id)).not.toContain(id);
    // B cannot put A's buildings in its own portfolio.
    const foreign = await request(app)
      .post('/api/v1/portfolios')
      .set(as(tokenB))
      .send({ name: 'not mine', selection: { ids: [ownB, ...ownA] } })
      .expect(403);
    expect(foreign.body.error.message.startsWith('selection.ids:')).toBe(true);
    // A plan of A's portfolio is A's.
    const plan = await request(app)
      .post('/api/v1/portfolios/plan')
      .set(as(tokenA))
      .send({
        portfolio_id: id,
        start_year: 2027,
        years: 3,
        budget_eur_per_year: 300_000,
        target: { kind: 'legal' },
        strategy: 'worst_first',
      })
      .expect(200);
    await request(app).get(`/api/v1/plans/${plan.body.plan_id}`).set(as(tokenA)).expect(200);
    await request(app).get(`/api/v1/plans/${plan.body.plan_id}`).set(as(tokenB)).expect(404);
    await request(app).get(`/api/v1/plans/${plan.body.plan_id}/export`).set(as(tokenB)).expect(404);
    await request(app)
      .post('/api/v1/portfolios/plan')
      .set(as(tokenB))
      .send({
        portfolio_id: id,
        start_year: 2027,
        years: 3,
        budget_eur_per_year: 1,
        target: { kind: 'legal' },
        strategy: 'worst_first',
      })
      .expect(404);
    // Private attributes: shown to the owner only, never in public answers or search.
    await request(app)
      .put(`/api/v1/buildings/${ownA[0]}/private`)
      .set(as(tokenA))
      .send({ attributes: { tenant_change_year: 2029, secret_note: 'zz-private-zz' } })
      .expect(200);
    await request(app)
      .put(`/api/v1/buildings/${ownA[0]}/private`)
      .set(as(tokenB))
      .send({ attributes: { x: 1 } })
      .expect(404);
    const owner = await request(app).get(`/api/v1/buildings/${ownA[0]}`).set(as(tokenA)).expect(200);
    expect(owner.body.properties.private_attributes.secret_note).toBe('zz-private-zz');
    for (const headers of [as(tokenB), {}]) {
      const other = await request(app).get(`/api/v1/buildings/${ownA[0]}`).set(headers).expect(200);
      expect(other.body.properties.private_attributes).toBeNull();
      expect(JSON.stringify(other.body)).not.toContain('zz-private-zz');
    }
    const search = await request(app).get('/api/v1/search').query({ q: 'zz-private-zz' }).expect(200);
    expect(search.body.results).toHaveLength(0);
  }, 300_000);

  it('plans: the budget is never exceeded, the same inputs give the same plan, the strategies are compared', async () => {
    const p = await request(app)
      .post('/api/v1/portfolios')
      .set(as(tokenA))
      .send({ name: 'plan', selection: { cite } })
      .expect(200);
    const body = {
      portfolio_id: p.body.id,
      start_year: 2027,
      years: 8,
      budget_eur_per_year: 150_000,
      target: { kind: 'legal' },
      strategy: 'cheapest_class_gain',
      compare: true,
    };
    const first = (await request(app).post('/api/v1/portfolios/plan').set(as(tokenA)).send(body).expect(200)).body;
    for (const y of first.plan.years) expect(y.spend_eur).toBeLessThanOrEqual(150_000 + 1e-6);
    const byYear = new Map<number, number>();
    for (const a of first.plan.assignments) byYear.set(a.year, (byYear.get(a.year) ?? 0) + a.cost_eur);
    for (const spend of byYear.values()) expect(spend).toBeLessThanOrEqual(150_000 + 1e-6);
    for (const a of first.plan.assignments) {
      expect(LETTERS.indexOf(a.letter_after)).toBeLessThan(LETTERS.indexOf(a.letter_before));
    }
    const second = (await request(app).post('/api/v1/portfolios/plan').set(as(tokenA)).send(body).expect(200)).body;
    expect(second.plan).toEqual(first.plan);
    expect(first.comparison.map((c: { strategy: string }) => c.strategy).sort()).toEqual(
      ['co2_per_eur', 'cheapest_class_gain', 'kwh_per_eur', 'worst_first'].sort(),
    );
    // With no money, the houses banned at each deadline are reported with the reason.
    const broke = (
      await request(app)
        .post('/api/v1/portfolios/plan')
        .set(as(tokenA))
        .send({ ...body, budget_eur_per_year: 0, compare: false })
        .expect(200)
    ).body;
    expect(broke.plan.assignments).toHaveLength(0);
    expect(broke.plan.target_met).toBe(false);
    const missed = broke.plan.deadlines.flatMap((d: { non_compliant: unknown[] }) => d.non_compliant);
    expect(missed.length).toBeGreaterThan(0);
    // With enough money every house reaches a lettable class (the legal target is met).
    // A house vacated only in 2031 is renovated in 2031 at the earliest when works wait for the tenant change.
    const later = first.plan.assignments[0].house_id;
    await request(app)
      .put(`/api/v1/buildings/${later}/private`)
      .set(as(tokenA))
      .send({ attributes: { tenant_change_year: 2031 } })
      .expect(200);
    const waiting = (
      await request(app)
        .post('/api/v1/portfolios/plan')
        .set(as(tokenA))
        .send({ ...body, compare: false, works_at_tenant_change: true })
        .expect(200)
    ).body;
    const its = waiting.plan.assignments.find((a: { house_id: number }) => a.house_id === later);
    if (its) expect(its.year).toBeGreaterThanOrEqual(2031);
    const rich = (
      await request(app)
        .post('/api/v1/portfolios/plan')
        .set(as(tokenA))
        .send({ ...body, budget_eur_per_year: 100_000_000, compare: false })
        .expect(200)
    ).body;
    expect(rich.plan.target_met).toBe(true);
  }, 300_000);

  it('exports a plan as French-Excel CSV (BOM, ";", decimal comma) and as GeoJSON', async () => {
    const p = await request(app)
      .post('/api/v1/portfolios')
      .set(as(tokenA))
      .send({ name: 'export', selection: { cite } })
      .expect(200);
    const plan = (
      await request(app)
        .post('/api/v1/portfolios/plan')
        .set(as(tokenA))
        .send({
          portfolio_id: p.body.id,
          start_year: 2027,
          years: 5,
          budget_eur_per_year: 500_000,
          target: { kind: 'legal' },
          strategy: 'worst_first',
        })
        .expect(200)
    ).body;
    const csv = await request(app)
      .get(`/api/v1/plans/${plan.plan_id}/export?format=csv&decimal=comma`)
      .set(as(tokenA))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'building_id;address;commune;cite;year;package;cost_eur;letter_before;letter_after;label_source;dpe_number',
    );
    // The demo has no real DPE: every house is planned on our estimate, and each row says so.
    for (const line of lines.slice(1)) expect(line.split(';').slice(-2)).toEqual(['estimate', '']);
    expect(lines).toHaveLength(p.body.buildings + 1);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="plan-\d+\.csv"/);
    const geo = await request(app)
      .get(`/api/v1/plans/${plan.plan_id}/export?format=geojson`)
      .set(as(tokenA))
      .expect(200);
    const fc = JSON.parse(geo.text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(p.body.buildings);
  }, 300_000);

  it("ranks the portfolio's computed roofs for PV and flags cités for collective self-consumption", async () => {
    const { computeCadastre } = await import('../../api/src/services/cadastre/computeCadastre.js');
    const bbox = (
      await t.db.query<{ b: number[] }>(
        `SELECT ARRAY[ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)] AS b
         FROM (SELECT ST_Extent(footprint)::geometry AS e FROM buildings WHERE cite_name = $1) x`,
        [cite],
      )
    ).rows[0]!.b as [number, number, number, number];
    await computeCadastre(t.db, { bbox, workers: 1 });
    const p = await request(app)
      .post('/api/v1/portfolios')
      .set(as(tokenA))
      .send({ name: 'pv', selection: { cite } })
      .expect(200);
    const res = await request(app).get(`/api/v1/portfolios/${p.body.id}/pv`).set(as(tokenA)).expect(200);
    expect(res.body.roofs.length).toBeGreaterThan(0);
    const yields = res.body.roofs.map((r: { annual_kwh: number }) => r.annual_kwh);
    expect(yields).toEqual([...yields].sort((a: number, b: number) => b - a));
    expect(res.body.totals.annual_kwh).toBe(yields.reduce((a: number, b: number) => a + b, 0));
    for (const r of res.body.roofs) expect(r.specific_yield_kwh_kwp).toBeGreaterThan(500);
    expect(res.body.collective.length).toBeGreaterThan(0);
    await request(app).get(`/api/v1/portfolios/${p.body.id}/pv`).set(as(tokenB)).expect(404);
  }, 300_000);

  it('the expensive endpoints are rate-limited per caller (429 with Retry-After)', async () => {
    const limited = createApp(
      { ...loadConfig({ EXPENSIVE_REQUESTS_PER_MINUTE: '2' }), logLevel: 'silent' },
      { db: t.db, logger: pino({ level: 'silent' }) },
    );
    const body = {
      portfolio_id: 999999,
      start_year: 2027,
      years: 1,
      budget_eur_per_year: 1,
      target: { kind: 'legal' },
      strategy: 'worst_first',
    };
    await request(limited).post('/api/v1/portfolios/plan').set(as(tokenA)).send(body).expect(404);
    await request(limited).post('/api/v1/portfolios/plan').set(as(tokenA)).send(body).expect(404);
    const third = await request(limited).post('/api/v1/portfolios/plan').set(as(tokenA)).send(body).expect(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    // Another organisation has its own allowance.
    await request(limited).post('/api/v1/portfolios/plan').set(as(tokenB)).send(body).expect(404);
  });

  it.each([
    ['negative budget', { budget_eur_per_year: -1 }, 'budget_eur_per_year'],
    ['0 years', { years: 0 }, 'years'],
    ['unknown strategy', { strategy: 'random' }, 'strategy'],
    ['unknown target', { target: { kind: 'dream' } }, 'target.kind'],
  ])('plan refuses %s → 400 naming %s', async (_label, change, field) => {
    const body = {
      portfolio_id: 1,
      start_year: 2027,
      years: 5,
      budget_eur_per_year: 1000,
      target: { kind: 'legal' },
      strategy: 'worst_first',
      ...change,
    };
    const res = await request(app).post('/api/v1/portfolios/plan').set(as(tokenA)).send(body).expect(400);
    expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
  });

  it('a portfolio of 100,000 ids is refused naming the field', async () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => i + 1);
    const res = await request(app)
      .post('/api/v1/portfolios')
      .set(as(tokenA))
      .send({ name: 'huge', selection: { ids } });
    expect([400, 413]).toContain(res.status);
    if (res.status === 400) expect(res.body.error.message.startsWith('selection.ids:')).toBe(true);
  });
});
