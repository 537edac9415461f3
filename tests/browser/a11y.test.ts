/**
 * Accessibility in headless Chromium against the real server and the demo database: axe-core (Deque's rules for
 * WCAG 2.x A/AA and best practices) audits the app's main states — the start page, a building's panel, « Friches »,
 * « Bailleur » signed out — in French and in English, and fails on any violation of impact serious or critical
 * (printed with its rule, help text and elements). Keyboard: Tab reaches the top-bar controls with a visible focus
 * outline, and Escape closes the panel the focus is in and gives the focus back to what opened it.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, findByAddress, firstWithAddress, launchChromium } from './browserHelpers.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The impacts that fail the audit; 'moderate' and 'minor' are printed only. */
const FAILING = ['serious', 'critical'];
/** A few blocks of the Cité des Provinces (Lens) computed first, so the building panel holds a whole estimate. */
const BBOX: [number, number, number, number] = [2.7895, 50.437, 2.7935, 50.44];

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe.run on the whole document: every violation, with the elements it names. */
async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

function failing(state: string, findings: Finding[]): Finding[] {
  for (const f of findings)
    console.log(`[axe] ${state}: ${f.impact} ${f.id} — ${f.help} — ${f.targets.slice(0, 5).join(' | ')}`);
  return findings.filter((f) => f.impact !== null && FAILING.includes(f.impact));
}

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('accessibility in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let house: { id: number; address: string };

  const pressed = async (testId: string) => (await page.getByTestId(testId).getAttribute('aria-pressed')) === 'true';
  const setLang = async (lang: 'fr' | 'en') => {
    if ((await page.getAttribute('html', 'lang')) !== lang) await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
  };
  /** Every panel closed: the start page. */
  const closeAll = async () => {
    for (const toggle of ['fm-toggle', 'll-toggle']) if (await pressed(toggle)) await page.getByTestId(toggle).click();
    if (await page.getByTestId('building-panel').isVisible()) await page.getByTestId('panel-close').click();
    await expect.poll(() => page.locator('aside.panel:visible').count()).toBe(0);
  };
  const openWorkspace = async (toggle: string, panel: string) => {
    await closeAll();
    await page.getByTestId(toggle).click();
    await expect.poll(() => page.getByTestId(panel).isVisible()).toBe(true);
  };

  const STATES: Record<string, () => Promise<void>> = {
    'start page': closeAll,
    'building panel': async () => {
      await closeAll();
      await findByAddress(page, house.id, house.address);
      // The whole of « Mon toit » audited: case, sizes, VAT, battery, kits, solar water heater, advice.
      await expect.poll(() => page.evaluate(() => window.__cadastre!.pvStatus), { timeout: 30_000 }).toBe('ready');
      await expect.poll(() => page.getByTestId('pv-water').count()).toBe(1);
    },
    'Friches panel': async () => {
      await openWorkspace('fm-toggle', 'farm-panel');
      await expect
        .poll(() => page.locator('[data-testid=fm-sites] button').count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
    },
    'Bailleur panel (signed out)': () => openWorkspace('ll-toggle', 'landlord-panel'),
  };

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer();
    await computeCadastre(server.db, { bbox: BBOX, workers: 2 });
    // As openApp, but axe's script tag needs the page's Content-Security-Policy (script-src 'self') bypassed.
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__cadastre?.ready === true, null, { timeout: 90_000 });
    house = (await firstWithAddress(server.url, await page.evaluate(() => window.__cadastre!.heatmapBuildingIds())))!;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['fr', 'en'] as const)
    for (const [state, reach] of Object.entries(STATES))
      it(`has no serious or critical axe violation: ${state}, ${lang}`, async () => {
        await setLang(lang);
        await reach();
        expect(failing(`${state} (${lang})`, await audit(page))).toEqual([]);
      });

  it('reaches the top-bar controls with Tab, each with a visible focus outline', async () => {
    await setLang('fr');
    await closeAll();
    // Sequential navigation from the page's title, ahead of every control.
    await page.evaluate(() => {
      const title = document.querySelector<HTMLElement>('h1')!;
      title.tabIndex = -1;
      title.focus();
      title.removeAttribute('tabindex');
    });
    const reached = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { testId: el.dataset.testid ?? el.tagName, outline: style.outlineStyle, width: style.outlineWidth };
      });
      if (!focused) continue;
      reached.add(focused.testId);
      expect(focused.outline, focused.testId).not.toBe('none');
      expect(parseFloat(focused.width), focused.testId).toBeGreaterThanOrEqual(2);
    }
    console.log(`[tab] ${[...reached].join(' → ')}`);
    for (const testId of ['fm-toggle', 'll-toggle', 'search-input', 'lang-toggle', 'heatmap-toggle', 'sun-date'])
      expect(reached).toContain(testId);
  });

  it('closes « Friches » with Escape and gives the focus back to its toggle', async () => {
    await page.getByTestId('fm-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('farm-panel').isVisible()).toBe(true);
    await page.getByTestId('fm-close').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('farm-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('fm-toggle');
    expect(pageErrors).toEqual([]);
  });
});
