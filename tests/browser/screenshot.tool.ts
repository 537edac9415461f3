/**
 * Regenerates docs/screenshot.png (1280×800) from the demo database, with the solar cadastre computed around the
 * Cité des Provinces first: `npm run screenshot`. Not part of `npm test` (vitest.config.ts includes this file only
 * with UPDATE_SCREENSHOT=1), so the suite never rewrites a committed file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { startTestServer } from '../helpers/testServer.js';
import { clickBuildingNear, ensureClientBuilt, launchChromium } from './browserHelpers.js';

const OUT = path.resolve(import.meta.dirname, '../../docs/screenshot.png');
/** Cité des Provinces (Lens) from the south-south-east, a June morning: the heat-map, shadows cast westwards. */
const POSE = { lon: 2.7915, lat: 50.4385, distance_m: 230, elevation_deg: 30, azimuth_deg: 165 };
const SUN_TIME = '2025-06-21T07:30:00Z';
/** The area computed first (≈ 2,000 buildings), wider than the view. */
const BBOX: [number, number, number, number] = [2.7815, 50.4325, 2.8015, 50.4445];

it('writes docs/screenshot.png', async () => {
  await ensureClientBuilt();
  const server = await startTestServer();
  await computeCadastre(server.db, { bbox: BBOX, workers: 2 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__cadastre?.ready === true, null, { timeout: 90_000 });
    await page.evaluate((t) => window.__cadastre!.setSunTime(t), SUN_TIME);
    await page.evaluate(
      (p) => window.__cadastre!.lookAt(p.lon, p.lat, p.distance_m, p.elevation_deg, p.azimuth_deg),
      POSE,
    );
    expect(await clickBuildingNear(page)).toBe(true);
    await expect
      .poll(() => page.locator('[data-testid=building-panel] dd[data-field=commune]').textContent())
      .not.toBe('—');
    expect(await page.evaluate(() => window.__cadastre!.heatmapFaceCount)).toBeGreaterThan(0);
    await page.screenshot({ path: OUT });
    expect(fs.statSync(OUT).size).toBeLessThan(500_000);
  } finally {
    await browser.close();
    await server.close();
  }
});
