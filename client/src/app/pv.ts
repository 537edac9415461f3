/**
 * "Mon toit": the selected building's photovoltaic estimate. A new selection asks for it (and clears the panels
 * drawn for the last one); the household's answers ask again after a pause in typing, the request before being
 * cancelled; the slider only picks another row of the table already received and draws that many panels.
 */
import { ApiError } from '../data/api';
import { chosenIndex, configurationAt } from '../data/pvConfigurationAt';
import type { PvInputs } from '../data/pvPanels';
import { errorMessage, type AppContext } from './context';
import { createRequestSlot, followSelection } from './selectionRequest';

/** Wait after the last change of an answer before asking again [ms]. */
export const PV_DEBOUNCE_MS = 250;

export function createPv(app: AppContext) {
  const { api, store, view, pvPanels } = app;
  const slot = createRequestSlot();
  const cancel = slot.cancel;

  function drawPanels(): void {
    const { data, index } = store.get().pv;
    pvPanels.show(data ? (configurationAt(data, index)?.panels ?? 0) : 0);
    view.invalidate();
  }

  async function load(id: number): Promise<void> {
    const signal = slot.start();
    store.update((s) => ({ ...s, pv: { ...s.pv, id, status: 'loading', error: null, errorCode: null } }));
    try {
      const frame = app.session.frame;
      if (!frame) throw new Error('the view is not placed yet');
      const data = await api.pv(id, store.get().pv.inputs, frame, signal);
      if (signal.aborted) return;
      pvPanels.setPanels(data.panels.map((p) => p.corners));
      const index = chosenIndex(data);
      store.update((s) => ({ ...s, pv: { ...s.pv, status: 'ready', data, index } }));
      drawPanels();
    } catch (error) {
      if (signal.aborted) return;
      const notComputed = error instanceof ApiError && error.status === 409;
      pvPanels.clear();
      view.invalidate();
      store.update((s) => ({
        ...s,
        pv: {
          ...s.pv,
          status: notComputed ? 'not_computed' : 'error',
          data: null,
          error: errorMessage(error),
          errorCode: error instanceof ApiError ? error.code : null,
        },
      }));
    }
  }

  /** Follows the selection: a building asks for its estimate; anything else clears it. */
  function follow(id: number | null): void {
    cancel();
    pvPanels.clear();
    view.invalidate();
    store.update((s) => ({
      ...s,
      pv: { ...s.pv, id, status: 'idle', data: null, error: null, errorCode: null, index: 0 },
    }));
    if (id !== null) void load(id);
  }

  function setInputs(change: Partial<PvInputs>): void {
    store.update((s) => ({ ...s, pv: { ...s.pv, inputs: { ...s.pv.inputs, ...change } } }));
    const id = store.get().pv.id;
    if (id === null) return;
    slot.later(() => void load(id), PV_DEBOUNCE_MS);
  }

  function setIndex(index: number): void {
    const { data } = store.get().pv;
    if (!data || !Number.isInteger(index)) return;
    const clamped = Math.min(Math.max(index, 0), data.configurations.length - 1);
    store.update((s) => ({ ...s, pv: { ...s.pv, index: clamped } }));
    drawPanels();
  }

  followSelection(store, (s) => s.pv.id, follow);

  return { setInputs, setIndex, load };
}
