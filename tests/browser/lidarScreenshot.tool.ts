/**
 * Writes docs/lidar-screenshot.png (1280×800): the real IGN LiDAR HD tiles of south-west Montpellier
 * (fixtures/lidar/montpellier) — footprints outlined from the building class, roofs measured, trees found, the
 * cadastre computed — in the 3D view on a June morning, one measured building selected: `npm run screenshot:lidar`.
 * Not part of `npm test` (vitest.config.ts includes it only with UPDATE_SCREENSHOT=1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../../api/src/services/demo.js';
import { importFeatures } from '../../api/src/services/import/importFeatures.js';
import { openSource } from '../../api/src/services/import/openSource.js';
import { importLidar } from '../../api/src/services/lidar/importLidar.js';
import { lidarFootprints } from '../../api/src/services/lidar/lidarFootprints.js';
import { importWeather } from '../../api/src/services/weather/importWeather.js';
import { readTextFile } from '../../api/src/util/readText.js';
import { startTestServer } from '../helpers/testServer.js';
import { clickBuildingNear, ensureClientBuilt, launchChromium } from './browserHelpers.js';

const OUT = path.resolve(import.meta.dirname, '../../docs/lidar-screenshot.png');
const DIR = path.resolve('fixtures/lidar/montpellier');
/** The six tiles, the complete LAS 1.2 copy of 77050_627755 in place of its cropped copy (SOURCE.md). */
const TILES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.laz') && f !== 'test_data_77050_627755_LA93_IGN69.laz')
  .map((f) => path.join(DIR, f));
/** The tiles' centre (x 770575, y 6277550 in Lambert-93) from the south-east, a June morning. */
const POSE = { lon: 3.8718, lat: 43.5934, distance_m: 170, elevation_deg: 38, azimuth_deg: 150 };
const SUN_TIME = '2025-06-21T07:30:00Z';

it('writes docs/lidar-screenshot.png', async () => {
  await ensureClientBuilt();
  const server = await startTestServer({ template: 'empty' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lidar-shot-'));
  try {
    await importWeather(server.db, readTextFile(DEFAULT_WEATHER_FILE), {
      name: DEFAULT_WEATHER_NAME,
      makeDefault: true,
    });
    const footprints = path.join(work, 'footprints.geojson');
    fs.writeFileSync(footprints, JSON.stringify(await lidarFootprints(server.db, TILES)));
    await importFeatures(server.db, await openSource(footprints, 'geojson'), { fileName: 'footprints.geojson' });
    await importLidar(server.db, TILES);
    await computeCadastre(server.db, { workers: 2 });
    const measured = (
      await server.db.query<{ lon: number; lat: number }>(
        `SELECT ST_X(b.centroid) AS lon, ST_Y(b.centroid) AS lat FROM buildings b
         JOIN lidar_roofs r ON r.building_id = b.id AND r.status = 'faces' ORDER BY b.footprint_area_m2 DESC LIMIT 1`,
      )
    ).rows[0]!;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.waitForFunction(() => window.__cadastre?.ready === true, null, { timeout: 90_000 });
      await page.evaluate((t) => window.__cadastre!.setSunTime(t), SUN_TIME);
      await page.evaluate(
        (p) => window.__cadastre!.lookAt(p.lon, p.lat, p.distance_m, p.elevation_deg, p.azimuth_deg),
        { ...POSE, lon: measured.lon, lat: measured.lat },
      );
      await expect
        .poll(() => page.evaluate(() => window.__cadastre!.treeCount), { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(await clickBuildingNear(page)).toBe(true);
      await expect
        .poll(() => page.locator('[data-testid=building-panel] [data-field=roof-source]').textContent())
        .toMatch(/LiDAR/);
      await page.screenshot({ path: OUT });
      expect(fs.statSync(OUT).size).toBeLessThan(700_000);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
