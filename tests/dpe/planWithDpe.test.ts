import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { issueToken } from '../../api/src/services/landlord/tokens.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const config = { ...loadConfig({}), logLevel: 'silent' };

describe.each(engines())('a landlord plan with real DPE labels on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  let token: string;
  let houses: number[];
  let portfolio: number;
  const as = () => ({ Authorization: `Bearer ${token}` });
  const plan = async () =>
    (
      await request(app)
        .post('/api/v1/portfolios/plan')
        .set(as())
        .send({
          portfolio_id: portfolio,
          start_year: 2027,
          years: 8,
          budget_eur_per_year: 0,
          target: { kind: 'legal' },
          strategy: 'worst_first',
        })
        .expect(200)
    ).body.plan as { deadlines: { date: string; non_compliant: { house_id: number }[] }[] };
  const bannedIds = (p: Awaited<ReturnType<typeof plan>>) =>
    new Set(p.deadlines.flatMap((d) => d.non_compliant.map((n) => n.house_id)));

  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    token = (await issueToken(t.db, 'maisons-et-cites', 'tests')).token;
    houses = (
      await t.db.query<{ id: number }>(
        `SELECT b.id FROM buildings b JOIN organisations o ON o.id = b.owner_org
         WHERE o.slug = 'maisons-et-cites' ORDER BY b.id LIMIT 12`,
      )
    ).rows.map((r) => r.id);
    portfolio = (
      await request(app)
        .post('/api/v1/portfolios')
        .set(as())
        .send({ name: 'dpe', selection: { ids: houses } })
        .expect(200)
    ).body.id;
  }, 300_000);
  afterAll(async () => t?.cleanup());

  it('the deadlines follow the real labels where a valid DPE is matched, our estimate elsewhere', async () => {
    const before = await plan();
    const bannedBefore = bannedIds(before);
    // With no budget, the estimate bans some of these houses at a deadline (the demo's estimates are mostly F/G).
    const banned = houses.filter((h) => bannedBefore.has(h));
    expect(banned.length).toBeGreaterThan(2);
    // Real DPEs: class C for the first half of the banned houses (valid 2024–2034), a G for one house the estimate
    // let off if any, and one C label that is superseded (it must not count).
    const relabelled = banned.slice(0, Math.ceil(banned.length / 2));
    let k = 0;
    const insert = (building: number, letter: string, opts: { superseded?: boolean; confidence?: number } = {}) =>
      t.db.query(
        `INSERT INTO dpe_records (number, dataset, issue_date, valid_until, energy_class, primary_kwh_m2, ghg_kg_m2,
           energy_class_2026, primary_kwh_m2_2026, uses, energies, content_hash, building_id, match_method,
           match_confidence, superseded_by)
         VALUES ($1, 'ademe-xml', '2024-03-01', '2034-02-28', $2, 150, 20, $2, 150, '{}', '[]', 'test', $3,
           'ban_inside', $4, $5)`,
        [
          `2462E${String(1000000 + k++).padStart(7, '0')}X`,
          letter,
          building,
          opts.confidence ?? 0.9,
          opts.superseded ? '2462E9999999Z' : null,
        ],
      );
    for (const id of relabelled) await insert(id, 'C');
    const stillBanned = banned.filter((h) => !relabelled.includes(h));
    await insert(stillBanned[0]!, 'C', { superseded: true });
    await insert(stillBanned[1]!, 'C', { confidence: 0.3 });

    const after = await plan();
    const bannedAfter = bannedIds(after);
    for (const id of relabelled) expect(bannedAfter.has(id), `house ${id} has a real C`).toBe(false);
    for (const id of stillBanned) expect(bannedAfter.has(id), `house ${id} keeps its estimate`).toBe(true);

    const estimate = (await request(app).get(`/api/v1/portfolios/${portfolio}/estimate`).set(as()).expect(200)).body;
    const byId = new Map<number, { letter: string; label_source: string; dpe_number: string | null }>(
      estimate.houses.map((h: { building_id: number }) => [h.building_id, h]),
    );
    for (const id of relabelled) expect(byId.get(id)).toMatchObject({ letter: 'C', label_source: 'dpe' });
    expect(byId.get(stillBanned[0]!)!.label_source).toBe('estimate');
    expect(byId.get(stillBanned[1]!)!.label_source).toBe('estimate');

    // A house's renovation answer carries the label the law goes by, with the rental calendar from it: the real C
    // (lettable, no deadline ahead); none for the superseded label or the loose match.
    const renovation = async (id: number) =>
      (await request(app).get(`/api/v1/buildings/${id}/renovation?date=2027-06-01`).expect(200)).body;
    expect((await renovation(relabelled[0]!)).official).toMatchObject({
      letter: 'C',
      issue_date: '2024-03-01',
      valid_until: '2034-02-28',
      rental: { allowed: true, banned_from: null },
    });
    expect((await renovation(stillBanned[0]!)).official).toBeNull();
    expect((await renovation(stillBanned[1]!)).official).toBeNull();
  });
});
