/**
 * The 3D client end to end: the real API (startTestServer, demo database) serving client/dist, driven by headless
 * Chromium with software WebGL (SwiftShader). See docs/client.md for the flags.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, findClickableBuilding, openApp } from './browserHelpers.js';
import { canvasShot, imageStats } from './pixels.js';

// Outside CI a machine without Chromium skips this file; CI installs Chromium, so there it always runs.
describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('3D client in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let extentBuildings = 0;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer();
    const extent = (await (await fetch(`${server.url}/api/v1/extent`)).json()) as { buildings: number };
    extentBuildings = extent.buildings;
    const opened = await openApp(server.url);
    browser = opened.browser;
    page = opened.page;
    pageErrors = opened.pageErrors;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads every building of the extent and the slag heaps, in French, with the demo notice', async () => {
    expect(extentBuildings).toBeGreaterThan(0);
    const counts = await page.evaluate(() => ({
      buildings: window.__cadastre!.buildingCount,
      heaps: window.__cadastre!.obstacleCount,
    }));
    expect(counts.buildings).toBe(extentBuildings);
    expect(counts.heaps).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.textContent('[data-testid=load-status]')).toContain('bâtiments');
    expect(await page.textContent('[data-testid=demo-notice]')).toContain(
      'Maisons fictives générées dans les périmètres réels des cités minières',
    );
    expect(await page.textContent('[data-testid=attribution]')).toContain(
      'Mission Bassin Minier Nord-Pas de Calais / data.gouv.fr (Licence Ouverte 2.0)',
    );
    // The demo database has no solar results until the cadastre is computed: no heat-map, and it says so.
    expect(await page.evaluate(() => window.__cadastre!.heatmapFaceCount)).toBe(0);
    expect(await page.getByTestId('heatmap-status').textContent()).toBe(
      'Aucun résultat solaire ici pour l’instant (calcul en cours)',
    );
    expect(pageErrors).toEqual([]);
  });

  it('draws a WebGL picture, not a blank canvas', async () => {
    // Overlays hidden so that only the WebGL canvas is measured.
    const stats = await imageStats(page, await canvasShot(page));
    // A cleared canvas has 1 colour; sky and ground alone give a handful; shaded roofs and walls give hundreds.
    expect(stats.distinct).toBeGreaterThan(60);
    expect(stats.dominantShare).toBeLessThan(0.97);
  });

  it('opens the panel of a clicked building with its commune', async () => {
    const ids = await page.evaluate(() => window.__cadastre!.buildingIds(500));
    const target = await findClickableBuilding(page, ids, 25);
    expect(target).not.toBeNull();
    const detail = (await (await fetch(`${server.url}/api/v1/buildings/${target!.id}`)).json()) as {
      properties: { commune: string; address_synthetic: boolean };
    };
    await page.mouse.click(target!.x, target!.y);
    const panel = page.getByTestId('building-panel');
    await expect.poll(() => panel.locator('dd[data-field=commune]').textContent()).toBe(detail.properties.commune);
    const text = await panel.textContent();
    expect(text).toContain('Commune');
    expect(text).toContain('Hauteur (m)');
    if (detail.properties.address_synthetic) expect(text).toContain('Adresse (fictive)');
    expect(await panel.getByTestId('solar-pending').textContent()).toContain('Calcul en cours');
  });

  it('switches to English and back', async () => {
    await page.getByTestId('lang-toggle').click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const panel = page.getByTestId('building-panel');
    await expect.poll(() => panel.textContent()).toContain('Municipality');
    expect(await panel.textContent()).toContain('Year built');
    expect(await page.textContent('[data-testid=demo-notice]')).toContain(
      'Fictitious houses generated within the real perimeters of the mining estates',
    );
    expect(await page.textContent('label[for=search-input]')).toBe('Address or estate');
    expect(await page.getByTestId('lang-toggle').textContent()).toBe('FR');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => panel.textContent()).toContain('Commune');
  });

  it('closes the panel from the keyboard', async () => {
    await page.getByTestId('panel-close').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('building-panel').isHidden()).toBe(true);
  });

  it('finds an address, flies there and opens its panel', async () => {
    const id = (await page.evaluate(() => window.__cadastre!.buildingIds(1)))[0]!;
    const detail = (await (await fetch(`${server.url}/api/v1/buildings/${id}`)).json()) as {
      properties: { address: string | null; name: string | null };
    };
    const query = detail.properties.address ?? detail.properties.name ?? '';
    expect(query.length).toBeGreaterThan(2);
    await page.getByTestId('search-input').fill(query);
    const results = page.getByTestId('search-results').locator('button');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const firstId = Number(await results.first().getAttribute('data-id'));
    await results.first().click();
    const panel = page.getByTestId('building-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const chosen = (await (await fetch(`${server.url}/api/v1/buildings/${firstId}`)).json()) as {
      properties: { commune: string };
    };
    await expect.poll(() => panel.locator('dd[data-field=commune]').textContent()).toBe(chosen.properties.commune);
    expect(await page.getByTestId('search-results').isHidden()).toBe(true);
  });

  it('shows the panel as a bottom sheet on a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await phone.goto(server.url);
      await phone.waitForFunction(() => window.__cadastre?.ready === true, null, { timeout: 90_000 });
      await phone.getByTestId('search-input').fill((await page.getByTestId('search-input').inputValue()) || 'rue');
      const first = phone.getByTestId('search-results').locator('button').first();
      await first.click();
      const box = await phone.getByTestId('building-panel').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.width).toBeGreaterThan(380);
      expect(box!.y + box!.height).toBeGreaterThan(800);
    } finally {
      await phone.close();
    }
  });
});
