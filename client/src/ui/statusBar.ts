/** Loading indicator and counts, announced politely to screen readers. */
import { h, replaceChildren } from './dom';
import { formatNumber, t } from './i18n';
import type { AppState, Store } from './store';

export function mountStatusBar(container: HTMLElement, store: Store<AppState>, actions: { retry(): void }): void {
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'load-status' });
  container.append(status);
  store.subscribe((state, previous) => {
    if (previous && state.load === previous.load && state.lang === previous.lang) return;
    const { lang, load } = state;
    status.dataset.status = load.status;
    const counts = `${formatNumber(lang, load.buildings)} ${t(lang, 'buildingsCount')} · ${formatNumber(lang, load.obstacles)} ${t(lang, 'heapsCount')}`;
    if (load.status === 'error') {
      const retry = h('button', { type: 'button' }, t(lang, 'retry'));
      retry.addEventListener('click', () => actions.retry());
      replaceChildren(
        status,
        h('span', { class: 'error' }, `${t(lang, 'loadError')}${load.error ? ` : ${load.error}` : ''}`),
        ' ',
        retry,
      );
    } else if (load.status === 'loading' || load.status === 'idle') {
      const progress = h('progress', {
        max: Math.max(1, load.tilesTotal),
        value: load.tilesDone,
        'aria-hidden': 'true',
      });
      const total = load.expected > 0 ? ` / ${formatNumber(lang, load.expected)}` : '';
      replaceChildren(
        status,
        h('span', { class: 'spinner', 'aria-hidden': 'true' }),
        `${t(lang, 'loading')} ${formatNumber(lang, load.buildings)}${total}`,
        progress,
      );
    } else {
      const failed = load.tilesFailed > 0 ? ` · ${load.tilesFailed} ${t(lang, 'tilesFailed')}` : '';
      replaceChildren(status, counts + failed);
    }
  });
}
