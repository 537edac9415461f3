/**
 * « Bailleur »: the social landlord's workspace. A token signs in (checked with GET /me, kept in sessionStorage for
 * the tab, never in the URL); the organisation's portfolios are listed and created; the one chosen is estimated and
 * its houses coloured by DPE class in the view until sign-out; a plan is asked for and exported through the API with
 * the token. A 401 on any request signs out with its own message.
 */
import { ApiError, type LandlordApi } from '../data/api';
import type { ExportFormat, PlanRequest } from '../data/requests';
import type { PortfolioSelection } from '../../../contracts';
import { initialLandlordState, type LandlordState, type PlanForm } from '../ui/landlordState';
import { errorMessage, type AppContext } from './context';
import { toggleHeatmap } from './heatmap';
import { flyOver, houseColours, viewBbox } from './landlordView';

/** sessionStorage key of the token: the tab's life, never shared with other tabs or kept after closing. */
export const TOKEN_KEY = 'solar-cadastre.landlord-token';

export type SelectionKind = 'cite' | 'commune' | 'view';

type TokenStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface LandlordDeps {
  api: LandlordApi;
  /** Where the token is kept (sessionStorage); null when storage is refused. */
  storage: TokenStore | null;
  /** Hands a file to the browser (object URL + <a download>). */
  download(blob: Blob, filename: string): void;
}

/** The plan request of a form for a portfolio; throws RangeError naming the first field out of the contract. */
export function planRequest(portfolioId: number, form: PlanForm): PlanRequest {
  const check = (ok: boolean, field: string) => {
    if (!ok) throw new RangeError(field);
  };
  check(Number.isFinite(form.budget_eur_per_year) && form.budget_eur_per_year >= 0, 'budget_eur_per_year');
  check(Number.isInteger(form.years) && form.years >= 1 && form.years <= 30, 'years');
  check(Number.isInteger(form.startYear) && form.startYear >= 2024 && form.startYear <= 2060, 'start_year');
  check(
    form.maxHousesPerYear === null || (Number.isInteger(form.maxHousesPerYear) && form.maxHousesPerYear >= 1),
    'max_houses_per_year',
  );
  return {
    portfolioId,
    startYear: form.startYear,
    years: form.years,
    budget_eur_per_year: form.budget_eur_per_year,
    target: form.target === 'legal' ? { kind: 'legal' } : { kind: 'min_class', letter: form.target },
    strategy: form.strategy,
    maxHousesPerYear: form.maxHousesPerYear,
    compare: form.compare,
  };
}

export function createLandlord(app: Pick<AppContext, 'store'> & Partial<AppContext>, deps: LandlordDeps) {
  const { store } = app;
  let token: string | null = null;
  /** Bumped on sign-in and sign-out: answers of an older session are dropped. */
  let session = 0;
  /** Whether the workspace switched the heat-map off to show the portfolio's colours (switched back on clear). */
  let heatmapHiddenHere = false;

  const set = (change: (l: LandlordState) => Partial<LandlordState>) =>
    store.update((s) => ({ ...s, landlord: { ...s.landlord, ...change(s.landlord) } }));

  function paint(): void {
    const { estimate, plan, colourBy } = store.get().landlord;
    const full = app as AppContext;
    if (!full.buildings) return;
    const colours = estimate.data
      ? houseColours(estimate.data.houses, colourBy === 'plan' ? (plan.data?.plan.assignments ?? null) : null)
      : null;
    if (colours && full.heatmap && store.get().heatmap.visible && full.heatmap.ids().some((id) => colours.has(id))) {
      // The heat-map draws its buildings' roofs itself; the classes can only show on the plain buildings.
      toggleHeatmap(full);
      heatmapHiddenHere = true;
    }
    full.buildings.setColourOverride(colours);
    if (!colours && heatmapHiddenHere && !store.get().heatmap.visible) toggleHeatmap(full);
    if (!colours) heatmapHiddenHere = false;
    full.view.invalidate();
    set(() => ({ highlighted: full.buildings.overrideCount }));
  }

  /** A failed request: a 401 signs out with its message; anything else is `onError`'s. */
  function failed(error: unknown, mine: number, onError: (message: string) => void): void {
    if (mine !== session) return;
    if (error instanceof ApiError && error.status === 401) {
      signOut('unauthorized');
      return;
    }
    onError(errorMessage(error));
  }

  async function signIn(typed: string): Promise<void> {
    const candidate = typed.trim();
    clearAll();
    const mine = ++session;
    if (candidate === '') {
      set(() => ({ auth: 'error', error: null }));
      return;
    }
    set(() => ({ auth: 'checking', error: null }));
    try {
      const me = await deps.api.me(candidate);
      if (mine !== session) return;
      token = candidate;
      try {
        deps.storage?.setItem(TOKEN_KEY, candidate);
      } catch {
        // Storage refused (private browsing): the token lasts for this page only.
      }
      set(() => ({ auth: 'signed_in', me }));
      await loadPortfolios(mine);
    } catch (error) {
      failed(error, mine, (message) => set(() => ({ auth: 'error', error: message })));
    }
  }

  /** Forgets the token, the portfolio colours and every answer; the workspace stays open on the sign-in form. */
  function signOut(reason: 'user' | 'unauthorized' = 'user'): void {
    session++;
    token = null;
    try {
      deps.storage?.removeItem(TOKEN_KEY);
    } catch {
      // Nothing kept to remove.
    }
    clearAll();
    set(() => ({ auth: reason === 'unauthorized' ? 'unauthorized' : 'signed_out' }));
  }

  function clearAll(): void {
    const open = store.get().landlord.open;
    const form = store.get().landlord.form;
    store.update((s) => ({ ...s, landlord: { ...initialLandlordState(), open, form } }));
    paint();
  }

  async function loadPortfolios(mine = session): Promise<void> {
    if (!token) return;
    try {
      const portfolios = await deps.api.portfolios(token);
      if (mine === session) set(() => ({ portfolios }));
    } catch (error) {
      failed(error, mine, (message) => set(() => ({ error: message })));
    }
  }

  async function createPortfolio(name: string, kind: SelectionKind, value: string): Promise<void> {
    if (!token) return;
    const mine = session;
    let selection: PortfolioSelection;
    if (kind === 'view') {
      const bbox = app.view && app.session ? viewBbox(app as AppContext) : null;
      if (!bbox) return;
      selection = { bbox };
    } else selection = kind === 'cite' ? { cite: value.trim() } : { commune: value.trim() };
    if (name.trim() === '' || (kind !== 'view' && value.trim() === '')) {
      set(() => ({ create: { status: 'error', error: null } }));
      return;
    }
    set(() => ({ create: { status: 'loading', error: null } }));
    try {
      const created = await deps.api.createPortfolio(token, name.trim(), selection);
      if (mine !== session) return;
      set((l) => ({
        create: { status: 'ready', error: null },
        portfolios: [...l.portfolios.filter((p) => p.id !== created.id), created],
      }));
      await selectPortfolio(created.id);
    } catch (error) {
      failed(error, mine, (message) => set(() => ({ create: { status: 'error', error: message } })));
    }
  }

  /** Shows a portfolio: its DPE estimate colours its houses and the camera flies over them. */
  async function selectPortfolio(id: number): Promise<void> {
    if (!token) return;
    const mine = session;
    set(() => ({
      portfolioId: id,
      estimate: { status: 'loading', data: null, error: null },
      plan: { status: 'idle', data: null, error: null },
      colourBy: 'now',
    }));
    paint();
    try {
      const data = await deps.api.estimate(token, id);
      if (mine !== session || store.get().landlord.portfolioId !== id) return;
      set(() => ({ estimate: { status: 'ready', data, error: null } }));
      paint();
      if (app.view && app.session) flyOver(app as AppContext, data.houses);
    } catch (error) {
      failed(error, mine, (message) => set(() => ({ estimate: { status: 'error', data: null, error: message } })));
    }
  }

  function setForm(change: Partial<PlanForm>): void {
    set((l) => ({ form: { ...l.form, ...change } }));
  }

  async function runPlan(): Promise<void> {
    const { portfolioId, form } = store.get().landlord;
    if (!token || portfolioId === null) return;
    const mine = session;
    let request: PlanRequest;
    try {
      request = planRequest(portfolioId, form);
    } catch (error) {
      set(() => ({ plan: { status: 'error', data: null, error: `invalid:${(error as Error).message}` } }));
      return;
    }
    set((l) => ({ plan: { ...l.plan, status: 'loading', error: null } }));
    try {
      const data = await deps.api.plan(token, request);
      if (mine !== session || store.get().landlord.portfolioId !== portfolioId) return;
      set(() => ({ plan: { status: 'ready', data, error: null } }));
      paint();
    } catch (error) {
      failed(error, mine, (message) => set(() => ({ plan: { status: 'error', data: null, error: message } })));
    }
  }

  async function exportPlan(format: ExportFormat): Promise<void> {
    const { plan, decimalComma } = store.get().landlord;
    if (!token || !plan.data) return;
    const mine = session;
    set(() => ({ exporting: { status: 'loading', error: null } }));
    try {
      const file = await deps.api.exportPlan(token, plan.data.plan_id, format, decimalComma ? 'comma' : 'point');
      if (mine !== session) return;
      deps.download(file.blob, file.filename);
      set(() => ({ exporting: { status: 'ready', error: null } }));
    } catch (error) {
      failed(error, mine, (message) => set(() => ({ exporting: { status: 'error', error: message } })));
    }
  }

  function setColourBy(colourBy: 'now' | 'plan'): void {
    set(() => ({ colourBy }));
    paint();
  }

  function setOpen(open: boolean): void {
    set(() => ({ open }));
  }

  /** Signs in again with the token kept for this tab, if any. */
  function restore(): Promise<void> {
    let kept: string | null = null;
    try {
      kept = deps.storage?.getItem(TOKEN_KEY) ?? null;
    } catch {
      kept = null;
    }
    return kept ? signIn(kept) : Promise.resolve();
  }

  return {
    signIn,
    signOut: () => signOut('user'),
    restore,
    createPortfolio,
    selectPortfolio,
    setForm,
    runPlan,
    exportPlan,
    setColourBy,
    setOpen,
    setDecimalComma: (decimalComma: boolean) => set(() => ({ decimalComma })),
    /** Paints the portfolio again (pages of buildings loaded since keep their override by themselves). */
    repaint: paint,
  };
}

export type LandlordActions = ReturnType<typeof createLandlord>;
