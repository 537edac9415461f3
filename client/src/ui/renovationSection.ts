/**
 * « Rénovation », the building panel's part after « Mon toit »: the estimate's notice (never hidden), the DPE label
 * today and after the chosen package, the owner and household answers, the package picker, the chosen package's
 * figures, the rental status before and after, the end-use breakdown, the class with the panels of « Mon toit » and
 * the assumptions. One element for the life of the page, so the controls keep their focus across answers.
 */
import { h, replaceChildren } from './dom';
import { dpeLabel } from './dpeLabel';
import { energyBreakdownChart } from './energyBreakdownChart';
import { t } from './i18n';
import { createRenovationControls, type RenovationActions } from './renovationControls';
import { assumptionsBlock, packageFigures, rentalStatus, withPvBlock } from './renovationFigures';
import { officialDpeBlock } from './officialDpe';
import { noticeIn } from './renovationLabels';
import { renovationPackages } from './renovationPackages';
import type { AppState, Store } from './store';

export function mountRenovationSection(store: Store<AppState>, actions: RenovationActions): HTMLElement {
  const title = h('h3', { id: 'reno-title' });
  const intro = h('p', { class: 'note' });
  const notice = h('p', { class: 'reno-notice', 'data-testid': 'reno-notice' });
  const status = h('p', { class: 'panel-status', role: 'status', 'data-testid': 'reno-status' });
  const official = h('div', { class: 'reno-official' });
  const label = h('div', { class: 'reno-label' });
  const controls = createRenovationControls(actions);
  const packages = h('div', { class: 'reno-package-list' });
  const detail = h('div', { class: 'reno-detail' });
  const section = h(
    'section',
    { class: 'reno', 'data-testid': 'reno-section', 'aria-labelledby': 'reno-title' },
    title,
    intro,
    notice,
    official,
    status,
    h('div', { class: 'reno-result' }, label, controls.element, packages, detail),
  );
  // The assumptions stay open (or folded) as the reader left them when a new answer arrives.
  let assumptionsOpen = false;

  store.subscribe((state, previous) => {
    const building = state.selection.building;
    if (!previous || building !== previous.selection.building || state.lang !== previous.lang)
      replaceChildren(official, officialDpeBlock(state.lang, building?.dpe));
  });
  store.subscribe((state, previous) => {
    const { lang, renovation: r } = state;
    if (previous && r === previous.renovation && lang === previous.lang) return;
    const langChanged = !previous || lang !== previous.lang;
    title.textContent = t(lang, 'renoTitle');
    intro.textContent = t(lang, 'renoIntro');
    notice.textContent = r.data ? noticeIn(lang, r.data.notice) : t(lang, 'renoNotice');
    status.dataset.state = r.status;
    status.classList.toggle('error', r.status === 'error');
    status.hidden = r.status === 'ready' || r.status === 'idle';
    status.textContent =
      r.status === 'error' ? `${t(lang, 'renoError')}${r.error ? ` (${r.error})` : ''}` : t(lang, 'renoLoading');
    section.setAttribute('aria-busy', String(r.status === 'loading'));
    controls.render(state);
    controls.element.hidden = r.data === null;

    const data = r.data;
    if (!data) {
      replaceChildren(label);
      replaceChildren(packages);
      replaceChildren(detail);
      return;
    }
    const dataChanged = langChanged || data !== previous?.renovation.data;
    if (!dataChanged && r.packageId === previous?.renovation.packageId) return;
    const chosen = data.packages.find((p) => p.id === r.packageId) ?? null;
    if (dataChanged) replaceChildren(packages, renovationPackages(lang, data, r.packageId, actions));
    else
      for (const radio of packages.querySelectorAll<HTMLInputElement>('input[type=radio]'))
        radio.checked = radio.value === r.packageId;
    replaceChildren(label, dpeLabel(lang, data.current, chosen?.after ?? null));
    const assumptions = assumptionsBlock(lang, data);
    assumptions.open = assumptionsOpen;
    assumptions.addEventListener('toggle', () => (assumptionsOpen = assumptions.open));
    replaceChildren(
      detail,
      chosen ? packageFigures(lang, data, chosen) : null,
      rentalStatus(lang, data.current, chosen?.after ?? null, data.official),
      energyBreakdownChart(lang, data.current, chosen?.after ?? null),
      withPvBlock(lang, data),
      assumptions,
    );
  });
  return section;
}
