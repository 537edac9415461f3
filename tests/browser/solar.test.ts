/**
 * The solar part of the 3D client end to end: a bbox of the demo around the Cité des Provinces (Lens) is computed
 * by the real cadastre (computeCadastre, 2 workers) before the page loads, then the roof heat-map, the sun controls
 * and the building panel are checked in headless Chromium (software WebGL, see docs/client.md).
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { solarPosition } from '../../engine/sun/solarPosition.js';
import { ROOFS_LIMIT_MAX, type RoofListResponse } from '../../contracts/index.js';
import { splitBbox } from '../../client/src/data/tiles.js';
import { formatNumber } from '../../client/src/ui/i18n.js';
import { parisToUtc } from '../../client/src/ui/parisTime.js';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, findClickableBuilding, openApp } from './browserHelpers.js';
import { canvasShot, imageStats, pixelDifference } from './pixels.js';

/** ≈ 0.01° × 0.006° around the Cité des Provinces, 2.7915 E 50.4385 N: 560 buildings, 1,700 faces. */
const BBOX: [number, number, number, number] = [2.7865, 50.4355, 2.7965, 50.4415];
/** The cité from the south-south-east, close enough for 1 m cells to show. */
const POSE = { lon: 2.7915, lat: 50.4385, distance_m: 300, elevation_deg: 45, azimuth_deg: 160 };

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('solar cadastre in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let computed = { buildings: 0, seconds: 0 };
  let pageErrors: string[] = [];

  const lookAtCite = () =>
    page.evaluate((p) => window.__cadastre!.lookAt(p.lon, p.lat, p.distance_m, p.elevation_deg, p.azimuth_deg), POSE);

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer();
    const summary = await computeCadastre(server.db, { bbox: BBOX, workers: 2 });
    computed = { buildings: summary.buildings_computed, seconds: summary.seconds };
    const opened = await openApp(server.url);
    browser = opened.browser;
    page = opened.page;
    pageErrors = opened.pageErrors;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the roof heat-map of every computed face, in the colours of the ramp', async () => {
    expect(computed.buildings).toBeGreaterThan(100);
    const m = 0.002;
    // The box in four quarters, each under the /roofs limit of buildings (560 are computed): every face once.
    const faces = new Set<string>();
    for (const quarter of splitBbox([BBOX[0] - m, BBOX[1] - m, BBOX[2] + m, BBOX[3] + m])) {
      const roofs = (await (
        await fetch(`${server.url}/api/v1/roofs?bbox=${quarter.join(',')}&limit=${ROOFS_LIMIT_MAX}`)
      ).json()) as RoofListResponse;
      expect(roofs.numberReturned).toBe(roofs.numberMatched);
      for (const f of roofs.features) faces.add(`${f.properties.building_id}/${f.properties.face_index}`);
    }
    expect(faces.size).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__cadastre!.heatmapFaceCount)).toBe(faces.size);
    expect(await page.getByTestId('heatmap-status').textContent()).toBe(
      `${formatNumber('fr', faces.size)} pans de toit calculés`,
    );
    expect(await page.getByTestId('heatmap-legend').textContent()).toContain('Irradiation annuelle (kWh/m²/an)');

    await page.evaluate(() => window.__cadastre!.setSunTime('2025-06-21T12:00:00Z'));
    await lookAtCite();
    const on = await imageStats(page, await canvasShot(page));
    await page.getByTestId('heatmap-toggle').click();
    expect(await page.getByTestId('heatmap-toggle').getAttribute('aria-pressed')).toBe('false');
    await lookAtCite();
    const off = await imageStats(page, await canvasShot(page));
    await page.getByTestId('heatmap-toggle').click();
    // The two ends of the ramp, dark blue-purple (north faces) and lemon yellow (south faces), which no typology
    // colour comes near: present with the heat-map, absent without it.
    expect(on.lemon).toBeGreaterThan(0.01);
    expect(on.navy).toBeGreaterThan(0.0005);
    expect(off.lemon).toBeLessThan(on.lemon / 20);
    expect(off.navy).toBeLessThan(on.navy / 20);
  });

  it('moves the sun with the hour slider: the light and shadows change, the position is solarPosition', async () => {
    await page.evaluate(() => window.__cadastre!.setSunTime('2025-06-21T07:00:00Z'));
    await lookAtCite();
    const morning = await canvasShot(page);
    expect(await page.getByTestId('sun-date').inputValue()).toBe('2025-06-21');
    expect(await page.getByTestId('sun-clock').textContent()).toBe('09:00');

    await page.getByTestId('hour-slider').fill(String(16 * 60));
    await expect.poll(() => page.getByTestId('sun-clock').textContent()).toBe('16:00');
    const sun = await page.evaluate(() => window.__cadastre!.sun);
    expect(sun.time).toBe(new Date(parisToUtc('2025-06-21', 16 * 60)).toISOString());
    expect(sun.time).toBe('2025-06-21T14:00:00.000Z');
    const expected = solarPosition(Date.parse(sun.time), sun.lat, sun.lon);
    expect(sun.azimuth_deg).toBeCloseTo(expected.azimuth_deg, 9);
    expect(sun.elevation_deg).toBeCloseTo(expected.elevation_deg, 9);
    // The view centre it is seen from is the cité (within the 0.01° the camera target allows).
    expect(Math.abs(sun.lon - POSE.lon)).toBeLessThan(0.01);
    expect(Math.abs(sun.lat - POSE.lat)).toBeLessThan(0.01);
    await lookAtCite();
    const afternoon = await canvasShot(page);
    // Light from the east-south-east at 09:00, west-south-west at 16:00: shades and shadows swap sides.
    expect(await pixelDifference(page, morning, afternoon)).toBeGreaterThan(0.05);
    expect(await page.getByTestId('sun-readout').textContent()).toMatch(/^Hauteur \d+°, azimut \d+°$/);

    await page.getByTestId('sun-winter').click();
    expect(await page.getByTestId('sun-date').inputValue()).toBe('2025-12-21');
    expect(await page.getByTestId('sun-clock').textContent()).toBe('16:00');
    await page.getByTestId('hour-slider').fill(String(22 * 60));
    await expect.poll(() => page.getByTestId('sun-readout').textContent()).toBe('Nuit : le soleil est sous l’horizon');
    expect(await page.evaluate(() => window.__cadastre!.sun.elevation_deg)).toBeLessThan(0);
    await lookAtCite();
    const night = await imageStats(page, await canvasShot(page));
    const day = await imageStats(page, afternoon);
    expect(night.meanLuma).toBeLessThan(day.meanLuma / 2);
  });

  it('lists the roof faces of a computed building in its panel, with their irradiation', async () => {
    await page.evaluate(() => window.__cadastre!.setSunTime('2025-06-21T12:00:00Z'));
    const ids = await page.evaluate(() => window.__cadastre!.heatmapBuildingIds());
    const target = await findClickableBuilding(page, ids, 40);
    expect(target).not.toBeNull();
    const detail = (await (await fetch(`${server.url}/api/v1/buildings/${target!.id}`)).json()) as {
      properties: {
        solar: { usable_kwh: number; mean_kwh_m2: number };
        roof_faces: { face_index: number; annual_kwh_m2: number; tilt_deg: number }[];
      };
    };
    expect(detail.properties.solar).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    const panel = page.getByTestId('building-panel');
    const rows = panel.locator('[data-testid=roof-faces] tbody tr');
    await expect.poll(() => rows.count()).toBe(detail.properties.roof_faces.length);
    for (const [k, face] of detail.properties.roof_faces.entries()) {
      expect(await rows.nth(k).locator('[data-field=face-kwh]').textContent()).toBe(
        formatNumber('fr', face.annual_kwh_m2),
      );
    }
    const table = await panel.locator('[data-testid=roof-faces]').textContent();
    for (const header of ['Orientation', 'Pente (°)', 'Surface (m²)', 'kWh/m²/an', 'Pertes d’ombrage (%)'])
      expect(table).toContain(header);
    expect(await panel.locator('dd[data-field=usable-kwh]').textContent()).toBe(
      formatNumber('fr', detail.properties.solar.usable_kwh),
    );
    expect(await panel.locator('dd[data-field=mean-kwh]').textContent()).toBe(
      formatNumber('fr', detail.properties.solar.mean_kwh_m2),
    );

    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => panel.locator('[data-testid=roof-faces]').textContent()).toContain('kWh/m²/yr');
    expect(await panel.textContent()).toContain('Usable solar resource (kWh/yr)');
    expect(await page.getByTestId('heatmap-legend').textContent()).toContain('Annual irradiation (kWh/m²/yr)');
    expect(await page.getByTestId('sun-summer').textContent()).toBe('Summer solstice');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => panel.textContent()).toContain('Gisement solaire utile (kWh/an)');
  });

  it('says that a building outside the computed area is still being computed', async () => {
    const drawn = new Set(await page.evaluate(() => window.__cadastre!.heatmapBuildingIds()));
    const ids = (await page.evaluate(() => window.__cadastre!.buildingIds(3000))).filter((id) => !drawn.has(id));
    let clicked = false;
    for (const id of ids.filter((_, i) => i % 50 === 0)) {
      await page.evaluate((i) => window.__cadastre!.focusBuilding(i), id);
      const at = await page.evaluate((i) => window.__cadastre!.projectBuilding(i), id);
      if (!at?.visible) continue;
      const hit = await page.evaluate(([x, y]) => window.__cadastre!.pickAt(x, y), [at.x, at.y] as const);
      if (hit?.kind !== 'building' || hit.id !== id) continue;
      await page.mouse.click(at.x, at.y);
      clicked = true;
      break;
    }
    expect(clicked).toBe(true);
    await expect
      .poll(() => page.getByTestId('solar-pending').textContent())
      .toBe('Calcul en cours : les résultats solaires de ce bâtiment ne sont pas encore disponibles.');
    expect(pageErrors).toEqual([]);
  });
});
