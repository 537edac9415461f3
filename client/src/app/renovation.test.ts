import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, renovationQuery, type ApiClient } from '../data/api';
import { readRenovation } from '../data/api';
import { renovationAnswerJson } from '../data/renovationAnswer.testkit';
import type { RenovationInputs } from '../data/requests';
import { createStore, initialState } from '../ui/store';
import type { AppContext } from './context';
import { createRenovation, RENOVATION_DEBOUNCE_MS } from './renovation';

/** The store and an API that records its calls and answers when told (the fixture, or the fixture reordered). */
function setup() {
  const calls: { id: number; inputs: RenovationInputs; signal: AbortSignal }[] = [];
  const pending: { resolve: (json?: unknown) => void; reject: (e: unknown) => void }[] = [];
  const api = {
    renovation: (id: number, inputs: RenovationInputs, signal: AbortSignal) => {
      calls.push({ id, inputs, signal });
      return new Promise((resolve, reject) =>
        pending.push({ resolve: (json = renovationAnswerJson()) => resolve(readRenovation(json)), reject }),
      );
    },
  } as unknown as ApiClient;
  const store = createStore(initialState());
  const renovation = createRenovation({ api, store } as unknown as AppContext);
  const select = async (id: number | null) => {
    store.update((s) => ({ ...s, selection: { ...s.selection, id } }));
    await Promise.resolve();
  };
  const settle = async () => {
    for (let k = 0; k < 5; k++) await Promise.resolve();
  };
  return { calls, pending, store, renovation, select, settle };
}

describe('the « Rénovation » actions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for the selected building with the owner left to the server, and picks the first package', async () => {
    const { calls, pending, store, renovation, select, settle } = setup();
    await select(42);
    expect(calls.map((c) => [c.id, c.inputs.owner])).toEqual([[42, null]]);
    expect(store.get().renovation.status).toBe('loading');
    pending[0]!.resolve();
    await settle();
    expect(store.get().renovation.status).toBe('ready');
    expect(store.get().renovation.packageId).toBe('bbc_renovation');
    // Another package: no request.
    renovation.setPackage('gestes_simples');
    expect(store.get().renovation.packageId).toBe('gestes_simples');
    renovation.setPackage('no_such_package');
    expect(store.get().renovation.packageId).toBe('gestes_simples');
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(1);
    await select(null);
    expect(store.get().renovation.data).toBeNull();
    expect(store.get().renovation.packageId).toBeNull();
  });

  it('asks again 250 ms after the last change, cancelling the request before, and keeps the package chosen', async () => {
    const { calls, pending, store, renovation, select, settle } = setup();
    await select(7);
    pending[0]!.resolve();
    await settle();
    renovation.setPackage('sortie_de_passoire_pac');
    renovation.setInputs({ owner: 'owner_occupier', incomeBand: 'tres_modeste' });
    vi.advanceTimersByTime(RENOVATION_DEBOUNCE_MS - 50);
    renovation.setInputs({ householdSize: 4 });
    vi.advanceTimersByTime(RENOVATION_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.inputs).toEqual({ owner: 'owner_occupier', incomeBand: 'tres_modeste', householdSize: 4 });
    renovation.setInputs({ owner: 'social_landlord' });
    vi.advanceTimersByTime(RENOVATION_DEBOUNCE_MS);
    expect(calls).toHaveLength(3);
    expect(calls[1]!.signal.aborted).toBe(true);
    expect(calls[2]!.signal.aborted).toBe(false);
    // The cancelled answer arriving late changes nothing.
    pending[1]!.resolve();
    await settle();
    expect(store.get().renovation.status).toBe('loading');
    pending[2]!.resolve();
    await settle();
    expect(store.get().renovation.status).toBe('ready');
    expect(store.get().renovation.packageId).toBe('sortie_de_passoire_pac');
  });

  it('falls back to the first package when the new answer no longer has the one chosen', async () => {
    const { pending, store, renovation, select, settle } = setup();
    await select(7);
    pending[0]!.resolve();
    await settle();
    renovation.setPackage('gestes_simples');
    renovation.setInputs({ incomeBand: 'superieur' });
    vi.advanceTimersByTime(RENOVATION_DEBOUNCE_MS);
    const json = renovationAnswerJson();
    json.packages = json.packages.slice(0, 2);
    pending[1]!.resolve(json);
    await settle();
    expect(store.get().renovation.packageId).toBe('bbc_renovation');
  });

  it('gives the server the owner back on a new selection, and keeps the household’s band and size', async () => {
    const { calls, renovation, select } = setup();
    await select(7);
    renovation.setInputs({ owner: 'landlord_private', incomeBand: 'intermediaire', householdSize: 3 });
    await select(8);
    expect(calls.at(-1)!.inputs).toEqual({ owner: null, incomeBand: 'intermediaire', householdSize: 3 });
    expect(calls.at(-2)!.signal.aborted).toBe(true);
  });

  it('shows the API’s message on an error', async () => {
    const { pending, store, select, settle } = setup();
    await select(9);
    pending[0]!.reject(new ApiError(404, 'not_found', 'building 9 not found'));
    await settle();
    expect(store.get().renovation.status).toBe('error');
    expect(store.get().renovation.error).toBe('building 9 not found');
  });
});

describe('the /renovation request', () => {
  it('sends the owner only once chosen, the band and size always', async () => {
    expect(renovationQuery({ owner: null, incomeBand: 'modeste', householdSize: 2 })).toBe(
      'income_band=modeste&household_size=2',
    );
    expect(renovationQuery({ owner: 'social_landlord', incomeBand: 'tres_modeste', householdSize: 5 })).toBe(
      'owner=social_landlord&income_band=tres_modeste&household_size=5',
    );
    const urls: string[] = [];
    const client = createApiClient('', async (url) => {
      urls.push(String(url));
      return new Response(JSON.stringify(renovationAnswerJson()), { status: 200 });
    });
    const answer = await client.renovation(42, { owner: 'owner_occupier', incomeBand: 'modeste', householdSize: 2 });
    expect(answer.current.letter).toBe('F');
    expect(urls).toEqual(['/api/v1/buildings/42/renovation?owner=owner_occupier&income_band=modeste&household_size=2']);
  });
});
