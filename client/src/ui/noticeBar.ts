/** The demo-data notice (shown when the buildings are synthetic) and the open-data attribution. */
import { h } from './dom';
import { t } from './i18n';
import type { AppState, Store } from './store';

export function mountNoticeBar(container: HTMLElement, store: Store<AppState>): void {
  const notice = h('p', { class: 'notice', 'data-testid': 'demo-notice', hidden: true });
  const attribution = h('p', { class: 'attribution', 'data-testid': 'attribution' });
  container.append(h('footer', { class: 'notices' }, notice, attribution));
  store.subscribe((state, previous) => {
    if (previous && state.lang === previous.lang && state.synthetic === previous.synthetic) return;
    notice.hidden = !state.synthetic;
    notice.textContent = t(state.lang, 'notice');
    attribution.replaceChildren(
      `${t(state.lang, 'attributionPrefix')} `,
      h(
        'a',
        {
          href: 'https://www.data.gouv.fr/fr/organizations/mission-bassin-minier-nord-pas-de-calais/',
          target: '_blank',
          rel: 'noopener',
        },
        t(state.lang, 'attribution'),
      ),
    );
  });
}
