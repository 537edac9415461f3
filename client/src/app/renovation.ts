/**
 * « Rénovation »: the selected building's DPE estimate and packages of works. A new selection asks for it, with the
 * owner left to the server (a social landlord's house is answered as such); the owner, income band and household
 * size ask again after a pause, the request before being cancelled; choosing a package only picks another one of
 * the answer already received.
 */
import type { RenovationInputs } from '../data/requests';
import { errorMessage, type AppContext } from './context';
import { createRequestSlot, followSelection } from './selectionRequest';

/** Wait after the last change of an answer before asking again [ms]. */
export const RENOVATION_DEBOUNCE_MS = 250;

export function createRenovation(app: Pick<AppContext, 'api' | 'store'>) {
  const { api, store } = app;
  const slot = createRequestSlot();
  const cancel = slot.cancel;

  async function load(id: number): Promise<void> {
    const signal = slot.start();
    store.update((s) => ({ ...s, renovation: { ...s.renovation, id, status: 'loading', error: null } }));
    try {
      const data = await api.renovation(id, store.get().renovation.inputs, signal);
      if (signal.aborted) return;
      store.update((s) => {
        // The package chosen stays chosen when the new answer still has it (another owner, another band).
        const kept = data.packages.some((p) => p.id === s.renovation.packageId);
        const packageId = kept ? s.renovation.packageId : (data.packages[0]?.id ?? null);
        return { ...s, renovation: { ...s.renovation, status: 'ready', data, packageId } };
      });
    } catch (error) {
      if (signal.aborted) return;
      store.update((s) => ({
        ...s,
        renovation: { ...s.renovation, status: 'error', data: null, error: errorMessage(error) },
      }));
    }
  }

  /** Follows the selection: a building asks for its estimate with the owner left to the server; else clears it. */
  function follow(id: number | null): void {
    cancel();
    store.update((s) => ({
      ...s,
      renovation: {
        ...s.renovation,
        id,
        status: 'idle',
        data: null,
        error: null,
        packageId: null,
        inputs: { ...s.renovation.inputs, owner: null },
      },
    }));
    if (id !== null) void load(id);
  }

  function setInputs(change: Partial<RenovationInputs>): void {
    store.update((s) => ({ ...s, renovation: { ...s.renovation, inputs: { ...s.renovation.inputs, ...change } } }));
    const id = store.get().renovation.id;
    if (id === null) return;
    slot.later(() => void load(id), RENOVATION_DEBOUNCE_MS);
  }

  function setPackage(packageId: string): void {
    const { data } = store.get().renovation;
    if (!data?.packages.some((p) => p.id === packageId)) return;
    store.update((s) => ({ ...s, renovation: { ...s.renovation, packageId } }));
  }

  followSelection(store, (s) => s.renovation.id, follow);

  return { setInputs, setPackage, load };
}
