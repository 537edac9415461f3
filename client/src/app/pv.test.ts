import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, pvQuery, type ApiClient } from '../data/api';
import { readPv } from '../data/api';
import { pvAnswerJson, pvFrame } from '../data/pvAnswer.testkit';
import type { PvInputs } from '../data/pvPanels';
import { PvPanelsLayer } from '../layers/pvPanelsLayer';
import { createStore, initialState } from '../ui/store';
import type { AppContext } from './context';
import { createPv, PV_DEBOUNCE_MS } from './pv';

/** The parts of the context the estimate uses, with an API that records its calls and answers when told. */
function setup() {
  const calls: { id: number; inputs: PvInputs; signal: AbortSignal }[] = [];
  const pending: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const api = {
    pv: (id: number, inputs: PvInputs, _frame: unknown, signal: AbortSignal) => {
      calls.push({ id, inputs, signal });
      return new Promise((resolve, reject) =>
        pending.push({ resolve: () => resolve(readPv(pvAnswerJson(), pvFrame)), reject }),
      );
    },
  } as unknown as ApiClient;
  const store = createStore(initialState());
  const app = {
    api,
    store,
    view: { invalidate: () => undefined },
    pvPanels: new PvPanelsLayer(),
    session: { frame: pvFrame, ready: true, userMoved: false },
  } as unknown as AppContext;
  const pv = createPv(app);
  const select = async (id: number | null) => {
    store.update((s) => ({ ...s, selection: { ...s.selection, id } }));
    await Promise.resolve();
  };
  const settle = async () => {
    for (let k = 0; k < 5; k++) await Promise.resolve();
  };
  return { calls, pending, store, app, pv, select, settle };
}

describe('the "Mon toit" actions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for the selected building and draws the chosen size; the slider draws another without asking', async () => {
    const { calls, pending, store, app, pv, select, settle } = setup();
    await select(42);
    expect(calls.map((c) => c.id)).toEqual([42]);
    expect(store.get().pv.status).toBe('loading');
    pending[0]!.resolve();
    await settle();
    expect(store.get().pv.status).toBe('ready');
    // The fixture's chosen size has 2 panels, the second row of the table.
    expect(store.get().pv.index).toBe(1);
    expect(app.pvPanels.panelCount).toBe(3);
    expect(app.pvPanels.drawnCount).toBe(2);
    pv.setIndex(2);
    expect(app.pvPanels.drawnCount).toBe(3);
    pv.setIndex(0);
    expect(app.pvPanels.drawnCount).toBe(1);
    expect(calls).toHaveLength(1);
    await select(null);
    expect(app.pvPanels.panelCount).toBe(0);
    expect(store.get().pv.data).toBeNull();
  });

  it('asks again once typing pauses for 250 ms, cancelling the request before', async () => {
    const { calls, store, pv, select } = setup();
    await select(7);
    pv.setInputs({ occupants: 3 });
    vi.advanceTimersByTime(PV_DEBOUNCE_MS - 50);
    pv.setInputs({ occupants: 4 });
    vi.advanceTimersByTime(PV_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.inputs.occupants).toBe(4);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);
    expect(store.get().pv.inputs.occupants).toBe(4);
  });

  it('says that the cadastre is still being computed on a 409', async () => {
    const { pending, store, app, select, settle } = setup();
    await select(9);
    pending[0]!.reject(new ApiError(409, 'not_computed', 'solar cadastre not computed yet'));
    await settle();
    expect(store.get().pv.status).toBe('not_computed');
    expect(app.pvPanels.drawnCount).toBe(0);
  });

  it('keeps the API’s code of a refused budget, so the panel can say it', async () => {
    const { pending, store, select, settle } = setup();
    await select(9);
    pending[0]!.reject(new ApiError(422, 'budget_too_small', 'budget_eur: the smallest system costs 1500 €'));
    await settle();
    expect(store.get().pv.status).toBe('error');
    expect(store.get().pv.errorCode).toBe('budget_too_small');
  });
});

describe('the /pv request', () => {
  it('sends only the answers given, and turns a 409 body into ApiError not_computed', async () => {
    expect(pvQuery({ budget_eur: null, consumption_kwh: null, heating: 'gas', occupants: 2 })).toBe(
      'heating=gas&occupants=2',
    );
    expect(pvQuery({ budget_eur: 8000, consumption_kwh: 4500, heating: 'heat_pump', occupants: 4 })).toBe(
      'budget_eur=8000&consumption_kwh=4500&heating=heat_pump&occupants=4',
    );
    const urls: string[] = [];
    const client = createApiClient('', async (url) => {
      urls.push(String(url));
      return new Response(JSON.stringify({ error: { code: 'not_computed', message: 'not computed yet' } }), {
        status: 409,
      });
    });
    const error = await client
      .pv(12, { budget_eur: null, consumption_kwh: null, heating: 'electric', occupants: 1 }, pvFrame)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'not_computed' });
    expect(urls).toEqual(['/api/v1/buildings/12/pv?heating=electric&occupants=1']);
  });
});
