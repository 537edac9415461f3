/**
 * A URL that opens a house with its options: `?b=ID&kwp=…` and the household's answers (heating, occupants,
 * battery, collector area, consumption, budget). Read once at start-up — the building is looked at and selected
 * once the buildings are loaded, the slider set to the shared size once its estimate arrives — and kept up to date
 * in the address bar (history.replaceState) as the homeowner changes them, ready to copy or bookmark.
 */
import { HEATINGS, type Heating } from '../data/requests';
import type { PvInputs } from '../data/pvPanels';
import { configurationAt } from '../data/pvConfigurationAt';
import { pvQuery } from '../data/api';
import type { AppState } from '../ui/store';
import type { AppContext } from './context';

export interface Shared {
  building: number | null;
  kwp: number | null;
  inputs: Partial<PvInputs>;
}

/** A positive finite number from a query value, or null (a shared link is read leniently: a bad value is ignored). */
function positive(value: string | null, max: number, allowZero = false): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && (n > 0 || (allowZero && n === 0)) && n <= max ? n : null;
}

/** What a shared query string says (unknown or invalid values are left out). */
export function readShared(search: string): Shared {
  const q = new URLSearchParams(search);
  const id = positive(q.get('b'), 2 ** 31 - 1);
  const inputs: Partial<PvInputs> = {};
  const heating = q.get('heating');
  if (heating && (HEATINGS as readonly string[]).includes(heating)) inputs.heating = heating as Heating;
  const occupants = positive(q.get('occupants'), 12);
  if (occupants !== null && Number.isInteger(occupants)) inputs.occupants = occupants;
  const consumption = positive(q.get('consumption_kwh'), 100_000);
  if (consumption !== null) inputs.consumption_kwh = consumption;
  const budget = positive(q.get('budget_eur'), 1e7);
  if (budget !== null) inputs.budget_eur = budget;
  const battery = positive(q.get('battery_kwh'), 30, true);
  if (battery !== null) inputs.battery_kwh = battery;
  const collector = positive(q.get('collector_m2'), 20);
  if (collector !== null) inputs.collector_m2 = collector;
  if (q.get('reduced_vat') === 'false') inputs.reduced_vat = false;
  return {
    building: id !== null && Number.isInteger(id) ? id : null,
    kwp: positive(q.get('kwp'), 500),
    inputs,
  };
}

const SHARED_KEYS = [
  'b',
  'kwp',
  'heating',
  'occupants',
  'consumption_kwh',
  'budget_eur',
  'battery_kwh',
  'collector_m2',
  'reduced_vat',
];

/** The query string for the state: the current one's other parameters (e.g. lang) kept, the house's replaced. */
export function sharedSearch(state: AppState, current: string): string {
  const q = new URLSearchParams(current);
  for (const key of SHARED_KEYS) q.delete(key);
  const id = state.selection.id;
  if (id !== null) {
    q.set('b', String(id));
    const { data, index, inputs } = state.pv;
    const c = data && data.building_id === id ? configurationAt(data, index) : null;
    if (c) q.set('kwp', String(c.kwp));
    // The household's answers as the estimate's own query sends them (pvQuery).
    for (const [key, value] of new URLSearchParams(pvQuery(inputs))) q.set(key, value);
  }
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}

/** The configuration index whose power is nearest `kwp`. */
export function indexNearest(kwps: number[], kwp: number): number {
  let best = 0;
  for (let i = 1; i < kwps.length; i++) if (Math.abs(kwps[i]! - kwp) < Math.abs(kwps[best]! - kwp)) best = i;
  return best;
}

export function createShare(
  app: AppContext,
  deps: {
    selectBuilding(id: number): Promise<void>;
    lookAtBuilding(id: number): boolean;
    setIndex(index: number): void;
  },
) {
  const { store } = app;
  const shared = readShared(location.search);
  if (Object.keys(shared.inputs).length > 0)
    store.update((s) => ({ ...s, pv: { ...s.pv, inputs: { ...s.pv.inputs, ...shared.inputs } } }));
  let pendingBuilding = shared.building;
  let pendingKwp = shared.building !== null ? shared.kwp : null;

  store.subscribe((state, previous) => {
    if (pendingBuilding !== null && state.load.status === 'ready') {
      const id = pendingBuilding;
      pendingBuilding = null;
      // After this notification: a store update inside a subscriber would reach the others out of order.
      queueMicrotask(() => {
        deps.lookAtBuilding(id);
        void deps.selectBuilding(id);
      });
    }
    const pv = state.pv;
    if (pendingKwp !== null && pv.status === 'ready' && pv.data && pv.data.building_id === shared.building) {
      const kwp = pendingKwp;
      pendingKwp = null;
      if (pv.data.configurations.length > 0)
        deps.setIndex(
          indexNearest(
            pv.data.configurations.map((c) => c.kwp),
            kwp,
          ),
        );
      return;
    }
    if (!previous || pendingBuilding !== null) return;
    if (state.selection === previous.selection && state.pv === previous.pv) return;
    const search = sharedSearch(state, location.search);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  });
}
