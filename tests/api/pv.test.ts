import { readFileSync } from 'node:fs';
import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const config = { ...loadConfig({}), logLevel: 'silent' };
const LENS = { lat: 50.4322, lon: 2.8333 };
const SOUTH = { tilt_deg: 35, azimuth_deg: 180, kwp: 1, mounting: 'roof' };
/** A few blocks of the demo in Lens, computed by the real cadastre before the tests. */
const BBOX: [number, number, number, number] = [2.788, 50.436, 2.794, 50.439];
// The tariff file read here on its own, to recompute money figures by hand.
const tariffs = JSON.parse(
  readFileSync(new URL('../../fixtures/tariffs/fr-residential.json', import.meta.url), 'utf8'),
);
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

describe.each(engines())('PV API on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  let computed: number[];
  let notComputed: number;
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    await computeCadastre(t.db, { bbox: BBOX, workers: 1 });
    const rows = await t.db.query<{ id: number; done: boolean }>(
      `SELECT b.id, s.building_id IS NOT NULL AS done FROM buildings b LEFT JOIN building_solar s ON s.building_id = b.id
       ORDER BY b.id`,
    );
    computed = rows.rows.filter((r) => r.done).map((r) => r.id);
    notComputed = rows.rows.find((r) => !r.done)!.id;
  }, 300_000);
  afterAll(async () => t.cleanup());

  describe('POST /api/v1/pv/estimate', () => {
    // DESIGN §5 (pvlib-python, same weather at Lens, same chain): ≈ 1023 kWh/kWp without incidence losses, ≈ 987
    // with the physical IAM; within 3 %.
    it('1 kWp roof-mounted south 35°, 14 % losses: ≈ 1023 kWh/kWp without IAM, ≈ 987 with (pvlib, ±3 %)', async () => {
      const open = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, arrays: [SOUTH], losses_pct: 14, iam: 'none' })
        .expect(200);
      expect(Math.abs(open.body.specific_yield_kwh_kwp / 1023 - 1)).toBeLessThan(0.03);
      const iam = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, arrays: [SOUTH], losses_pct: 14 })
        .expect(200);
      expect(Math.abs(iam.body.specific_yield_kwh_kwp / 987 - 1)).toBeLessThan(0.03);
      expect(Math.abs(sum(iam.body.monthly_kwh) - iam.body.annual_kwh)).toBeLessThan(1);
      expect(iam.body.performance_ratio).toBeGreaterThan(0.7);
    });

    it('east + west on one inverter ≈ the sum of its parts (within 1 %)', async () => {
      const arrays = [
        { tilt_deg: 40, azimuth_deg: 90, kwp: 3, mounting: 'roof' },
        { tilt_deg: 40, azimuth_deg: 270, kwp: 3, mounting: 'roof' },
      ];
      const both = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, arrays })
        .expect(200);
      const east = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, arrays: [arrays[0]] })
        .expect(200);
      const west = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, arrays: [arrays[1]] })
        .expect(200);
      expect(Math.abs(both.body.annual_kwh / (east.body.annual_kwh + west.body.annual_kwh) - 1)).toBeLessThan(0.01);
      expect(both.body.arrays).toHaveLength(2);
    });

    it('a horizon above the highest sun leaves diffuse light only', async () => {
      const horizon_deg = new Array(72).fill(64);
      const open = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, arrays: [SOUTH] })
        .expect(200);
      const dark = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, arrays: [{ ...SOUTH, horizon_deg }] })
        .expect(200);
      expect(dark.body.annual_kwh).toBeGreaterThan(0);
      expect(dark.body.annual_kwh).toBeLessThan(0.25 * open.body.annual_kwh);
    });

    it.each([
      ['negative kWp', { arrays: [{ ...SOUTH, kwp: -1 }] }, 'arrays.0.kwp'],
      ['10,000 arrays', { arrays: new Array(10_000).fill(SOUTH) }, 'arrays'],
      ['tilt 95 on a roof', { arrays: [{ ...SOUTH, tilt_deg: 95 }] }, 'arrays.0.tilt_deg'],
      ['unknown mounting', { arrays: [{ ...SOUTH, mounting: 'wall' }] }, 'arrays.0.mounting'],
      ['losses of 120 %', { arrays: [SOUTH], losses_pct: 120 }, 'losses_pct'],
      ['a horizon of 3 sectors', { arrays: [{ ...SOUTH, horizon_deg: [1, 2, 3] }] }, 'arrays.0.horizon_deg'],
      ['no arrays', { arrays: [] }, 'arrays'],
    ])('%s → 400 naming %s', async (_label, body, field) => {
      const res = await request(app)
        .post('/api/v1/pv/estimate')
        .send({ ...LENS, ...body })
        .expect(400);
      expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
    });
  });

  describe('GET /api/v1/buildings/{id}/pv', () => {
    it('lays panels on a computed roof and tabulates every panel count', async () => {
      const res = await request(app).get(`/api/v1/buildings/${computed[0]}/pv`).expect(200);
      const b = res.body;
      expect(b.max_panels).toBeGreaterThan(0);
      expect(b.layout.features).toHaveLength(b.max_panels);
      expect(b.configurations.map((c: { panels: number }) => c.panels)).toEqual(
        Array.from({ length: b.max_panels }, (_, i) => i + 1),
      );
      for (const c of b.configurations) {
        expect(c.kwp).toBeCloseTo((c.panels * b.module.wp) / 1000, 2);
        expect(c.self_consumed_kwh).toBeLessThanOrEqual(Math.min(c.annual_kwh, b.consumption_kwh) + 1);
        expect(c.self_consumed_kwh + c.exported_kwh).toBeCloseTo(c.annual_kwh, -1);
      }
      // More panels, more energy; the best-ranked panels come first, so the yield per kWp never rises.
      for (let i = 1; i < b.configurations.length; i++) {
        expect(b.configurations[i].annual_kwh).toBeGreaterThan(b.configurations[i - 1].annual_kwh);
        expect(b.configurations[i].specific_yield_kwh_kwp).toBeLessThanOrEqual(
          b.configurations[i - 1].specific_yield_kwh_kwp + 1,
        );
      }
      // Panels sit on this building: every corner within its footprint's bounding box (± 1 m).
      const feature = (await request(app).get(`/api/v1/buildings/${computed[0]}`).expect(200)).body;
      const lons = feature.geometry.coordinates.flat(3).filter((_: number, i: number) => i % 2 === 0);
      const lats = feature.geometry.coordinates.flat(3).filter((_: number, i: number) => i % 2 === 1);
      for (const f of b.layout.features) {
        for (const [lon, lat, z] of f.geometry.coordinates[0]) {
          expect(lon).toBeGreaterThan(Math.min(...lons) - 1.5e-5);
          expect(lon).toBeLessThan(Math.max(...lons) + 1.5e-5);
          expect(lat).toBeGreaterThan(Math.min(...lats) - 1e-5);
          expect(lat).toBeLessThan(Math.max(...lats) + 1e-5);
          expect(z).toBeGreaterThan(2);
        }
      }
      // The chosen configuration's monthly production sums to its annual figure.
      expect(Math.abs(sum(b.monthly.production_kwh) - b.chosen.annual_kwh)).toBeLessThan(2);
      expect(sum(b.monthly.consumption_kwh)).toBeCloseTo(b.consumption_kwh, -1);
      expect(b.assumptions.tariffs_valid_from).toBe(tariffs.valid_from);
      // The mean day by local hour: no production at night, the most around solar noon (13-14 h CEST, 12-13 h CET);
      // 365 mean days make the year; the overlap never exceeds either curve.
      const day = b.daily_profile;
      expect(day.production_kwh[1]).toBe(0);
      const peak = day.production_kwh.indexOf(Math.max(...day.production_kwh));
      expect(peak).toBeGreaterThanOrEqual(11);
      expect(peak).toBeLessThanOrEqual(14);
      expect(Math.abs(sum(day.production_kwh) * 365 - b.chosen.annual_kwh) / b.chosen.annual_kwh).toBeLessThan(0.01);
      for (let h = 0; h < 24; h++) {
        expect(day.self_consumed_kwh[h]).toBeLessThanOrEqual(
          Math.min(day.production_kwh[h], day.consumption_kwh[h]) + 1e-3,
        );
      }
    });

    it('money of one configuration recomputed by hand from the tariff file', async () => {
      const res = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?sizing=max&kwp_max=2.6`).expect(200);
      const c = res.body.chosen;
      expect(c.kwp).toBeLessThanOrEqual(2.6);
      // ≤ 3 kWp: the first installation band and the first OA band of the file.
      const install = tariffs.installation_cost.bands.find((b: { max_kwp: number }) => c.kwp <= b.max_kwp);
      const oa = tariffs.oa_surplus.bands.find((b: { max_kwp: number }) => c.kwp <= b.max_kwp);
      // The band's price is quoted with 10 % VAT (≤ 3 kWc); a demo house is a dwelling, so the 5.5 % of
      // article 278-0 bis CGI (≤ 9 kWc, compliant equipment, the default) replaces it: HT × 1.055.
      expect(install.quoted_vat_pct).toBe(10);
      expect(c.capex_eur).toBeCloseTo((c.kwp * install.eur_per_kwp_ttc * 1.055) / 1.1, -1);
      expect(res.body.assumptions.vat).toMatchObject({ rate_pct: 5.5, dwelling: true, compliant_equipment: true });
      // Without compliant equipment, the 10 % of a dwelling over two years old stays (the band's price as quoted).
      const quoted = await request(app)
        .get(`/api/v1/buildings/${computed[0]}/pv?sizing=max&kwp_max=2.6&reduced_vat=false`)
        .expect(200);
      expect(quoted.body.chosen.capex_eur).toBeCloseTo(quoted.body.chosen.kwp * install.eur_per_kwp_ttc, -1);
      expect(quoted.body.assumptions.vat.rate_pct).toBe(10);
      expect(c.premium_eur).toBeCloseTo(c.kwp * oa.premium_eur_per_kwp, -1);
      expect(c.net_cost_eur).toBeCloseTo(c.capex_eur - c.premium_eur, -1);
      expect(c.savings_eur_yr).toBeCloseTo(c.self_consumed_kwh * tariffs.retail.price_eur_kwh_ttc.value, -1);
      expect(c.export_revenue_eur_yr).toBeCloseTo(c.exported_kwh * oa.export_tariff_eur_kwh, -1);
      expect(c.co2_avoided_kg_yr).toBeCloseTo(c.annual_kwh * tariffs.co2.grid_factor_kg_kwh.value, -1);
    });

    it('a 2-occupant gas house: the case named with its reasons, and the three sizes side by side', async () => {
      const res = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?heating=gas&occupants=2`).expect(200);
      const b = res.body;
      expect(b.max_panels).toBeGreaterThan(1);
      // Surplus bought at 0.04 €/kWh and a small system's cost per kWc: no size has a positive 25-year NPV here.
      expect(b.configurations.every((c: { npv_eur: number }) => c.npv_eur <= 0)).toBe(true);
      expect(b.verdict.case).toBe('none_profitable');
      expect(b.verdict.reasons).toContain('surplus_price_low');
      const f = b.verdict.figures;
      expect(f.export_tariff_eur_kwh).toBe(tariffs.oa_surplus.bands[0].export_tariff_eur_kwh);
      expect(f.retail_price_eur_kwh).toBe(tariffs.retail.price_eur_kwh_ttc.value);
      expect(f.cost_eur_kwh).toBeGreaterThan(f.export_tariff_eur_kwh);
      // The break-even share solves s·retail + (1 − s)·export = cost per kWh.
      const share = (f.cost_eur_kwh - f.export_tariff_eur_kwh) / (f.retail_price_eur_kwh - f.export_tariff_eur_kwh);
      expect(f.break_even_self_consumption_pct).toBeCloseTo(share * 100, 0);
      // The three options: the best NPV (the default choice), the smallest covering the use, the full roof.
      const { best_value, cover_consumption, fill_roof } = b.options;
      expect(best_value).toEqual(b.chosen);
      const bestNpv = Math.max(...b.configurations.map((c: { npv_eur: number }) => c.npv_eur));
      expect(best_value.npv_eur).toBe(bestNpv);
      const covering = b.configurations.find((c: { annual_kwh: number }) => c.annual_kwh >= b.consumption_kwh);
      expect(cover_consumption).toEqual(covering ?? b.configurations.at(-1));
      expect(fill_roof).toEqual(b.configurations.at(-1));
    });

    it('plug-in kits: 1 and 2 modules at the best spot, what is used and what flows out unpaid; kit of 50 → 400', async () => {
      const res = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?heating=gas&occupants=2`).expect(200);
      const kits = res.body.plug_in_kits;
      const model = JSON.parse(
        readFileSync(new URL('../../fixtures/homeowner/homeowner.json', import.meta.url), 'utf8'),
      ).plug_in_kits.model;
      expect(kits.map((k: { modules: number }) => k.modules)).toEqual([1, 2]);
      for (const k of kits) {
        const spec = model.kits.find((m: { modules: number }) => m.modules === k.modules);
        expect(k.price_eur).toBe(spec.price_eur_ttc.value);
        expect(['wall', 'garden', 'flat_roof']).toContain(k.spot);
        expect(Math.abs(k.self_consumed_kwh + k.unused_kwh - k.annual_kwh)).toBeLessThanOrEqual(1);
        // Never more than the micro-inverter's rating every hour of the year.
        expect(k.annual_kwh).toBeLessThanOrEqual((spec.ac_w.value * 8760) / 1000);
        expect(k.savings_eur_yr).toBeCloseTo(k.self_consumed_kwh * tariffs.retail.price_eur_kwh_ttc.value, -1);
        // Savings grow 2 %/yr and fade 0.5 %/yr: the payback is a little under price / first-year savings.
        expect(k.payback_years).toBeLessThanOrEqual(k.price_eur / k.savings_eur_yr + 0.1);
        expect(k.payback_years).toBeGreaterThan((k.price_eur / k.savings_eur_yr) * 0.85);
      }
      // The second module is used less: the household's daytime load is already partly covered by the first.
      expect(kits[1].self_consumption_pct).toBeLessThan(kits[0].self_consumption_pct);
      const one = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?kit_modules=1`).expect(200);
      expect(one.body.plug_in_kits.map((k: { modules: number }) => k.modules)).toEqual([1]);
      const bad = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?kit_modules=50`).expect(400);
      expect(JSON.stringify(bad.body)).toContain('kit_modules');
    });

    it('a home battery beside the chosen system: without and with, as the hourly balance says; 1,000 kWh → 400', async () => {
      const path = `/api/v1/buildings/${computed[0]}/pv?heating=electric&occupants=4&sizing=max&kwp_max=3`;
      // An option the homeowner chooses: none unless asked for.
      expect((await request(app).get(path).expect(200)).body.battery).toBeNull();
      const data = JSON.parse(readFileSync(new URL('../../fixtures/storage/batteries.json', import.meta.url), 'utf8'));
      const size = data.defaults.usable_kwh.value;
      const res = await request(app).get(`${path}&battery_kwh=${size}`).expect(200);
      const { chosen, battery } = res.body;
      expect(battery.usable_kwh).toBe(size);
      expect(battery.power_kw).toBe(data.defaults.power_kw.value);
      // Without the battery: the chosen system's own first-year figures.
      expect(Math.abs(battery.without.self_consumed_kwh - chosen.self_consumed_kwh)).toBeLessThanOrEqual(1);
      expect(Math.abs(battery.without.exported_kwh - chosen.exported_kwh)).toBeLessThanOrEqual(1);
      // With it: the surplus stored is used later, less is bought, less is sold; the round trip loses some.
      expect(battery.with.self_consumed_kwh).toBeGreaterThan(battery.without.self_consumed_kwh);
      expect(battery.with.imported_kwh).toBeLessThan(battery.without.imported_kwh);
      const stored = battery.without.exported_kwh - battery.with.exported_kwh;
      const used = battery.with.self_consumed_kwh - battery.without.self_consumed_kwh;
      expect(used).toBeLessThanOrEqual(stored * battery.round_trip_efficiency + 1);
      expect(battery.capex_eur).toBeCloseTo(battery.usable_kwh * data.cost.eur_per_kwh_usable_ttc.value, -1);
      const bigger = await request(app).get(`${path}&battery_kwh=10`).expect(200);
      expect(bigger.body.battery.with.self_consumed_kwh).toBeGreaterThanOrEqual(battery.with.self_consumed_kwh);
      expect((await request(app).get(`${path}&battery_kwh=0`).expect(200)).body.battery).toBeNull();
      const bad = await request(app).get(`${path}&battery_kwh=1000`).expect(400);
      expect(JSON.stringify(bad.body)).toContain('battery_kwh');
    });

    it('a solar water heater on the sunniest face: sized for the household, f-chart by month; collector 0 m² → 400', async () => {
      const path = `/api/v1/buildings/${computed[0]}/pv?heating=electric&occupants=4`;
      const w = (await request(app).get(path).expect(200)).body.solar_water_heater;
      const cesi = JSON.parse(readFileSync(new URL('../../fixtures/solarwater/cesi.json', import.meta.url), 'utf8'));
      // The need: 4 × 56 L/day at 40 °C from the 3CL cold water of H1a, 1.163 Wh/(L·K), month by month.
      const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      const tefs = cesi.cold_water_c.by_zone.h1a as number[];
      const need = days.reduce((s, d, m) => s + (1.163 * 4 * 56 * (40 - tefs[m]!) * d) / 1000, 0);
      expect(w.hot_water_need_kwh).toBeCloseTo(need, -1);
      expect(w.heater).toBe('electric');
      // Solar heat within the need, summer months nearly covered, winter months little (northern France).
      expect(w.solar_kwh).toBeLessThanOrEqual(w.hot_water_need_kwh);
      expect(w.solar_fraction_pct).toBeCloseTo((w.solar_kwh / w.hot_water_need_kwh) * 100, 0);
      expect(Math.max(...w.monthly_solar_fraction_pct)).toBeGreaterThan(Math.min(...w.monthly_solar_fraction_pct) + 30);
      // An electric water heater: every solar kWh is a kWh not bought.
      expect(w.final_energy_saved_kwh).toBeCloseTo(w.solar_kwh, -1);
      expect(w.net_cost_eur).toBe(w.installed_cost_eur - w.aids_eur);
      // A bigger field gives more solar heat; 0 m² is refused, naming the field.
      const bigger = (
        await request(app)
          .get(`${path}&collector_m2=${w.collector_m2 + 2}`)
          .expect(200)
      ).body;
      expect(bigger.solar_water_heater.solar_kwh).toBeGreaterThan(w.solar_kwh);
      const bad = await request(app).get(`${path}&collector_m2=0`).expect(400);
      expect(JSON.stringify(bad.body)).toContain('collector_m2');
    });

    it('the PV of the renovation answer (only its count evaluated) is the chosen system of sizing max within 3 kWc', async () => {
      const { buildingPv, buildingPvWithin } = await import('../../api/src/services/pv/buildingPv.js');
      for (const id of computed.slice(0, 4)) {
        for (const heating of ['gas', 'electric'] as const) {
          const full = await buildingPv(t.db, id, { heating, occupants: 3, sizing: 'max', kwp_max: 3 });
          const within = await buildingPvWithin(t.db, id, { heating, occupants: 3, kwp_max: 3 });
          expect(within).toEqual(
            full.chosen ? { kwp: full.chosen.kwp, self_consumed_kwh: full.chosen.self_consumed_kwh } : null,
          );
        }
      }
    });

    it('estimate workers: the answer of a worker is the one computed on the event loop; a worker killed mid-request loses no request', async () => {
      const pool = await import('../../api/src/services/pv/estimatePool.js');
      const paths = computed.slice(0, 6).map((id) => `/api/v1/buildings/${id}/pv?heating=gas&occupants=3`);
      const inWorkers = await Promise.all(paths.map((p) => request(app).get(p).expect(200)));
      expect(pool.estimateWorkersState().workers).toBeGreaterThanOrEqual(1);
      pool.setEstimateWorkers(0);
      try {
        const inline = await Promise.all(paths.map((p) => request(app).get(p).expect(200)));
        expect(inline.map((r) => r.body)).toEqual(inWorkers.map((r) => r.body));
      } finally {
        pool.setEstimateWorkers(config.estimateWorkers);
      }
      // Six requests in flight, then their worker dies as a crash would: each request goes to a new worker.
      const inFlight = paths.map((p) =>
        request(app)
          .get(p)
          .then((r) => r),
      );
      const waitUntil = Date.now() + 20_000;
      while (pool.estimateWorkersState().jobs === 0 && Date.now() < waitUntil)
        await new Promise((r) => setTimeout(r, 1));
      expect(pool.estimateWorkersState().jobs).toBeGreaterThan(0);
      expect(await pool.killEstimateWorkerForTest()).toBe(true);
      const answers = await Promise.all(inFlight);
      expect(answers.map((r) => r.status)).toEqual(paths.map(() => 200));
      expect(answers.map((r) => r.body)).toEqual(inWorkers.map((r) => r.body));
    });

    it('sizing honours kWp, budget and consumption', async () => {
      const all = (await request(app).get(`/api/v1/buildings/${computed[0]}/pv?sizing=max`).expect(200)).body;
      expect(all.chosen.panels).toBe(all.max_panels);
      const capped = (await request(app).get(`/api/v1/buildings/${computed[0]}/pv?sizing=max&kwp_max=1.5`).expect(200))
        .body;
      expect(capped.chosen.kwp).toBeLessThanOrEqual(1.5);
      const budget = all.configurations[1].capex_eur + 1;
      const cheap = (
        await request(app).get(`/api/v1/buildings/${computed[0]}/pv?sizing=max&budget_eur=${budget}`).expect(200)
      ).body;
      expect(cheap.chosen.capex_eur).toBeLessThanOrEqual(budget);
      const fit = (
        await request(app)
          .get(`/api/v1/buildings/${computed[0]}/pv?sizing=consumption&consumption_kwh=1500`)
          .expect(200)
      ).body;
      expect(fit.consumption_estimated).toBe(false);
      const smaller = fit.configurations.find((c: { panels: number }) => c.panels === fit.chosen.panels - 1);
      if (fit.chosen.annual_kwh >= 1500 && smaller) expect(smaller.annual_kwh).toBeLessThan(1500);
      const electric = (
        await request(app).get(`/api/v1/buildings/${computed[0]}/pv?heating=electric&occupants=4`).expect(200)
      ).body;
      expect(electric.consumption_kwh).toBeGreaterThan(all.consumption_kwh);
      // Winter-heavy consumption with electric heating.
      expect(electric.monthly.consumption_kwh[0]).toBeGreaterThan(2 * electric.monthly.consumption_kwh[6]);
    });

    it.each([
      ['budget NaN', 'budget_eur=NaN', 'budget_eur'],
      ['negative kWp', 'kwp_max=-1', 'kwp_max'],
      ['unknown heating', 'heating=coal', 'heating'],
      ['no occupants', 'occupants=0', 'occupants'],
      ['unknown sizing', 'sizing=biggest', 'sizing'],
      ['unknown parameter', 'colour=blue', 'colour'],
    ])('%s → 400 naming the field', async (_label, qs, field) => {
      const res = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?${qs}`).expect(400);
      expect(res.body.error.message).toContain(field);
    });

    it('unknown module → 400, budget below one panel → 422, unknown building → 404, not computed → 409', async () => {
      const m = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?module=acme-1`).expect(400);
      expect(m.body.error.message.startsWith('module:')).toBe(true);
      const b = await request(app).get(`/api/v1/buildings/${computed[0]}/pv?budget_eur=10`).expect(422);
      expect(b.body.error.code).toBe('budget_too_small');
      expect(b.body.error.message.startsWith('budget_eur:')).toBe(true);
      await request(app).get('/api/v1/buildings/999999999/pv').expect(404);
      const n = await request(app).get(`/api/v1/buildings/${notComputed}/pv`).expect(409);
      expect(n.body.error.code).toBe('not_computed');
    });
  });
});
