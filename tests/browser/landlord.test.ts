/**
 * « Bailleur », the social landlord's journey end to end in headless Chromium against the real server and the demo
 * database: a token is issued for Maisons et Cités before the page opens (`issueToken`, as `npx cadastre token issue`
 * does); a wrong token is refused with the 401 message; the right one signs in; a portfolio of the organisation's
 * smallest cité of the demo is created and its houses are painted in their DPE class colour; a plan is run and its
 * charts and tables show; the CSV export downloads through the API with the token; signing out clears everything.
 * Expected counts come from the API's own stored answers (GET /portfolios/{id}, GET /plans/{id}); the DPE colours and
 * the rental-ban dates are written here from their sources.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../api/src/services/landlord/tokens.js';
import { engines } from '../helpers/db.js';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, openApp } from './browserHelpers.js';

/** Official DPE label colours (arrêté du 31 mars 2021 modifiant l'arrêté du 15 septembre 2006, annexe 5). */
const DPE_COLOURS: Record<string, string> = {
  A: '#009036',
  B: '#53AF31',
  C: '#C6D300',
  D: '#FCEA0D',
  E: '#FBBA00',
  F: '#EB6A0A',
  G: '#E30613',
};
/** Loi Climat et Résilience n° 2021-1104, art. 160: G may not be let from 2025, F from 2028, E from 2034. */
const DEADLINES = ['2025-01-01', '2028-01-01', '2034-01-01'];
/** The plan asked for: 10 years from 2027 at 300,000 €/yr (a few houses of a small cité a year). */
const PLAN = { budget: '300000', years: 10, start: 2027 };
/** Estimating a cité runs the heat balance of every house and package. */
const SLOW_MS = 180_000;

interface StoredPlan {
  plan: {
    assignments: unknown[];
    years: { year: number }[];
    deadlines: { date: string; non_compliant: { house_id: number }[] }[];
  };
  comparison: unknown[] | null;
}

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('Bailleur in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  let token = '';
  let cite = '';
  let portfolioId = 0;

  const hook = <
    K extends 'landlordAuth' | 'landlordEstimateStatus' | 'landlordPlanStatus' | 'highlightedBuildingCount',
  >(
    key: K,
  ) => page.evaluate((k) => window.__cadastre![k], key);
  const authed = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const kept = () => page.evaluate(() => sessionStorage.getItem('solar-cadastre.landlord-token'));

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ engine: engines().includes('postgres') ? 'postgres' : 'pglite' });
    token = (await issueToken(server.db, 'maisons-et-cites', 'browser test')).token;
    // The smallest cité of Maisons et Cités in the demo with at least 10 houses: a plan with several years of works.
    cite = (
      await server.db.query<{ cite_name: string }>(
        `SELECT b.cite_name FROM buildings b JOIN organisations o ON o.id = b.owner_org
         WHERE o.slug = 'maisons-et-cites' AND b.cite_name IS NOT NULL
         GROUP BY 1 HAVING count(*) >= 10 ORDER BY count(*), 1 LIMIT 1`,
      )
    ).rows[0]!.cite_name;
    const opened = await openApp(server.url);
    browser = opened.browser;
    page = opened.page;
    pageErrors = opened.pageErrors;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the workspace and refuses a wrong token with the 401 message, keeping nothing', async () => {
    await page.getByTestId('ll-toggle').click();
    const panel = page.getByTestId('landlord-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('h2').textContent()).toBe('Espace bailleur');
    await page.getByTestId('ll-token').fill('sc_not-a-real-token');
    await page.getByTestId('ll-sign-in').click();
    await expect.poll(() => hook('landlordAuth'), { timeout: 15_000 }).toBe('unauthorized');
    expect(await page.getByTestId('ll-unauthorized').textContent()).toContain('Jeton refusé');
    expect(await kept()).toBeNull();
    expect(await page.getByTestId('ll-org-name').count()).toBe(0);
  });

  it('signs in with the organisation’s token, kept for the tab and never in the URL', async () => {
    await page.getByTestId('ll-token').fill(token);
    await page.getByTestId('ll-sign-in').click();
    await expect.poll(() => hook('landlordAuth'), { timeout: 15_000 }).toBe('signed_in');
    expect(await page.getByTestId('ll-org-name').textContent()).toBe('Maisons et Cités');
    expect(await page.getByTestId('ll-unauthorized').count()).toBe(0);
    expect(await kept()).toBe(token);
    expect(page.url()).not.toContain(token);
    // The field is emptied once the token is sent.
    expect(await page.getByTestId('ll-token').inputValue()).toBe('');
  });

  it('creates a portfolio of a cité and paints its houses in their DPE class colour', async () => {
    await page.getByTestId('ll-portfolio-name').fill(`Portefeuille ${cite}`);
    await page.getByTestId('ll-selection-kind').selectOption('cite');
    await page.getByTestId('ll-selection-value').fill(cite);
    await page.getByTestId('ll-create').click();
    await expect.poll(() => hook('landlordEstimateStatus'), { timeout: SLOW_MS }).toBe('ready');
    const item = page.locator('[data-testid=ll-portfolios] button[aria-pressed=true]');
    expect(await item.count()).toBe(1);
    portfolioId = Number(await item.getAttribute('data-portfolio'));
    const stored = await authed<{ building_ids: number[]; buildings: number }>(`/api/v1/portfolios/${portfolioId}`);
    expect(stored.buildings).toBeGreaterThanOrEqual(10);
    expect(await item.textContent()).toContain(`${stored.buildings} logements`);
    // Every house of the portfolio is loaded (the whole demo is) and drawn in its class's colour.
    expect(await hook('highlightedBuildingCount')).toBe(stored.buildings);
    const houses = await page.evaluate(() => window.__cadastre!.portfolioHouses());
    expect(houses.map((h) => h.id).sort((a, b) => a - b)).toEqual([...stored.building_ids].sort((a, b) => a - b));
    for (const house of houses)
      expect(await page.evaluate((id) => window.__cadastre!.buildingColour(id), house.id)).toBe(
        DPE_COLOURS[house.letter],
      );
    expect(await page.getByTestId('ll-highlighted').textContent()).toBe(
      `${stored.buildings} logements colorés par classe DPE dans la vue 3D`,
    );
  });

  it('runs a plan and shows the class chart, the spend chart, the deadlines and the strategies compared', async () => {
    await page.getByTestId('ll-budget').fill(PLAN.budget);
    await page.getByTestId('ll-years').fill(String(PLAN.years));
    await page.getByTestId('ll-start-year').fill(String(PLAN.start));
    expect(await page.getByTestId('ll-compare').isChecked()).toBe(true);
    // One house of the portfolio has a real DPE (G, valid 2024–2034): the plan starts it from that label.
    const first = (await authed<{ building_ids: number[] }>(`/api/v1/portfolios/${portfolioId}`)).building_ids[0]!;
    const number = '2462E0000001B';
    await server.db.query(
      `INSERT INTO dpe_records (number, dataset, issue_date, valid_until, energy_class, primary_kwh_m2, ghg_kg_m2,
         energy_class_2026, primary_kwh_m2_2026, uses, energies, content_hash, building_id, match_method,
         match_confidence)
       VALUES ($1, 'ademe-xml', '2024-03-01', '2034-02-28', 'G', 480, 90, 'G', 480, '{}', '[]', 'browser test', $2,
         'ban_inside', 0.9)`,
      [number, first],
    );
    await page.getByTestId('ll-run').click();
    await expect.poll(() => hook('landlordPlanStatus'), { timeout: SLOW_MS }).toBe('ready');
    const results = page.getByTestId('ll-results');
    const planId = Number(await results.getAttribute('data-plan-id'));
    const stored = await authed<StoredPlan & { labels: { real: number; estimated: number; houses: unknown[] } }>(
      `/api/v1/plans/${planId}`,
    );
    expect(stored.labels.houses).toEqual([{ house_id: first, letter: 'G', dpe_number: number, origin: 'ademe' }]);
    expect(await page.locator('[data-testid=ll-plan-summary] [data-field=labels]').textContent()).toBe(
      `Classes de départ — DPE officiel en cours de validité : 1 ; notre estimation : ${stored.labels.estimated}.`,
    );
    // Wherever that house is not lettable at a deadline, its line names the DPE; the others say « estimation ».
    for (const deadline of stored.plan.deadlines)
      for (const nc of deadline.non_compliant)
        expect(
          await page
            .locator(
              `[data-testid=ll-deadlines] tr[data-date="${deadline.date}"] li[data-house="${nc.house_id}"] [data-field=label]`,
            )
            .textContent(),
        ).toBe(nc.house_id === first ? ` (DPE officiel n°${number})` : ' (estimation)');
    // A G is banned from 2025, before the plan starts: that deadline counts it among the houses on a real DPE.
    expect(
      await page.locator('[data-testid=ll-deadlines] tr[data-date="2025-01-01"] [data-field=on-dpe]').textContent(),
    ).toBe('dont 1 sur DPE officiel');
    expect(stored.plan.years.map((y) => y.year)).toEqual(Array.from({ length: PLAN.years }, (_, k) => PLAN.start + k));
    // One stacked column at the start and one after each year; one spend bar a year and the budget line.
    const classChart = page.getByTestId('ll-class-chart');
    const columns = await classChart
      .locator('rect.ll-class')
      .evaluateAll((rects) => new Set(rects.map((r) => r.getAttribute('data-column'))).size);
    expect(columns).toBe(PLAN.years + 1);
    expect(await page.locator('[data-testid=ll-spend-chart] rect.ll-spend').count()).toBe(PLAN.years);
    expect(await page.locator('[data-testid=ll-spend-chart] polyline.ll-budget').count()).toBe(1);
    // The three deadlines of the calendar, each with the count of houses the stored plan lists.
    const rows = page.locator('[data-testid=ll-deadlines] tr[data-date]');
    expect(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-date')))).toEqual(DEADLINES);
    for (const deadline of stored.plan.deadlines) {
      const row = page.locator(`[data-testid=ll-deadlines] tr[data-date="${deadline.date}"]`);
      expect(await row.locator('td[data-field=non-compliant]').textContent()).toBe(
        String(deadline.non_compliant.length),
      );
    }
    expect(await rows.nth(1).locator('th').textContent()).toContain('Non conformes au 1er janvier 2028');
    // Four strategies side by side.
    expect(stored.comparison).toHaveLength(4);
    expect(await page.locator('[data-testid=ll-comparison] tbody tr').count()).toBe(4);
    expect(await page.getByTestId('ll-comparison').textContent()).toContain('Gain de classe le moins cher');
  });

  it('downloads the plan as CSV through the API: UTF-8 BOM, « ; » separators', async () => {
    expect(await page.getByTestId('ll-decimal-comma').isChecked()).toBe(true);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/export')) requests.push(r.url());
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ll-export-csv').click()]);
    const bytes = fs.readFileSync((await download.path())!);
    // EF BB BF: the BOM that makes Excel read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]!.split(';')).toContain('building_id');
    expect(lines.length).toBeGreaterThan(1);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('decimal=comma');
    expect(requests[0]).not.toContain(token);
  });

  it('speaks English on the toggle, then signs out and clears the colours and the token', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('[data-testid=landlord-panel] h2').textContent()).toBe('Landlord workspace');
    expect(await page.getByTestId('ll-results').textContent()).toContain('Strategies compared');
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('ll-sign-out').click();
    await expect.poll(() => hook('landlordAuth')).toBe('signed_out');
    expect(await hook('highlightedBuildingCount')).toBe(0);
    expect(await kept()).toBeNull();
    expect(await page.getByTestId('ll-sign-in-form').isVisible()).toBe(true);
    expect(await page.getByTestId('ll-results').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
