/**
 * The demo-data notice (shown when the buildings are synthetic) and the open-data attributions: the Mission Bassin
 * Minier's always, IGN's LiDAR HD while trees or a LiDAR-measured roof are shown (its licence asks for it where used).
 */
import { h } from './dom';
import { t } from './i18n';
import type { AppState, Store } from './store';

/** True while LiDAR data is drawn: trees loaded, or the selected building's roof measured on LiDAR. */
export function showsLidar(state: AppState): boolean {
  return state.load.trees > 0 || state.selection.building?.roof_source === 'lidar';
}

export function mountNoticeBar(container: HTMLElement, store: Store<AppState>): void {
  const notice = h('p', { class: 'notice', 'data-testid': 'demo-notice', hidden: true });
  const attribution = h('p', { class: 'attribution', 'data-testid': 'attribution' });
  const lidar = h('p', { class: 'attribution', 'data-testid': 'attribution-lidar', hidden: true });
  container.append(h('footer', { class: 'notices' }, notice, attribution, lidar));
  store.subscribe((state, previous) => {
    lidar.hidden = !showsLidar(state);
    lidar.textContent = t(state.lang, 'attributionLidar');
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
