/**
 * LiDAR in the 3D client: three tree crowns and a measured roof written beside a demo building (tests/helpers/lidar.ts)
 * are drawn as tree instances, the building's panel says its roof was measured by LiDAR, and IGN's attribution shows.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertLidarDemo, type LidarDemo } from '../helpers/lidar.js';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, openApp } from './browserHelpers.js';

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('trees and LiDAR roofs in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let demo: LidarDemo;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer();
    demo = await insertLidarDemo(server.db);
    // A shared link opens the measured building with its panel.
    const opened = await openApp(`${server.url}/?b=${demo.measured}`);
    ({ browser, page, pageErrors } = opened);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws each crown of the area as one tree instance', async () => {
    const drawn = await page.evaluate(() => ({
      count: window.__cadastre!.treeCount,
      ids: window.__cadastre!.treeIds(),
    }));
    expect(drawn).toEqual({ count: demo.treeIds.length, ids: demo.treeIds });
    expect(pageErrors).toEqual([]);
  });

  it("says the roof was measured by LiDAR, with the file's date, its faces and deviation; IGN is credited", async () => {
    const line = page.locator('[data-testid=building-panel] [data-field=roof-source]');
    await expect
      .poll(() => line.textContent(), { timeout: 15_000 })
      .toBe('Toit : mesuré par LiDAR (IGN LiDAR HD, 14 mars 2022, 2 pans, écart moyen 0,05 m)');
    expect(await page.getByTestId('attribution-lidar').isVisible()).toBe(true);
    expect(await page.getByTestId('attribution-lidar').textContent()).toContain(
      'Contient des données IGN – LiDAR HD (Institut national de l’information géographique et forestière), Licence Ouverte Etalab 2.0',
    );
  });

  it('the same line in English', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect
      .poll(() => page.locator('[data-testid=building-panel] [data-field=roof-source]').textContent())
      .toBe('Roof: measured by LiDAR (IGN LiDAR HD, 14 March 2022, 2 faces, mean deviation 0.05 m)');
  });
});
