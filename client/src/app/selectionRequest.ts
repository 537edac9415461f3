/**
 * What the building panel's sections share: one request at a time for the selected building (a new one aborts the
 * last), a request asked again after a pause in the user's typing, and following the selection.
 */
import type { AppState, Store } from '../ui/store';

export function createRequestSlot() {
  let request: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    request?.abort();
    request = null;
  };
  return {
    /** Drops the pending pause and aborts the request in flight. */
    cancel,
    /** The signal of a new request; the one before is aborted. */
    start(): AbortSignal {
      cancel();
      request = new AbortController();
      return request.signal;
    },
    /** Runs `run` once `delay_ms` have passed without another call. */
    later(run: () => void, delay_ms: number): void {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        run();
      }, delay_ms);
    },
  };
}

/**
 * Calls `follow` with the newly selected building's id (or null) when the selection changes and the section does
 * not show it yet; outside the store's notification, so that the update `follow` makes is not nested in another.
 */
export function followSelection(
  store: Store<AppState>,
  shownId: (state: AppState) => number | null,
  follow: (id: number | null) => void,
): void {
  store.subscribe((state, previous) => {
    if (previous && state.selection.id === previous.selection.id) return;
    const id = state.selection.id;
    queueMicrotask(() => {
      if (store.get().selection.id === id && shownId(store.get()) !== id) follow(id);
    });
  });
}
