/** Picking in the view and the selection shown in the panel: a building (fetched in full) or a slag heap. */
import { errorMessage, type AppContext } from './context';

export type Pick = { kind: 'building' | 'heap'; id: number };

export function createSelection(app: AppContext) {
  const { api, store, view, buildings, heatmap, heaps } = app;
  let request: AbortController | null = null;

  function highlight(id: number | null): void {
    buildings.highlight(id);
    heatmap.highlight(id);
    view.invalidate();
  }

  async function selectBuilding(id: number): Promise<void> {
    request?.abort();
    const current = (request = new AbortController());
    store.update((s) => ({ ...s, selection: { id, status: 'loading', building: null, heap: null, error: null } }));
    highlight(id);
    try {
      const building = await api.building(id, current.signal);
      if (!current.signal.aborted)
        store.update((s) => ({ ...s, selection: { ...s.selection, status: 'ready', building } }));
    } catch (error) {
      if (!current.signal.aborted)
        store.update((s) => ({ ...s, selection: { ...s.selection, status: 'error', error: errorMessage(error) } }));
    }
  }

  function selectHeap(id: number): void {
    const heap = heaps.get(id);
    request?.abort();
    highlight(null);
    if (!heap) return;
    store.update((s) => ({
      ...s,
      selection: {
        id: null,
        status: 'ready',
        building: null,
        heap: { id, name: heap.name, height_m: heap.height_m, shape: heap.shape },
        error: null,
      },
    }));
  }

  function closePanel(): void {
    request?.abort();
    highlight(null);
    store.update((s) => ({ ...s, selection: { id: null, status: 'idle', building: null, heap: null, error: null } }));
    view.canvas.focus();
  }

  /** What a click at a page position [CSS px] hits first: a building (plain or heat-map) or a heap. */
  function pickAt(clientX: number, clientY: number): Pick | null {
    const ray = view.rayAt(clientX, clientY);
    const hits = [
      { kind: 'building' as const, hit: buildings.pick(ray) },
      { kind: 'building' as const, hit: heatmap.pick(ray) },
      { kind: 'heap' as const, hit: heaps.pick(ray) },
    ].filter((h) => h.hit !== null);
    hits.sort((a, b) => a.hit!.distance - b.hit!.distance);
    return hits[0] ? { kind: hits[0].kind, id: hits[0].hit!.id } : null;
  }

  return { selectBuilding, selectHeap, closePanel, pickAt };
}
