/** What the browser tests share: the Chromium binary and flags, the client build, the page's test hook. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildClientIfNeeded } from '../../api/src/services/clientBuild.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, no network side-traffic; software WebGL through ANGLE + SwiftShader, opted into explicitly (docs/client.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Builds the client when client/dist is missing or older than its sources (the same check as `npm start`). */
export async function ensureClientBuilt(): Promise<void> {
  await buildClientIfNeeded();
}

// The page's `window.__cadastre` type comes with the client's declaration.
export type { CadastreTestHook } from '../../client/src/testHook.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Chromium on the app at url, with page errors collected, once the 3D view says it is ready. */
export async function openApp(url: string): Promise<{ browser: Browser; page: Page; pageErrors: string[] }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__cadastre?.ready === true, null, { timeout: 90_000 });
  return { browser, page, pageErrors };
}

/**
 * The first of `ids` (every `step`-th) that, once the camera focuses on it, is visible and picked at its own
 * projected screen position: a building a test can click. Null when none is.
 */
export async function findClickableBuilding(
  page: Page,
  ids: number[],
  step: number,
): Promise<{ id: number; x: number; y: number } | null> {
  for (const id of ids.filter((_, i) => i % step === 0)) {
    await page.evaluate((i) => window.__cadastre!.focusBuilding(i), id);
    const at = await page.evaluate((i) => window.__cadastre!.projectBuilding(i), id);
    if (!at?.visible) continue;
    const hit = await page.evaluate(([x, y]) => window.__cadastre!.pickAt(x, y), [at.x, at.y] as const);
    if (hit?.kind === 'building' && hit.id === id) return { id, x: at.x, y: at.y };
  }
  return null;
}

/**
 * Clicks the first building found spiralling out from a screen point (left of the panel by default), for the
 * screenshot tools that frame a view rather than a building. False when none lies within 200 px.
 */
export async function clickBuildingNear(page: Page, cx = 620, cy = 420): Promise<boolean> {
  for (let r = 0; r < 200; r += 8) {
    for (let a = 0; a < 360; a += 30) {
      const x = cx + r * Math.cos((a * Math.PI) / 180);
      const y = cy + r * Math.sin((a * Math.PI) / 180);
      const hit = await page.evaluate(([px, py]) => window.__cadastre!.pickAt(px, py), [x, y] as const);
      if (hit?.kind !== 'building') continue;
      await page.mouse.click(x, y);
      return true;
    }
  }
  return false;
}

/** A JSON answer of the test server, with its status. */
export async function getJson<T>(baseUrl: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

/** The first of `ids` whose building has an address (asked of the server), or null. */
export async function firstWithAddress(
  baseUrl: string,
  ids: number[],
): Promise<{ id: number; address: string } | null> {
  for (const id of ids) {
    const detail = await getJson<{ properties: { address: string | null } }>(baseUrl, `/api/v1/buildings/${id}`);
    if (detail.body.properties.address) return { id, address: detail.body.properties.address };
  }
  return null;
}

/** Types an address in the search box, chooses the result of that building and waits for its panel. */
export async function findByAddress(page: Page, id: number, address: string): Promise<void> {
  await page.getByTestId('search-input').fill(address);
  const result = page.locator(`[data-testid=search-results] button[data-id="${id}"]`);
  await expect.poll(() => result.count(), { timeout: 10_000 }).toBe(1);
  await result.click();
  await expect.poll(() => page.getByTestId('building-panel').isVisible(), { timeout: 15_000 }).toBe(true);
}
