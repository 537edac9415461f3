/**
 * The phone layout in headless Chromium (390 × 844, touch), against the real server and the demo database: the
 * panels share one bottom sheet — a building's panel alone once found by address, « Friches » in front of it, the
 * tabs to switch, collapse and bring the legend — no two panels overlapping, the top of the 3D view always in sight.
 * A screenshot of each state goes to a temporary folder (printed), to be looked at, not committed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, findByAddress, firstWithAddress, launchChromium } from './browserHelpers.js';

const VIEWPORT = { width: 390, height: 844 };
/** Everything that can show over the 3D view. */
const PANELS = ['building-panel', 'farm-panel', 'landlord-panel', 'sun-controls', 'heatmap-legend', 'legend'];
const CHROME = ['load-status', 'sheet-bar', 'attribution'];
/** The share of the 3D view's height a sheet leaves in sight at its top (the issue asks for about 40 %). */
const MIN_VIEW_SHARE = 0.4;

interface Box {
  testId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('phone layout in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let house: { id: number; address: string };
  const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'solar-cadastre-phone-'));

  const visible = async (testIds: string[]): Promise<Box[]> => {
    const boxes: Box[] = [];
    for (const testId of testIds) {
      const element = page.getByTestId(testId);
      if (!(await element.isVisible())) continue;
      const box = await element.boundingBox();
      if (box && box.width > 0 && box.height > 0) boxes.push({ testId, ...box });
    }
    return boxes;
  };
  const shownPanels = async () => (await visible(PANELS)).map((b) => b.testId);
  /** Pairs of visible panels (and bars) whose boxes overlap by more than a pixel. */
  const overlaps = async () => {
    const boxes = await visible([...PANELS, ...CHROME]);
    const pairs: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        // The attribution is inside the notices; the legend sheet is two sections one above the other.
        if (w > 1 && h > 1) pairs.push(`${a.testId} × ${b.testId}`);
      }
    return pairs;
  };
  /** The share of the canvas's height above the highest panel shown. */
  const viewShare = async () => {
    const canvas = (await page.locator('[data-testid=scene] canvas').boundingBox())!;
    const tops = (await visible(PANELS)).map((b) => b.y);
    const top = Math.min(canvas.y + canvas.height, ...tops);
    return (top - canvas.y) / canvas.height;
  };
  const shot = async (name: string) => {
    // The view draws on demand: once no frame is drawn for half a second, the camera's flight is over.
    let last = -1;
    await expect
      .poll(
        async () => {
          const frames = await page.evaluate(() => window.__cadastre!.framesDrawn);
          const still = frames === last;
          last = frames;
          return still;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(true);
    const file = path.join(shots, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`[phone] screenshot ${file}`);
  };

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT, isMobile: true, hasTouch: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__cadastre?.ready === true, null, { timeout: 90_000 });
    house = (await firstWithAddress(server.url, await page.evaluate(() => window.__cadastre!.buildingIds(50))))!;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens on the 3D view with the sheet collapsed and its tabs', async () => {
    expect(await shownPanels()).toEqual([]);
    expect(await page.getByTestId('sheet-bar').isVisible()).toBe(true);
    expect(await page.getByTestId('sheet-tab-sun').isVisible()).toBe(true);
    expect(await page.getByTestId('sheet-tab-legend').isVisible()).toBe(true);
    expect(await page.getByTestId('sheet-tab-building').isHidden()).toBe(true);
    expect(await viewShare()).toBeGreaterThan(0.8);
    expect(await overlaps()).toEqual([]);
    await shot('start');
  });

  it('shows a building found by address as the only panel, the top of the view in sight', async () => {
    await findByAddress(page, house.id, house.address);
    await expect.poll(() => page.getByTestId('pv-status').getAttribute('data-state')).not.toBe('loading');
    expect(await shownPanels()).toEqual(['building-panel']);
    expect(await page.getByTestId('sheet-tab-building').getAttribute('aria-pressed')).toBe('true');
    expect(await overlaps()).toEqual([]);
    expect(await viewShare()).toBeGreaterThanOrEqual(MIN_VIEW_SHARE);
    await shot('building');
  });

  it('brings « Friches » in front of the building panel, and back with its tab', async () => {
    await page.getByTestId('fm-toggle').tap();
    await expect.poll(() => shownPanels()).toEqual(['farm-panel']);
    expect(await overlaps()).toEqual([]);
    expect(await viewShare()).toBeGreaterThanOrEqual(MIN_VIEW_SHARE);
    await shot('friches');
    await page.getByTestId('sheet-tab-building').tap();
    await expect.poll(() => shownPanels()).toEqual(['building-panel']);
    // « Friches » stays open behind its tab.
    expect(await page.getByTestId('sheet-tab-farm').isVisible()).toBe(true);
  });

  it('collapses the sheet, shows the legend alone, and collapses it with Escape', async () => {
    await page.getByTestId('sheet-collapse').tap();
    await expect.poll(() => shownPanels()).toEqual([]);
    expect(await viewShare()).toBeGreaterThan(0.8);
    await shot('collapsed');
    await page.getByTestId('sheet-tab-legend').tap();
    await expect.poll(() => shownPanels()).toEqual(['heatmap-legend', 'legend']);
    expect(await overlaps()).toEqual([]);
    await page.getByTestId('heatmap-toggle').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => shownPanels()).toEqual([]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'sheet-tab-legend',
    );
  });

  it('closes a panel with its ×: its tab goes, the sheet collapses', async () => {
    await page.getByTestId('sheet-tab-farm').tap();
    await expect.poll(() => shownPanels()).toEqual(['farm-panel']);
    await page.getByTestId('fm-close').tap();
    await expect.poll(() => shownPanels()).toEqual([]);
    expect(await page.getByTestId('sheet-tab-farm').isHidden()).toBe(true);
    expect(await page.getByTestId('sheet-tab-building').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
