import { describe, expect, it } from 'vitest';
import { ApiError, type LandlordApi } from '../data/api';
import { estimateJson, meJson, planAnswerJson, portfolioListJson } from '../data/landlordAnswer.testkit';
import type { PlanRequest } from '../data/requests';
import { readEstimate, readMe, readPlan, readPortfolios } from '../data/api';
import { createStore, initialState } from '../ui/store';
import type { AppContext } from './context';
import { createLandlord, planRequest, TOKEN_KEY } from './landlord';
import { houseColours } from './landlordView';

const GOOD = 'sc_good';

/** An API that knows one token and records what it was asked. */
function setup(options: { kept?: string } = {}) {
  const calls: { what: string; token: string; body?: unknown }[] = [];
  const check = (what: string, token: string, body?: unknown) => {
    calls.push({ what, token, body });
    if (token !== GOOD) throw new ApiError(401, 'unauthorized', 'unknown or revoked token');
  };
  let revoked = false;
  const api: LandlordApi = {
    me: async (token) => (check('me', token), readMe(meJson())),
    portfolios: async (token) => (check('portfolios', token), readPortfolios(portfolioListJson())),
    createPortfolio: async (token, name, selection) => {
      check('create', token, { name, selection });
      return { id: 5, name, selection, buildings: 3, created_at: '2026-11-26T03:00:00Z' };
    },
    portfolio: async () => {
      throw new Error('not asked');
    },
    estimate: async (token) => {
      check('estimate', token);
      if (revoked) throw new ApiError(401, 'unauthorized', 'revoked');
      return readEstimate(estimateJson());
    },
    plan: async (token, request) => (check('plan', token, request), readPlan(planAnswerJson())),
    exportPlan: async (token, planId, format, decimal) => {
      check('export', token, { planId, format, decimal });
      return { blob: new Blob(['\uFEFFbuilding_id;year\n']), filename: `plan-${planId}.csv` };
    },
  };
  const kept = new Map<string, string>(options.kept ? [[TOKEN_KEY, options.kept]] : []);
  const storage = {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  };
  const downloads: string[] = [];
  const store = createStore(initialState());
  const landlord = createLandlord({ store } as unknown as AppContext, {
    api,
    storage,
    download: (_blob, name) => downloads.push(name),
  });
  return { calls, kept, downloads, store, landlord, revoke: () => (revoked = true) };
}

describe('the « Bailleur » actions', () => {
  it('signs in with a token, keeps it for the tab, lists the portfolios, and forgets everything on sign-out', async () => {
    const { calls, kept, store, landlord } = setup();
    await landlord.signIn(`  ${GOOD} `);
    const l = () => store.get().landlord;
    expect(l().auth).toBe('signed_in');
    expect(l().me?.organisation.name).toBe('Maisons et Cités');
    expect(l().portfolios.map((p) => p.name)).toEqual(['Cité 12']);
    expect(kept.get(TOKEN_KEY)).toBe(GOOD);
    expect(calls.map((c) => [c.what, c.token])).toEqual([
      ['me', GOOD],
      ['portfolios', GOOD],
    ]);
    // The state never holds the token.
    expect(JSON.stringify(store.get())).not.toContain(GOOD);
    await landlord.selectPortfolio(5);
    expect(l().estimate.status).toBe('ready');
    landlord.signOut();
    expect(l().auth).toBe('signed_out');
    expect(l().me).toBeNull();
    expect(l().portfolios).toEqual([]);
    expect(l().estimate.data).toBeNull();
    expect(kept.has(TOKEN_KEY)).toBe(false);
  });

  it('says a refused token is refused (401) and keeps nothing', async () => {
    const { kept, store, landlord } = setup();
    await landlord.signIn('sc_wrong');
    expect(store.get().landlord.auth).toBe('unauthorized');
    expect(store.get().landlord.me).toBeNull();
    expect(kept.has(TOKEN_KEY)).toBe(false);
    await landlord.signIn('   ');
    expect(store.get().landlord.auth).toBe('error');
  });

  it('signs in again from the tab’s storage, and signs out when a later request gets a 401', async () => {
    const { kept, store, landlord, revoke } = setup({ kept: GOOD });
    await landlord.restore();
    expect(store.get().landlord.auth).toBe('signed_in');
    revoke();
    await landlord.selectPortfolio(5);
    expect(store.get().landlord.auth).toBe('unauthorized');
    expect(store.get().landlord.portfolioId).toBeNull();
    expect(kept.has(TOKEN_KEY)).toBe(false);
  });

  it('creates a portfolio of a cité, plans it with the form, and exports with the decimal comma', async () => {
    const { calls, downloads, store, landlord } = setup();
    await landlord.signIn(GOOD);
    await landlord.createPortfolio('Cité 12', 'cite', ' Cité 12 ');
    expect(calls.find((c) => c.what === 'create')!.body).toEqual({ name: 'Cité 12', selection: { cite: 'Cité 12' } });
    expect(store.get().landlord.portfolioId).toBe(5);
    expect(store.get().landlord.estimate.data?.buildings).toBe(3);
    landlord.setForm({ budget_eur_per_year: 30000, years: 2, startYear: 2027, maxHousesPerYear: 1, target: 'C' });
    await landlord.runPlan();
    const sent = calls.find((c) => c.what === 'plan')!.body as PlanRequest;
    expect(sent).toEqual({
      portfolioId: 5,
      startYear: 2027,
      years: 2,
      budget_eur_per_year: 30000,
      target: { kind: 'min_class', letter: 'C' },
      strategy: 'worst_first',
      maxHousesPerYear: 1,
      compare: true,
    });
    expect(store.get().landlord.plan.data?.plan_id).toBe(9);
    await landlord.exportPlan('csv');
    expect(calls.at(-1)!.body).toEqual({ planId: 9, format: 'csv', decimal: 'comma' });
    expect(downloads).toEqual(['plan-9.csv']);
    landlord.setDecimalComma(false);
    await landlord.exportPlan('geojson');
    expect(calls.at(-1)!.body).toEqual({ planId: 9, format: 'geojson', decimal: 'point' });
  });

  it('refuses a form out of the contract before asking, naming the field', () => {
    const form = initialState().landlord.form;
    expect(planRequest(1, form).target).toEqual({ kind: 'legal' });
    expect(() => planRequest(1, { ...form, years: 31 })).toThrow('years');
    expect(() => planRequest(1, { ...form, startYear: 2023 })).toThrow('start_year');
    expect(() => planRequest(1, { ...form, budget_eur_per_year: -1 })).toThrow('budget_eur_per_year');
    expect(() => planRequest(1, { ...form, maxHousesPerYear: 0 })).toThrow('max_houses_per_year');
  });
});

describe('houseColours', () => {
  it('gives each house the official colour of its class, today or after its works in the plan', () => {
    const { houses } = readEstimate(estimateJson());
    // Today: 11 G #E30613, 12 F #EB6A0A, 13 D #FCEA0D (arrêté du 31 mars 2021, annexe: the label's colours).
    expect([...houseColours(houses, null)]).toEqual([
      [11, '#E30613'],
      [12, '#EB6A0A'],
      [13, '#FCEA0D'],
    ]);
    // After the fixture plan: 11 → D, 12 → C (#C6D300), 13 untouched.
    const { plan } = readPlan(planAnswerJson());
    expect([...houseColours(houses, plan.assignments)]).toEqual([
      [11, '#FCEA0D'],
      [12, '#C6D300'],
      [13, '#FCEA0D'],
    ]);
  });
});
