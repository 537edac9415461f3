import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { HOUSE } from '../helpers/house.js';
import { BuildingRenovationResponse, SimulateResponse } from '../../contracts/renovation.js';

const config = { ...loadConfig({}), logLevel: 'silent' };
const LETTERS = 'ABCDEFG';

describe.each(engines())('renovation API on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  let ids: { terraced: number; detached: number; social: number };
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    // A mid-terrace and a detached house of the demo, by their walls (measured on demand, here for 400 houses).
    const first = (await t.db.query<{ id: number }>('SELECT id FROM buildings ORDER BY id LIMIT 400')).rows;
    const { computeEnvelopesOf } = await import('../../api/src/services/cadastre/computeEnvelopes.js');
    await computeEnvelopesOf(
      t.db,
      first.map((r) => r.id),
    );
    const walls = await t.db.query<{ id: number; shared: number; perimeter: number; owner_org: number | null }>(
      `SELECT e.building_id AS id, e.shared_wall_m AS shared, e.perimeter_m AS perimeter, b.owner_org
       FROM building_envelope e JOIN buildings b ON b.id = e.building_id ORDER BY e.building_id`,
    );
    // The most and the least attached of them (share of the perimeter against neighbours).
    const byShare = [...walls.rows].sort((a, b) => a.shared / a.perimeter - b.shared / b.perimeter);
    ids = {
      terraced: byShare[byShare.length - 1]!.id,
      detached: byShare[0]!.id,
      social: (await t.db.query<{ id: number }>('SELECT min(id) AS id FROM buildings WHERE owner_org IS NOT NULL'))
        .rows[0]!.id,
    };
  }, 300_000);
  afterAll(async () => t.cleanup());

  it('estimates a house and ranks the packages; every package improves the class or keeps it, never worsens', async () => {
    const res = await request(app).get(`/api/v1/buildings/${ids.detached}/renovation?date=2026-11-26`).expect(200);
    const r = res.body;
    expect(r.notice).toMatch(/pas un DPE officiel/);
    expect(LETTERS).toContain(r.current.letter);
    expect(r.packages.length).toBeGreaterThanOrEqual(3);
    for (const p of r.packages) {
      expect(LETTERS.indexOf(p.after.letter)).toBeLessThanOrEqual(LETTERS.indexOf(r.current.letter));
      expect(p.after.heating_need_kwh_m2).toBeLessThanOrEqual(r.current.heating_need_kwh_m2 + 1e-9);
      expect(p.cost_eur.low).toBeLessThanOrEqual(p.cost_eur.central);
      expect(p.cost_eur.central).toBeLessThanOrEqual(p.cost_eur.high);
      expect(p.net_cost_eur).toBe(Math.max(0, p.cost_eur.central - p.aid_eur));
      expect(p.savings_eur_yr).toBe(r.current.bill_eur_yr - p.after.bill_eur_yr);
    }
    // Ranked by class after, best first.
    const after = r.packages.map((p: { after: { letter: string } }) => LETTERS.indexOf(p.after.letter));
    expect(after).toEqual([...after].sort((a: number, b: number) => a - b));
    // Uses add up.
    const f = r.current.final_kwh;
    expect(Math.abs(f.heating + f.hot_water + f.lighting + f.auxiliaries - f.total)).toBeLessThanOrEqual(2);
  });

  it('the most attached house of the sample has less exposed wall per m² than the least attached (party walls from PostGIS)', async () => {
    const mid = (await request(app).get(`/api/v1/buildings/${ids.terraced}/renovation`).expect(200)).body;
    const detached = (await request(app).get(`/api/v1/buildings/${ids.detached}/renovation`).expect(200)).body;
    expect(mid.dwelling.party_wall_m).toBeGreaterThan(detached.dwelling.party_wall_m);
    const exposedPerM2 = (d: { exposed_wall_m2: number; floor_area_m2: number }) => d.exposed_wall_m2 / d.floor_area_m2;
    expect(exposedPerM2(mid.dwelling)).toBeLessThan(exposedPerM2(detached.dwelling));
  });

  it('a social landlord gets no MaPrimeRénov’, an owner-occupier does for a deep renovation', async () => {
    const social = (
      await request(app).get(`/api/v1/buildings/${ids.social}/renovation?owner=social_landlord`).expect(200)
    ).body;
    expect(social.owner).toBe('social_landlord');
    for (const p of social.packages) expect(p.aid_eur).toBe(0);
    const owner = (
      await request(app)
        .get(`/api/v1/buildings/${ids.social}/renovation?owner=owner_occupier&income_band=tres_modeste`)
        .expect(200)
    ).body;
    const deep = owner.packages.find((p: { classes_gained: number }) => p.classes_gained >= 2);
    if (deep && ['E', 'F', 'G'].includes(owner.current.letter)) expect(deep.aid_eur).toBeGreaterThan(0);
  });

  it('« 3e ligne de quittance »: at most half the tenant’s bill saved, ≤ 15 years, for landlords only', async () => {
    // The rule (fixtures/homeowner tenant_energy_contribution, dhup-3e-ligne): the contribution « ne peut être
    // supérieur à la moitié du montant de l'économie d'énergie estimée », for at most 15 years. The bill saved a month
    // is the package's yearly saving / 12 to the cent; the ceiling is half of it rounded down to the cent.
    type Tenant = BuildingRenovationResponse['packages'][number]['tenant'];
    type Pkg = { savings_eur_yr: number; tenant: Tenant };
    const check = (p: Pkg) => {
      const saved = Math.round((p.savings_eur_yr / 12) * 100) / 100;
      expect(p.tenant.bill_saved_eur_month).toBeCloseTo(saved, 9);
      const half = Math.max(0, saved) / 2;
      expect(p.tenant.max_contribution_eur_month).toBeLessThanOrEqual(half + 1e-9);
      expect(p.tenant.max_contribution_eur_month).toBeGreaterThan(half - 0.01 - 1e-9);
      expect(p.tenant.net_saving_eur_month).toBeCloseTo(saved - p.tenant.max_contribution_eur_month, 2);
      expect(p.tenant.max_years).toBe(15);
      expect(p.tenant.applies).toBe(true);
    };
    // A Maisons & Cités house: the server answers for its social landlord unless told otherwise.
    const social = (await request(app).get(`/api/v1/buildings/${ids.social}/renovation`).expect(200)).body;
    expect(() => BuildingRenovationResponse.parse(social)).not.toThrow();
    expect(social.owner).toBe('social_landlord');
    expect(social.packages.some((p: Pkg) => p.tenant.max_contribution_eur_month > 0)).toBe(true);
    for (const p of social.packages as Pkg[]) {
      check(p);
      expect(p.tenant.law).toMatch(/L442-3/);
      expect(p.tenant.flat_rate_eur_month).toBeNull();
      expect(p.tenant.source).toBe('dhup-3e-ligne, envmag-2010-01');
    }
    const privateLandlord = (
      await request(app).get(`/api/v1/buildings/${ids.social}/renovation?owner=landlord_private`).expect(200)
    ).body;
    for (const p of privateLandlord.packages as Pkg[]) {
      check(p);
      expect(p.tenant.law).toMatch(/art\. 23-1/);
      // jorf-arrete-2009-forfait: 10 / 15 / 20 € a month by main rooms, named beside the 50 % ceiling.
      expect(p.tenant.flat_rate_eur_month).toEqual({
        one_main_room: 10,
        two_three_main_rooms: 15,
        four_plus_main_rooms: 20,
      });
    }
    const owner = (
      await request(app).get(`/api/v1/buildings/${ids.social}/renovation?owner=owner_occupier`).expect(200)
    ).body;
    for (const p of owner.packages as Pkg[]) {
      expect(p.tenant).toMatchObject({ applies: false, max_contribution_eur_month: 0, max_years: 0, law: null });
      expect(p.tenant.net_saving_eur_month).toBe(p.tenant.bill_saved_eur_month);
    }
    // /renovation/simulate carries the same block: owner-occupier unless told.
    const sim = await request(app)
      .post('/api/v1/renovation/simulate')
      .send({ dwelling: HOUSE, package: 'bbc_renovation', owner: 'social_landlord' })
      .expect(200);
    expect(() => SimulateResponse.parse(sim.body)).not.toThrow();
    check(sim.body);
  });

  it('the rental calendar follows the date: F may be let on 31 Dec 2027, not on 1 Jan 2028', async () => {
    const res = await request(app)
      .post('/api/v1/renovation/simulate')
      .send({ dwelling: HOUSE, measures: ['attic_insulation'], date: '2027-12-31' })
      .expect(200);
    const later = await request(app)
      .post('/api/v1/renovation/simulate')
      .send({ dwelling: HOUSE, measures: ['attic_insulation'], date: '2028-01-01' })
      .expect(200);
    for (const [state, allowedBefore] of [
      [res.body.before, later.body.before],
      [res.body.after, later.body.after],
    ]) {
      if (state.letter === 'F') {
        expect(state.rental.allowed).toBe(true);
        expect(allowedBefore.rental.allowed).toBe(false);
      }
    }
  });

  it('simulate: insulation lowers the need; the electricity factor changes on 1 January 2026', async () => {
    const a = await request(app)
      .post('/api/v1/renovation/simulate')
      .send({ dwelling: HOUSE, package: 'bbc_renovation', date: '2026-01-01' })
      .expect(200);
    expect(a.body.after.heating_need_kwh_m2).toBeLessThan(a.body.before.heating_need_kwh_m2);
    expect(a.body.classes_gained).toBeGreaterThanOrEqual(2);
    const electric = { ...HOUSE, heating: { system: 'electric_direct', carrier: 'electricity', efficiency: 1 } };
    const before = await request(app)
      .post('/api/v1/renovation/simulate')
      .send({ dwelling: electric, date: '2025-12-31' })
      .expect(200);
    const after = await request(app)
      .post('/api/v1/renovation/simulate')
      .send({ dwelling: electric, date: '2026-01-01' })
      .expect(200);
    // Same final energy, primary energy × 1.9/2.3 (arrêté du 13 août 2025).
    expect(after.body.before.final_kwh.total).toBe(before.body.before.final_kwh.total);
    expect(after.body.before.ep_kwh_m2 / before.body.before.ep_kwh_m2).toBeCloseTo(1.9 / 2.3, 2);
  });

  it.each([
    ['floor area 0', { dwelling: { ...HOUSE, floor_area_m2: 0 } }, 'dwelling.floor_area_m2'],
    [
      'U-value −1',
      { dwelling: { ...HOUSE, walls: [{ area_m2: 20, u_w_m2k: -1, azimuth_deg: 0 }] } },
      'dwelling.walls.0.u_w_m2k',
    ],
    ['unknown measure', { dwelling: HOUSE, measures: ['gold_roof'] }, 'measures.0'],
    ['year 3000', { dwelling: HOUSE, date: '3000-01-01' }, 'date'],
    ['year built 3000', { dwelling: { ...HOUSE, year_built: 3000 } }, 'dwelling.year_built'],
    ['unknown package', { dwelling: HOUSE, package: 'palace' }, 'package'],
  ])('simulate refuses %s → 400 naming %s', async (_label, body, field) => {
    const res = await request(app).post('/api/v1/renovation/simulate').send(body).expect(400);
    expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
  });

  it('the stock batch agrees with the single-building answer and never makes a class worse', async () => {
    const { estimateStock } = await import('../../api/src/services/renovation/estimateStock.js');
    const stock = await estimateStock(t.db, { ids: [ids.detached, ids.terraced], date: '2026-11-26' });
    expect(stock.map((s) => s.building_id).sort()).toEqual([ids.detached, ids.terraced].sort());
    const one = (await request(app).get(`/api/v1/buildings/${ids.detached}/renovation?date=2026-11-26`).expect(200))
      .body;
    const batch = stock.find((s) => s.building_id === ids.detached)!;
    expect(batch.letter).toBe(one.current.letter);
    expect(batch.ep_kwh_m2).toBeCloseTo(one.current.ep_kwh_m2, 0);
    for (const s of stock) {
      for (const p of s.packages) expect(LETTERS.indexOf(p.letter)).toBeLessThanOrEqual(LETTERS.indexOf(s.letter));
    }
  });

  it('bad query → 400 naming the field; unknown building → 404', async () => {
    for (const [qs, field] of [
      ['date=3000-01-01', 'date'],
      ['owner=king', 'owner'],
      ['household_size=0', 'household_size'],
      ['income_band=rich', 'income_band'],
    ]) {
      const res = await request(app).get(`/api/v1/buildings/${ids.detached}/renovation?${qs}`).expect(400);
      expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
    }
    await request(app).get('/api/v1/buildings/999999999/renovation').expect(404);
  });
});
