/** The address search: results as the user types, and flying to the one chosen. */
import type { SearchResult } from '../../../contracts';
import { MIN_QUERY_LENGTH } from '../ui/searchBox';
import { BUILDING_DISTANCE_M, errorMessage, groundPoint, lookAt, type AppContext } from './context';

export function createSearch(app: AppContext, selectBuilding: (id: number) => Promise<void>) {
  const { api, store } = app;
  let request: AbortController | null = null;

  async function search(query: string): Promise<void> {
    request?.abort();
    if (query.length < MIN_QUERY_LENGTH) {
      store.update((s) => ({ ...s, search: { query, status: 'idle', results: [], error: null } }));
      return;
    }
    const current = (request = new AbortController());
    store.update((s) => ({ ...s, search: { ...s.search, query, status: 'loading' } }));
    try {
      const results = await api.search(query, 10, current.signal);
      if (!current.signal.aborted)
        store.update((s) => ({ ...s, search: { query, status: 'ready', results, error: null } }));
    } catch (error) {
      if (!current.signal.aborted)
        store.update((s) => ({ ...s, search: { query, status: 'error', results: [], error: errorMessage(error) } }));
    }
  }

  function choose(result: SearchResult): void {
    store.update((s) => ({ ...s, search: { ...s.search, status: 'idle' } }));
    if (app.session.frame)
      lookAt(app, app.buildings.anchorOf(result.id) ?? groundPoint(app, result.center), BUILDING_DISTANCE_M);
    void selectBuilding(result.id);
  }

  return { search, choose };
}
