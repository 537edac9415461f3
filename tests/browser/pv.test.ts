/**
 * "Mon toit", the homeowner's journey end to end: a small bbox of the demo around the Cité des Provinces (Lens) is
 * computed by the real cadastre before the page loads; in headless Chromium the homeowner finds a house by its
 * address, reads the estimate (figures, chart), sees the panels drawn on the roof, moves the power slider, changes
 * the household's answers, prints the summary; a house outside the computed bbox says the cadastre is still being
 * computed. Expected figures come from the API's own answer (GET /pv with the query the page sends), formatted as a
 * French reader expects.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { formatNumber } from '../../client/src/ui/i18n.js';
import type { BuildingPvResponse } from '../../contracts/index.js';
import { startTestServer } from '../helpers/testServer.js';
import {
  CHROMIUM,
  ensureClientBuilt,
  findByAddress as findHouse,
  getJson as getServerJson,
  openApp,
} from './browserHelpers.js';

/** ≈ 0.004° × 0.003° inside the Cité des Provinces (2.7915 E 50.4385 N): some 80 houses, computed in a few s. */
const BBOX: [number, number, number, number] = [2.7895, 50.437, 2.7935, 50.44];
/** The query the page sends before the household has answered (the contract's defaults, sent explicitly). */
const DEFAULT_QUERY = 'heating=gas&occupants=2';

interface Configuration {
  panels: number;
  kwp: number;
  annual_kwh: number;
}
/** The whole answer, as the contract types it. */
type PvFull = BuildingPvResponse;
interface Pv {
  chosen: Configuration | null;
  configurations: Configuration[];
  max_panels: number;
  assumptions: { tariffs_valid_from: string; sources: { title: string }[] };
}

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('Mon toit in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  /** /pv requests the page made. */
  const pvRequests: string[] = [];
  let house: { id: number; address: string; pv: Pv } | null = null;

  const getJson = <T>(path: string) => getServerJson<T>(server.url, path);
  const figure = (field: string) => page.locator(`[data-testid=pv-figures] dd[data-field=${field}]`).textContent();
  const hook = <K extends 'pvPanelCount' | 'pvStatus'>(key: K) => page.evaluate((k) => window.__cadastre![k], key);

  const findByAddress = (id: number, address: string) => findHouse(page, id, address);

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer();
    await computeCadastre(server.db, { bbox: BBOX, workers: 2 });
    const opened = await openApp(server.url);
    browser = opened.browser;
    page = opened.page;
    pageErrors = opened.pageErrors;
    page.on('request', (r) => {
      if (/\/api\/v1\/buildings\/\d+\/pv/.test(r.url())) pvRequests.push(r.url());
    });
    // A computed house with an address and room for at least three sizes of installation.
    for (const id of await page.evaluate(() => window.__cadastre!.heatmapBuildingIds())) {
      const detail = await getJson<{ properties: { address: string | null } }>(`/api/v1/buildings/${id}`);
      if (!detail.body.properties.address) continue;
      const pv = await getJson<Pv>(`/api/v1/buildings/${id}/pv?${DEFAULT_QUERY}`);
      if (pv.status !== 200 || !pv.body.chosen || pv.body.configurations.length < 3) continue;
      house = { id, address: detail.body.properties.address, pv: pv.body };
      break;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a house by address, shows Mon toit with the estimate and draws its panels on the roof', async () => {
    expect(house).not.toBeNull();
    const { id, address, pv } = house!;
    const chosen = pv.chosen!;
    await findByAddress(id, address);
    const section = page.getByTestId('pv-section');
    await expect.poll(() => section.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await section.locator('h3').textContent()).toBe('Mon toit');
    await expect.poll(() => hook('pvStatus'), { timeout: 20_000 }).toBe('ready');
    expect(pvRequests.filter((u) => u.includes(`/buildings/${id}/pv?${DEFAULT_QUERY}`))).toHaveLength(1);

    // The chosen size: as many panels drawn as it has, its power and production shown (fr: "3,2", "2 950").
    expect(await hook('pvPanelCount')).toBe(chosen.panels);
    expect(chosen.panels).toBeGreaterThan(0);
    expect(await figure('kwp')).toBe(formatNumber('fr', chosen.kwp, 2));
    expect(await figure('annual-kwh')).toBe(formatNumber('fr', chosen.annual_kwh));
    expect(await figure('panels')).toBe(formatNumber('fr', chosen.panels));
    const text = await section.textContent();
    for (const label of ['Production (kWh/an)', 'Autoconsommation (%)', 'Autonomie (%)', 'Retour sur investissement'])
      expect(text).toContain(label);
    // The chart: twelve production bars, months in French.
    const chart = section.getByTestId('pv-chart');
    expect(await chart.locator('rect.bar').count()).toBe(12);
    expect(await chart.locator('text.month').first().textContent()).toBe('janv.');
    expect(await chart.textContent()).toContain('kWh');
  });

  it('moves the power slider: other figures and another number of panels, without asking the server', async () => {
    const { pv } = house!;
    const chosen = pv.chosen!;
    const before = pvRequests.length;
    const chosenIndex = pv.configurations.findIndex((c) => c.panels === chosen.panels);
    // The smallest size, unless it is the chosen one: then the largest.
    const index = chosenIndex === 0 ? pv.configurations.length - 1 : 0;
    const target = pv.configurations[index]!;
    expect(target.panels).not.toBe(chosen.panels);
    await page.getByTestId('pv-kwp-slider').fill(String(index));
    await expect.poll(() => figure('kwp'), { timeout: 15_000 }).toBe(formatNumber('fr', target.kwp, 2));
    expect(await figure('annual-kwh')).toBe(formatNumber('fr', target.annual_kwh));
    expect(await figure('kwp')).not.toBe(formatNumber('fr', chosen.kwp, 2));
    expect(await hook('pvPanelCount')).toBe(target.panels);
    expect(await page.getByTestId('pv-kwp-value').textContent()).toBe(`${formatNumber('fr', target.kwp, 2)} kWc`);
    expect(pvRequests.length).toBe(before);
  });

  it('asks again once the household has finished typing, and prints a summary with the tariff date', async () => {
    const { id, address, pv } = house!;
    const before = pvRequests.length;
    await page.getByTestId('pv-consumption').click();
    // Four keystrokes 40 ms apart, within the 250 ms pause: one request, with the whole number.
    await page.keyboard.type('5200', { delay: 40 });
    await expect.poll(() => pvRequests.length, { timeout: 15_000 }).toBe(before + 1);
    expect(pvRequests.at(-1)).toContain('consumption_kwh=5200');
    await expect.poll(() => hook('pvStatus'), { timeout: 15_000 }).toBe('ready');
    const answer = await getJson<Pv>(`/api/v1/buildings/${id}/pv?consumption_kwh=5200&${DEFAULT_QUERY}`);
    expect(answer.status).toBe(200);
    expect(await figure('kwp')).toBe(formatNumber('fr', answer.body.chosen!.kwp, 2));
    expect(await hook('pvPanelCount')).toBe(answer.body.chosen!.panels);

    await page.evaluate(() => {
      document.body.dataset.printed = '0';
      window.print = () => (document.body.dataset.printed = String(Number(document.body.dataset.printed) + 1));
    });
    await page.getByTestId('pv-print-button').click();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBe('1');
    const summary = page.getByTestId('pv-print');
    // The tariff file's date, spelt out in French by the page (e.g. "1 février 2025").
    const tariffDate = new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(pv.assumptions.tariffs_valid_from.slice(0, 10)));
    const printed = (await summary.textContent())!;
    expect(printed).toContain(`Tarifs en vigueur au ${tariffDate}`);
    expect(printed).toContain(address);
    expect(printed).toContain('Ceci est une estimation');
    for (const source of pv.assumptions.sources) expect(printed).toContain(source.title);
    expect(await summary.locator('[data-testid=pv-print-figures] dd[data-field=kwp]').textContent()).toBe(
      formatNumber('fr', answer.body.chosen!.kwp, 2),
    );
    // On paper: the summary alone, no 3D view and no controls.
    expect(await summary.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await summary.isVisible()).toBe(true);
      expect(await summary.getByTestId('pv-chart').isVisible()).toBe(true);
      expect(await page.locator('[data-testid=scene] canvas').isVisible()).toBe(false);
      expect(await page.getByTestId('pv-kwp-slider').isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English on the toggle', async () => {
    const section = page.getByTestId('pv-section');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => section.locator('h3').textContent(), { timeout: 15_000 }).toBe('My roof');
    const text = await section.textContent();
    for (const label of ['Power (kWp)', 'Production (kWh/yr)', 'Self-sufficiency (%)', 'Heating', 'Print / PDF'])
      expect(text).toContain(label);
    expect(await section.getByTestId('pv-chart').locator('text.month').first().textContent()).toBe('Jan');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => section.locator('h3').textContent(), { timeout: 15_000 }).toBe('Mon toit');
  });

  it('the 2-occupant gas house: the case with its reasons and the three sizes, as the API says', async () => {
    const { id } = house!;
    // Back to the household's defaults (2 occupants, gas, consumption estimated).
    await page.getByTestId('pv-consumption').fill('');
    await expect.poll(() => pvRequests.at(-1), { timeout: 15_000 }).toMatch(new RegExp(`/pv\\?${DEFAULT_QUERY}$`));
    await expect.poll(() => hook('pvStatus'), { timeout: 15_000 }).toBe('ready');
    const api = (await getJson<PvFull>(`/api/v1/buildings/${id}/pv?${DEFAULT_QUERY}`)).body;
    const verdict = page.getByTestId('pv-verdict');
    expect(await verdict.getAttribute('data-case')).toBe(api.verdict.case);
    expect(api.verdict.case).toBe('none_profitable');
    expect(await verdict.textContent()).toContain('Aucune taille d’installation n’est rentable');
    expect(await verdict.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-reason')))).toEqual(
      api.verdict.reasons,
    );
    // The purchase tariff named in the reason, in French (0,04).
    expect(await verdict.textContent()).toContain(formatNumber('fr', api.verdict.figures!.export_tariff_eur_kwh, 3));
    const options = page.getByTestId('pv-options');
    for (const key of ['best_value', 'cover_consumption', 'fill_roof'] as const) {
      const c = api.options[key]!;
      expect(await options.locator(`td[data-option=${key}][data-field=pvKwp]`).textContent()).toBe(
        formatNumber('fr', c.kwp, 2),
      );
      expect(await options.locator(`td[data-option=${key}][data-field=npv]`).textContent()).toBe(
        formatNumber('fr', c.npv_eur),
      );
    }
    // « Voir cette taille » under « Remplir le toit » moves the slider there.
    await options.locator('button[data-option=fill_roof]').click();
    await expect.poll(() => figure('kwp'), { timeout: 10_000 }).toBe(formatNumber('fr', api.options.fill_roof!.kwp, 2));
    expect(await hook('pvPanelCount')).toBe(api.options.fill_roof!.panels);
  });

  it('a battery, a plug-in kit and a solar water heater each show the figures the API gives', async () => {
    const { id } = house!;
    // A 10 kWh battery: asked for, and its with/without table is the API's.
    await page.getByTestId('pv-battery-size').selectOption('10');
    await expect.poll(() => pvRequests.at(-1), { timeout: 15_000 }).toContain('battery_kwh=10');
    await expect.poll(() => hook('pvStatus'), { timeout: 15_000 }).toBe('ready');
    const withBattery = (await getJson<PvFull>(`/api/v1/buildings/${id}/pv?${DEFAULT_QUERY}&battery_kwh=10`)).body;
    const battery = page.getByTestId('pv-battery');
    await expect
      .poll(() => battery.locator('td[data-side=with][data-field=self_consumed_kwh]').textContent(), {
        timeout: 10_000,
      })
      .toBe(formatNumber('fr', withBattery.battery!.with.self_consumed_kwh));
    expect(await battery.locator('td[data-side=without][data-field=self_consumed_kwh]').textContent()).toBe(
      formatNumber('fr', withBattery.battery!.without.self_consumed_kwh),
    );
    expect(withBattery.battery!.with.self_consumed_kwh).toBeGreaterThan(withBattery.battery!.without.self_consumed_kwh);
    expect(await battery.textContent()).toContain(formatNumber('fr', withBattery.battery!.capex_eur));
    // The plug-in kits: each kit's production and saving as the API says.
    const kits = page.getByTestId('pv-kits');
    expect(await kits.locator('li').count()).toBe(withBattery.plug_in_kits.length);
    for (const k of withBattery.plug_in_kits) {
      const text = (await kits.locator(`li[data-modules="${k.modules}"]`).textContent())!;
      expect(text).toContain(`${formatNumber('fr', k.annual_kwh)} kWh/an`);
      expect(text).toContain(`économie ${formatNumber('fr', k.savings_eur_yr)} €/an`);
    }
    // A 6 m² solar water heater: asked for, and its solar share is the API's.
    await page.getByTestId('pv-collector').selectOption('6');
    await expect.poll(() => pvRequests.at(-1), { timeout: 15_000 }).toContain('collector_m2=6');
    await expect.poll(() => hook('pvStatus'), { timeout: 15_000 }).toBe('ready');
    const water = (await getJson<PvFull>(`/api/v1/buildings/${id}/pv?${DEFAULT_QUERY}&battery_kwh=10&collector_m2=6`))
      .body.solar_water_heater!;
    await expect
      .poll(() => page.getByTestId('pv-water').locator('[data-field=water-figures]').textContent(), { timeout: 10_000 })
      .toContain(`le soleil couvre ${formatNumber('fr', water.solar_fraction_pct)} %`);
    expect(water.collector_m2).toBe(6);
    // Independent advice, in the panel and on the printed summary; no installer named.
    expect(await page.getByTestId('pv-advice').textContent()).toContain('0 808 800 700');
    expect(await page.getByTestId('pv-print-advice').textContent()).toContain('France Rénov’');
  });

  it('a shared link opens the same house with the same size and answers', async () => {
    const { id } = house!;
    const url = new URL(page.url());
    expect(url.searchParams.get('b')).toBe(String(id));
    expect(url.searchParams.get('battery_kwh')).toBe('10');
    expect(url.searchParams.get('collector_m2')).toBe('6');
    const kwp = url.searchParams.get('kwp');
    expect(kwp).not.toBeNull();
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(url.toString());
      await other.waitForFunction(() => window.__cadastre?.ready === true, null, { timeout: 90_000 });
      await expect.poll(() => other.evaluate(() => window.__cadastre!.pvStatus), { timeout: 30_000 }).toBe('ready');
      await expect
        .poll(() => other.locator('[data-testid=pv-figures] dd[data-field=kwp]').textContent(), { timeout: 10_000 })
        .toBe(formatNumber('fr', Number(kwp), 2));
      expect(await other.getByTestId('pv-battery-size').inputValue()).toBe('10');
    } finally {
      await other.close();
    }
  });

  it('says that a house outside the computed area is still being computed, and clears the panels', async () => {
    const computed = new Set(await page.evaluate(() => window.__cadastre!.heatmapBuildingIds()));
    let other: { id: number; address: string } | null = null;
    for (const id of await page.evaluate(() => window.__cadastre!.buildingIds(400))) {
      if (computed.has(id)) continue;
      const detail = await getJson<{ properties: { address: string | null } }>(`/api/v1/buildings/${id}`);
      if (detail.body.properties.address) {
        other = { id, address: detail.body.properties.address };
        break;
      }
    }
    expect(other).not.toBeNull();
    const api = await getJson<{ error: { code: string } }>(`/api/v1/buildings/${other!.id}/pv`);
    expect(api.status).toBe(409);
    expect(api.body.error.code).toBe('not_computed');
    await findByAddress(other!.id, other!.address);
    await expect
      .poll(() => page.getByTestId('pv-status').textContent(), { timeout: 10_000 })
      .toBe(
        'Le cadastre solaire de ce bâtiment est encore en cours de calcul : l’estimation photovoltaïque sera disponible ensuite.',
      );
    expect(await hook('pvPanelCount')).toBe(0);
    expect(await hook('pvStatus')).toBe('not_computed');
    expect(await page.getByTestId('pv-figures').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
