/**
 * « Rénovation », the household's journey end to end: a small bbox of the demo around the Cité des Provinces (Lens)
 * is computed by the real cadastre before the page loads (so the class « avec les panneaux de Mon toit » can show);
 * in headless Chromium the household finds a house by its address, reads today's DPE class on the label, picks
 * another package of works and sees the "after" arrow move with the figures, then says the house belongs to a social
 * landlord and sees the aid fall to 0 € with the reason; then finds a Maisons & Cités house, answered for its social
 * landlord, and reads the « 3e ligne de quittance » (the contribution the landlord may add to the rent, at most half
 * the tenant's bill saved for 15 years, and the tenant's net saving). Expected figures come from the API's own answers (GET
 * /renovation with the query the page sends), formatted as a French reader expects; the rental sentences are
 * written here from the loi Climat et Résilience calendar (G banned from 2025-01-01, F 2028, E 2034).
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { formatNumber } from '../../client/src/ui/i18n.js';
import { startTestServer } from '../helpers/testServer.js';
import { CHROMIUM, ensureClientBuilt, findByAddress, getJson as getServerJson, openApp } from './browserHelpers.js';

/** ≈ 0.004° × 0.003° inside the Cité des Provinces (2.7915 E 50.4385 N), as tests/browser/pv.test.ts. */
const BBOX: [number, number, number, number] = [2.7895, 50.437, 2.7935, 50.44];
/** The query the page sends before any answer: the contract's defaults, the owner left to the server. */
const DEFAULT_QUERY = 'income_band=modeste&household_size=2';
/** Houses asked about while looking for one to test (each answer runs the heat balance of every package). */
const MAX_CANDIDATES = 15;

interface State {
  letter: string;
  ep_kwh_m2: number;
  ghg_kg_m2: number;
  rental: { allowed: boolean; banned_from: string | null };
}
interface Package {
  id: string;
  label_fr: string;
  after: State;
  aid_eur: number;
  aid_rule: string;
  net_cost_eur: number;
  savings_eur_yr: number;
  tenant: {
    applies: boolean;
    bill_saved_eur_month: number;
    max_contribution_eur_month: number;
    max_years: number;
    net_saving_eur_month: number;
  };
}
interface Renovation {
  notice: string;
  owner: string;
  current: State;
  packages: Package[];
  with_pv: { current: State } | null;
  date: string;
  official: { number: string; letter: string; rental: State['rental'] } | null;
}

/** « Location interdite depuis le 1er janvier 2025 » and the like, written from the calendar's sentence. */
function rentalSentence(rental: State['rental']): string {
  if (rental.banned_from === null) return 'Location autorisée';
  const [y, m, d] = rental.banned_from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const month = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ][m - 1];
  const date = `${d === 1 ? '1er' : d} ${month} ${y}`;
  return rental.allowed ? `Location interdite à partir du ${date}` : `Location interdite depuis le ${date}`;
}

describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('Rénovation in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  /** /renovation requests the page made. */
  const requests: string[] = [];
  let house: { id: number; address: string; answer: Renovation } | null = null;

  const getJson = <T>(path: string) => getServerJson<T>(server.url, path);
  const figure = (field: string) => page.locator(`[data-testid=reno-figures] dd[data-field=${field}]`).textContent();
  const letter = (testId: string) => page.getByTestId(testId).getAttribute('data-letter');
  const status = () => page.evaluate(() => window.__cadastre!.renovationStatus);

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer();
    await computeCadastre(server.db, { bbox: BBOX, workers: 2 });
    const opened = await openApp(server.url);
    browser = opened.browser;
    page = opened.page;
    pageErrors = opened.pageErrors;
    page.on('request', (r) => {
      if (/\/api\/v1\/buildings\/\d+\/renovation/.test(r.url())) requests.push(r.url());
    });
    // A house with an address and two packages reaching different classes; one the server answers for as a private
    // owner when there is one (so that switching to a social landlord changes the aid).
    let fallback: typeof house = null;
    const ids = await page.evaluate(() => window.__cadastre!.heatmapBuildingIds());
    let asked = 0;
    for (const id of ids) {
      if (asked >= MAX_CANDIDATES) break;
      const detail = await getJson<{ properties: { address: string | null } }>(`/api/v1/buildings/${id}`);
      if (!detail.body.properties.address) continue;
      asked++;
      const answer = await getJson<Renovation>(`/api/v1/buildings/${id}/renovation?${DEFAULT_QUERY}`);
      if (answer.status !== 200) continue;
      const letters = new Set(answer.body.packages.map((p) => p.after.letter));
      if (letters.size < 2) continue;
      const candidate = { id, address: detail.body.properties.address, answer: answer.body };
      if (answer.body.owner !== 'social_landlord' && answer.body.packages.some((p) => p.aid_eur > 0)) {
        house = candidate;
        break;
      }
      fallback ??= candidate;
    }
    house ??= fallback;
    // A real DPE matched to the house (as `cadastre dpe import` would store it): « DPE officiel » shows it.
    if (house) {
      await server.db.query(
        `INSERT INTO dpe_records (number, dataset, issue_date, valid_until, energy_class, ghg_class, primary_kwh_m2,
           ghg_kg_m2, energy_class_2026, primary_kwh_m2_2026, uses, energies, content_hash, building_id, match_method,
           match_confidence)
         VALUES ('2562E0000042K', 'ademe-xml', '2024-03-01', '2034-02-28', 'F', 'D', 352, 40, 'E', 320, '{}', '[]',
           'test', $1, 'ban_inside', 0.9)`,
        [house.id],
      );
      // The answer as the page will get it, with its official label.
      house.answer = (await getJson<Renovation>(`/api/v1/buildings/${house.id}/renovation?${DEFAULT_QUERY}`)).body;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a house by address and shows today’s class, the first package and the notice', async () => {
    expect(house).not.toBeNull();
    const { id, address, answer } = house!;
    await findByAddress(page, id, address);
    const section = page.getByTestId('reno-section');
    await expect.poll(() => section.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await section.locator('h3').textContent()).toBe('Rénovation');
    await expect.poll(status, { timeout: 60_000 }).toBe('ready');
    expect(requests.filter((u) => u.endsWith(`/buildings/${id}/renovation?${DEFAULT_QUERY}`))).toHaveLength(1);

    // The notice, never hidden: the French half of the API's statement.
    const notice = page.getByTestId('reno-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('DPE officiel');
    // Today's class on the label, with its primary energy and emissions (fr: "385", "62,4").
    expect(await letter('dpe-current')).toBe(answer.current.letter);
    expect(await page.getByTestId('dpe-current').textContent()).toContain(answer.current.letter);
    const intensity = (field: string) => page.locator(`[data-testid=reno-intensities] td[data-field=${field}]`);
    expect(await intensity('ep-current').textContent()).toBe(formatNumber('fr', answer.current.ep_kwh_m2));
    expect(await intensity('ghg-current').textContent()).toBe(formatNumber('fr', answer.current.ghg_kg_m2, 1));
    // The first package (the API's best) is chosen: its class after, aid and net cost.
    const first = answer.packages[0]!;
    expect(await page.getByTestId(`reno-package-${first.id}`).isChecked()).toBe(true);
    expect(await letter('dpe-after')).toBe(first.after.letter);
    expect(await figure('net-cost')).toBe(formatNumber('fr', first.net_cost_eur));
    expect(await page.locator('[data-field=aid-rule]').textContent()).toBe(first.aid_rule);
    // One radio per package; the rental status today and after; eight bars (4 uses × before, after).
    expect(await page.locator('[data-testid=reno-packages] input[type=radio]').count()).toBe(answer.packages.length);
    expect(await page.locator('[data-field=rental-current]').textContent()).toBe(rentalSentence(answer.current.rental));
    expect(await page.locator('[data-field=rental-after]').textContent()).toBe(rentalSentence(first.after.rental));
    const chart = page.getByTestId('reno-energy-chart');
    expect(await chart.locator('rect.bar').count()).toBe(8);
    for (const use of ['Chauffage', 'Eau chaude', 'Éclairage', 'Auxiliaires'])
      expect(await chart.textContent()).toContain(use);
    // With the panels of « Mon toit » when the API has them (the roof is in the computed bbox).
    const withPv = page.getByTestId('reno-with-pv');
    expect(await withPv.count()).toBe(answer.with_pv ? 1 : 0);
    if (answer.with_pv) {
      expect(await withPv.textContent()).toContain('Avec les panneaux de Mon toit');
      expect(await withPv.locator('[data-field=pv-current] .dpe-chip').getAttribute('data-letter')).toBe(
        answer.with_pv.current.letter,
      );
    }
    // « DPE officiel »: the real label beside the estimate, its dates and number, the class under the 2026 factor,
    // which label the rental calendar starts from, and ADEME's attribution.
    const official = page.getByTestId('dpe-official');
    expect(await official.isVisible()).toBe(true);
    expect(await official.locator('h4').textContent()).toBe('DPE officiel');
    const record = official.getByTestId('dpe-official-record');
    expect(await record.getAttribute('data-number')).toBe('2562E0000042K');
    expect(await record.locator('.dpe-badge').textContent()).toBe('F');
    expect(await record.textContent()).toContain('352 kWhEP/m²/an');
    expect(await record.textContent()).toContain('valable jusqu’au 28 février 2034');
    expect(await record.locator('[data-field=class-2026]').textContent()).toContain('classe E');
    expect(await official.locator('[data-field=calendar-basis]').textContent()).toContain('part de lui');
    // The rental calendar's first line is the official label's: F as issued, E from 2026 (the inserted record's
    // class under the 1.9 factor), and E may be let until 1 January 2034.
    const law = answer.date >= '2026-01-01' ? 'E' : 'F';
    expect(answer.official).toMatchObject({ number: '2562E0000042K', letter: law });
    expect(await page.locator('[data-field=rental-official]').textContent()).toBe(
      law === 'E'
        ? 'Location interdite à partir du 1er janvier 2034'
        : 'Location interdite à partir du 1er janvier 2028',
    );
    expect(await page.locator('[data-testid=reno-rental] dt').first().textContent()).toBe(
      `Aujourd’hui, DPE officiel (classe ${law})`,
    );
    expect(await page.locator('[data-field=rental-law]').textContent()).toContain('2562E0000042K');
    expect(await official.textContent()).toContain('ADEME (Observatoire DPE-Audit), Licence Ouverte 2.0');
    // The assumptions, folded.
    const assumptions = page.getByTestId('reno-assumptions');
    expect(await assumptions.locator('summary').textContent()).toBe('Hypothèses');
    expect(await assumptions.getAttribute('open')).toBeNull();
  });

  it('moves the "after" arrow and the figures to another package, without asking the server', async () => {
    const { answer } = house!;
    const before = requests.length;
    const first = answer.packages[0]!;
    const other = answer.packages.find((p) => p.after.letter !== first.after.letter)!;
    const arrowBefore = await page.locator('[data-testid=dpe-after] polygon').getAttribute('points');
    await page.locator(`label[for="reno-package-${other.id}"]`).click();
    await expect.poll(() => letter('dpe-after')).toBe(other.after.letter);
    expect(await page.locator('[data-testid=dpe-after] polygon').getAttribute('points')).not.toBe(arrowBefore);
    expect(await page.getByTestId(`reno-package-${other.id}`).isChecked()).toBe(true);
    expect(await figure('net-cost')).toBe(formatNumber('fr', other.net_cost_eur));
    expect(await page.locator('[data-testid=reno-intensities] td[data-field=ep-after]').textContent()).toBe(
      formatNumber('fr', other.after.ep_kwh_m2),
    );
    expect(await page.locator('[data-field=rental-after]').textContent()).toBe(rentalSentence(other.after.rental));
    expect(await page.evaluate(() => window.__cadastre!.renovationPackageId)).toBe(other.id);
    // The class today does not move.
    expect(await letter('dpe-current')).toBe(answer.current.letter);
    expect(requests.length).toBe(before);
  });

  it('says a social landlord gets no MaPrimeRénov’, with the reason, after one request', async () => {
    const { id, answer } = house!;
    const owner = page.getByTestId('reno-owner');
    if (answer.owner === 'social_landlord') {
      // The server answered for a social landlord already: first a private owner, to see the aid go.
      const count = requests.length;
      await owner.selectOption('owner_occupier');
      await expect.poll(() => requests.length, { timeout: 5_000 }).toBe(count + 1);
      await expect.poll(status, { timeout: 60_000 }).toBe('ready');
    }
    expect(await page.getByTestId('reno-income').isVisible()).toBe(true);
    const chosen = await page.evaluate(() => window.__cadastre!.renovationPackageId);
    const count = requests.length;
    await owner.selectOption('social_landlord');
    await expect.poll(() => requests.length, { timeout: 5_000 }).toBe(count + 1);
    expect(requests.at(-1)).toContain(`/buildings/${id}/renovation?owner=social_landlord&${DEFAULT_QUERY}`);
    await expect.poll(status, { timeout: 60_000 }).toBe('ready');
    const social = await getJson<Renovation>(
      `/api/v1/buildings/${id}/renovation?owner=social_landlord&${DEFAULT_QUERY}`,
    );
    expect(social.status).toBe(200);
    const mine = social.body.packages.find((p) => p.id === chosen)!;
    expect(mine.aid_eur).toBe(0);
    // The package stays chosen; its aid reads 0 with the API's reason, and every package says "aide 0 €".
    expect(await page.getByTestId(`reno-package-${chosen}`).isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-field=aid-rule]').textContent()).toBe(mine.aid_rule);
    expect(mine.aid_rule.length).toBeGreaterThan(0);
    expect(await figure('aid')).toBe(`0${mine.aid_rule}`);
    expect(await figure('net-cost')).toBe(formatNumber('fr', mine.net_cost_eur));
    const summaries = await page.locator('.reno-package-summary').allTextContents();
    expect(summaries).toHaveLength(social.body.packages.length);
    for (const text of summaries) expect(text).toContain('aide 0 €');
    // The household's income does not apply to a social landlord: its fields are hidden.
    expect(await page.getByTestId('reno-income').isVisible()).toBe(false);
    expect(await page.getByTestId('reno-household').isVisible()).toBe(false);
  });

  it('shows a Maisons & Cités tenant the landlord’s « 3e ligne de quittance » and the net saving, as the API gives them', async () => {
    // A house of the demo owned by Maisons & Cités (owner_org set by the import), with an address to search for.
    const row = (
      await server.db.query<{ id: number; address: string }>(
        `SELECT b.id, b.address FROM buildings b JOIN organisations o ON o.id = b.owner_org
         WHERE o.slug = 'maisons-et-cites' AND b.address IS NOT NULL ORDER BY b.id LIMIT 1`,
      )
    ).rows[0];
    expect(row).toBeDefined();
    const { id, address } = row!;
    const before = requests.length;
    await findByAddress(page, id, address);
    // The owner is given back to the server on a new selection: it answers for the social landlord.
    await expect.poll(() => requests.length, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(requests.at(-1)).toContain(`/buildings/${id}/renovation?${DEFAULT_QUERY}`);
    await expect.poll(status, { timeout: 60_000 }).toBe('ready');
    const answer = (await getJson<Renovation>(`/api/v1/buildings/${id}/renovation?${DEFAULT_QUERY}`)).body;
    expect(answer.owner).toBe('social_landlord');
    expect(await page.getByTestId('reno-owner').inputValue()).toBe('social_landlord');
    // The sentence written here from the API's figures, in French (« 25 », « 41,66 »); the rule itself (half the
    // saving, 15 years: dhup-3e-ligne in fixtures/homeowner) is checked by the API and engine tests.
    const euros = (v: number) => formatNumber('fr', v, 2);
    const sentence = (p: Package) =>
      `Contribution au partage des économies (3e ligne de quittance) : jusqu’à ${euros(p.tenant.max_contribution_eur_month)} €/mois pendant ${p.tenant.max_years} ans au plus — économie nette pour le locataire : ${euros(p.tenant.net_saving_eur_month)} €/mois`;
    const lines = page.locator('[data-testid=reno-packages] [data-field=tenant-line]');
    expect(await lines.count()).toBe(answer.packages.length);
    for (const [k, p] of answer.packages.entries()) {
      expect(p.tenant.applies).toBe(true);
      expect(p.tenant.max_years).toBe(15);
      expect(await page.locator(`li[data-package="${p.id}"] [data-field=tenant-line]`).textContent()).toBe(sentence(p));
      expect(await lines.nth(k).textContent()).toBe(sentence(p));
    }
    // The recommended (first) package is chosen: its bill saved in the figures, the line and the law beneath.
    const first = answer.packages[0]!;
    expect(await page.getByTestId(`reno-package-${first.id}`).isChecked()).toBe(true);
    expect(await figure('tenant-bill-saved')).toBe(euros(first.tenant.bill_saved_eur_month));
    const block = page.getByTestId('reno-tenant');
    expect(await block.locator('[data-field=tenant-line]').textContent()).toBe(sentence(first));
    expect(Number(await block.getAttribute('data-max'))).toBe(first.tenant.max_contribution_eur_month);
    expect(Number(await block.getAttribute('data-net'))).toBe(first.tenant.net_saving_eur_month);
    expect(await block.locator('[data-field=tenant-law]').textContent()).toContain('CCH art. L442-3');
    // An owner-occupier has no such line.
    const count = requests.length;
    await page.getByTestId('reno-owner').selectOption('owner_occupier');
    await expect.poll(() => requests.length, { timeout: 5_000 }).toBe(count + 1);
    await expect.poll(status, { timeout: 60_000 }).toBe('ready');
    await expect.poll(() => page.getByTestId('reno-tenant').count()).toBe(0);
    expect(await lines.count()).toBe(0);
    await page.getByTestId('reno-owner').selectOption('social_landlord');
    await expect.poll(() => requests.length, { timeout: 5_000 }).toBe(count + 2);
    await expect.poll(status, { timeout: 60_000 }).toBe('ready');
    await expect.poll(() => page.getByTestId('reno-tenant').count()).toBe(1);
  });

  it('speaks English on the toggle', async () => {
    const section = page.getByTestId('reno-section');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => section.locator('h3').textContent()).toBe('Renovation');
    const text = (await section.textContent())!;
    for (const label of ['Package of works', 'Social landlord', 'Heating', 'Assumptions'])
      expect(text).toContain(label);
    expect(await page.getByTestId('reno-notice').textContent()).toContain('not an official DPE');
    // The Maisons & Cités house of the test before: its « 3e ligne de quittance » in English.
    expect(await page.locator('[data-testid=reno-tenant] [data-field=tenant-line]').textContent()).toMatch(
      /^Energy-savings contribution \(3rd line of the rent receipt\): up to €[\d.,]+\/month for at most 15 years — net saving for the tenant: €[\d.,]+\/month$/,
    );
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => section.locator('h3').textContent()).toBe('Rénovation');
    expect(pageErrors).toEqual([]);
  });
});
