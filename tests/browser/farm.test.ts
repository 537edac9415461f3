/**
 * « Friches », the planner's journey end to end in headless Chromium against the real server and the demo database:
 * the workspace lists the candidate sites of GET /sites; choosing one and « Évaluer » shows the figures the API gives
 * for the same request and draws its rows in 3D; a denser GCR gives more MWc; a small boundary drawn by clicking on
 * the canvas is evaluated too; a tilt out of the contract shows the API's 400 message. Expected values come from the
 * API's own answers to the same requests (POST /sites/evaluate is deterministic); the client only has to show them.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/db.js';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, openApp } from './browserHelpers.js';

/** An evaluation runs the yield of every row situation over a weather year. */
const SLOW_MS = 180_000;
/** The contract's defaults (engine/farm FarmOptions), which the panel starts with. */
const DEFAULTS = { tilt_deg: 25, azimuth_deg: 180, table: '2P', pitch: { kind: 'gcr', gcr: 0.4 }, setback_m: 10 };
/** Metres per degree of latitude (WGS84 mean, ≈ 111.32 km) — enough to lay out a test square to a few metres. */
const M_PER_DEG_LAT = 111_320;

interface SiteFeature {
  geometry: { type: string; coordinates: unknown };
  properties: { id: number; name: string; area_ha: number };
}
interface Evaluation {
  figures: { mwp: number; mwh_yr: number; specific_yield_kwh_kwp: number; modules: number };
  layout: { features: unknown[] };
  sweep: unknown[] | null;
}

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('Friches in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  let sites: SiteFeature[] = [];
  let site: SiteFeature;
  let firstMwp = 0;

  const hook = <K extends 'farmStatus' | 'farmRowCount' | 'farmSiteCount' | 'farmHttpStatus' | 'farmSketchVertices'>(
    key: K,
  ) => page.evaluate((k) => window.__cadastre![k], key);
  const figure = async (field: string) =>
    Number(await page.locator(`[data-testid=fm-figures] dd[data-field=${field}]`).getAttribute('data-value'));
  const post = async (body: unknown) => {
    const response = await fetch(`${server.url}/api/v1/sites/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const evaluate = async () => {
    await page.getByTestId('fm-evaluate').click();
    await expect.poll(() => hook('farmStatus'), { timeout: SLOW_MS }).not.toBe('loading');
  };

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ engine: engines().includes('postgres') ? 'postgres' : 'pglite' });
    const listed = (await (await fetch(`${server.url}/api/v1/sites`)).json()) as { features: SiteFeature[] };
    sites = listed.features;
    // The smallest site of at least 2 ha: room for several rows, a quick evaluation.
    site = [...sites]
      .filter((s) => s.properties.area_ha >= 2)
      .sort((a, b) => a.properties.area_ha - b.properties.area_ha)[0]!;
    const opened = await openApp(server.url);
    browser = opened.browser;
    page = opened.page;
    pageErrors = opened.pageErrors;
  }, SLOW_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens « Friches » and lists the candidate sites of GET /sites', async () => {
    expect(sites.length).toBeGreaterThan(0);
    expect(site).toBeDefined();
    await page.getByTestId('fm-toggle').click();
    const panel = page.getByTestId('farm-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('h2').textContent()).toBe('Centrales au sol sur friches');
    await expect.poll(() => hook('farmSiteCount'), { timeout: 30_000 }).toBe(sites.length);
    expect(await page.locator('[data-testid=fm-sites] button[data-site]').count()).toBe(sites.length);
  });

  it('evaluates a chosen site: the API’s figures, twelve months and its rows drawn in 3D', async () => {
    const button = page.locator(`[data-testid=fm-sites] button[data-site="${site.properties.id}"]`);
    expect(await button.textContent()).toContain(site.properties.name);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await evaluate();
    expect(await hook('farmStatus')).toBe('ready');
    const expected = await post({ site_id: site.properties.id, options: DEFAULTS, sweep: false });
    expect(expected.status).toBe(200);
    const answer = expected.body as unknown as Evaluation;
    firstMwp = await figure('mwp');
    expect(firstMwp).toBe(answer.figures.mwp);
    expect(await figure('mwh-yr')).toBe(answer.figures.mwh_yr);
    expect(await figure('modules')).toBe(answer.figures.modules);
    expect(answer.figures.modules).toBeGreaterThan(0);
    // One tilted plane per row of the layout.
    expect(await hook('farmRowCount')).toBe(answer.layout.features.length);
    expect(await hook('farmRowCount')).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=fm-monthly-chart] rect.bar').count()).toBe(12);
    expect(await page.getByTestId('fm-rows-drawn').textContent()).toContain('rangées dessinées en 3D');
  });

  it('gives more MWc with a denser GCR, and shows the tilt × GCR sweep', async () => {
    await page.getByTestId('fm-gcr').fill('0.6');
    await page.getByTestId('fm-sweep').check();
    await evaluate();
    expect(await hook('farmStatus')).toBe('ready');
    const denser = await figure('mwp');
    // The same site at GCR 0.6 instead of 0.4 holds more rows: more peak power.
    expect(denser).toBeGreaterThan(firstMwp);
    const expected = (await post({
      site_id: site.properties.id,
      options: { ...DEFAULTS, pitch: { kind: 'gcr', gcr: 0.6 } },
      sweep: true,
    })) as { body: unknown };
    const answer = expected.body as Evaluation;
    expect(denser).toBe(answer.figures.mwp);
    const tilts = new Set((answer.sweep ?? []).map((p) => (p as { tilt_deg: number }).tilt_deg));
    expect(tilts.size).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=fm-sweep-chart] polyline.fm-sweep-line').count()).toBe(tilts.size);
    expect(await page.locator('[data-testid=fm-sweep-chart] circle.fm-sweep-point').count()).toBe(answer.sweep!.length);
  });

  it('evaluates a boundary drawn by clicking on the canvas', async () => {
    // A 160 m × 120 m square around the site's first vertex mean, seen from straight above.
    const ring = (
      site.geometry.type === 'Polygon'
        ? (site.geometry.coordinates as number[][][])[0]!
        : (site.geometry.coordinates as number[][][][])[0]![0]!
    ) as [number, number][];
    const lon = ring.reduce((s, p) => s + p[0], 0) / ring.length;
    const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const dLat = 60 / M_PER_DEG_LAT;
    const dLon = 80 / (M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
    const square: [number, number][] = [
      [lon - dLon, lat - dLat],
      [lon + dLon, lat - dLat],
      [lon + dLon, lat + dLat],
      [lon - dLon, lat + dLat],
    ];
    await page.getByTestId('fm-sweep').uncheck();
    await page.evaluate(([x, y]) => window.__cadastre!.lookAt(x, y, 500, 89, 0), [lon, lat] as const);
    await page.getByTestId('fm-draw-site').click();
    for (const [x, y] of square) {
      const at = await page.evaluate(([a, b]) => window.__cadastre!.projectLonLat(a, b), [x, y] as const);
      expect(at?.visible).toBe(true);
      await page.mouse.click(at!.x, at!.y);
    }
    expect(await hook('farmSketchVertices')).toBe(4);
    await page.getByTestId('fm-finish').click();
    const drawn = await page.evaluate(() => window.__cadastre!.farmPolygon());
    expect(drawn).toHaveLength(4);
    // A click lands on a whole CSS pixel: at 500 m from above, a pixel is ≈ 0.5 m on the ground; 3 m is ample.
    drawn!.forEach(([x, y], k) => {
      expect(Math.abs(x - square[k]![0]) * M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180)).toBeLessThan(3);
      expect(Math.abs(y - square[k]![1]) * M_PER_DEG_LAT).toBeLessThan(3);
    });
    expect(await page.locator(`[data-testid=fm-sites] button[aria-pressed=true]`).count()).toBe(0);
    await evaluate();
    expect(await hook('farmStatus')).toBe('ready');
    expect(await figure('mwp')).toBeGreaterThan(0);
    expect(await hook('farmRowCount')).toBeGreaterThan(0);
  });

  it('shows the API’s 400 message for a tilt out of (0, 60]', async () => {
    await page.getByTestId('fm-tilt').fill('75');
    await evaluate();
    expect(await hook('farmStatus')).toBe('error');
    expect(await hook('farmHttpStatus')).toBe(400);
    const expected = await post({ site_id: site.properties.id, options: { ...DEFAULTS, tilt_deg: 75 } });
    expect(expected.status).toBe(400);
    const message = (expected.body.error as { message: string }).message;
    expect(await page.getByTestId('fm-status').textContent()).toContain(message);
    await page.getByTestId('fm-tilt').fill('25');
  });

  it('speaks English on the toggle, with no page error', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect
      .poll(() => page.locator('[data-testid=farm-panel] h2').textContent())
      .toBe('Ground-mounted farms on brownfields');
    await page.getByTestId('lang-toggle').click();
    expect(pageErrors).toEqual([]);
  });
});
