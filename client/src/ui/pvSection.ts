/**
 * "Mon toit", the homeowner's part of the building panel: the controls, what the estimate is doing (computing, not
 * available before the solar cadastre, failed), and the figures and monthly chart of the size on the slider. One
 * element for the life of the page, which the building panel places under the solar summary.
 */
import { configurationAt, monthlyProduction } from '../data/pvConfigurationAt';
import { h, replaceChildren } from './dom';
import { t } from './i18n';
import { pvChart } from './pvChart';
import { createPvControls, type PvActions } from './pvControls';
import { pvFigures } from './pvFigures';
import {
  pvAdviceBlock,
  pvBatteryBlock,
  pvKitsBlock,
  pvOptionsBlock,
  pvVatBlock,
  pvVerdictBlock,
  pvWaterBlock,
} from './pvChoices';
import type { AppState, Store } from './store';

/** What the estimate is doing, in the reader's language (the API's own message is kept for unexpected errors). */
function statusText({ lang, pv }: AppState): string {
  if (pv.status === 'not_computed') return t(lang, 'pvNotComputed');
  if (pv.status !== 'error') return t(lang, 'pvLoading');
  if (pv.errorCode === 'budget_too_small') return t(lang, 'pvBudgetTooSmall');
  return `${t(lang, 'pvError')}${pv.error ? ` (${pv.error})` : ''}`;
}

export function mountPvSection(store: Store<AppState>, actions: PvActions): HTMLElement {
  const title = h('h3', {});
  const intro = h('p', { class: 'note' });
  const controls = createPvControls(actions);
  const status = h('p', { class: 'panel-status', role: 'status', 'data-testid': 'pv-status' });
  const result = h('div', { class: 'pv-result' });
  const printButton = h('button', { type: 'button', class: 'pv-print-button', 'data-testid': 'pv-print-button' });
  printButton.addEventListener('click', () => actions.print());
  const section = h(
    'section',
    { class: 'pv', 'data-testid': 'pv-section', 'aria-labelledby': 'pv-title' },
    title,
    intro,
    controls.element,
    status,
    result,
  );
  title.id = 'pv-title';

  store.subscribe((state, previous) => {
    if (previous && state.pv === previous.pv && state.lang === previous.lang) return;
    const { lang, pv } = state;
    title.textContent = t(lang, 'pvTitle');
    intro.textContent = t(lang, 'pvIntro');
    printButton.textContent = t(lang, 'pvPrint');
    controls.render(state);
    const notComputed = pv.status === 'not_computed';
    controls.element.hidden = notComputed;
    status.dataset.state = pv.status;
    status.classList.toggle('error', pv.status === 'error');
    status.hidden = pv.status === 'ready' || pv.status === 'idle';
    status.textContent = statusText(state);
    section.setAttribute('aria-busy', String(pv.status === 'loading'));

    const changed = !previous || pv.data !== previous.pv.data || pv.index !== previous.pv.index;
    const c = pv.data ? configurationAt(pv.data, pv.index) : null;
    if (!pv.data) replaceChildren(result);
    else if (changed || state.lang !== previous?.lang) {
      // A control being used keeps the focus across the rebuild (keyboard users stay where they were).
      const focused = document.activeElement?.id;
      const data = pv.data;
      const set = actions.setInputs;
      replaceChildren(
        result,
        pvVerdictBlock(lang, data),
        c
          ? pvFigures(lang, data, c)
          : h('p', { class: 'panel-status', 'data-testid': 'pv-no-room' }, t(lang, 'pvNoRoom')),
        c ? pvChart(lang, monthlyProduction(data, c), data.monthly.consumption_kwh) : null,
        pvOptionsBlock(lang, data, (index) => actions.setIndex(index)),
        c ? pvVatBlock(lang, data, state.pv.inputs, set) : null,
        c ? printButton : null,
        pvBatteryBlock(lang, data, set),
        pvKitsBlock(lang, data),
        pvWaterBlock(lang, data, state.pv.inputs, set),
        pvAdviceBlock(lang),
      );
      if (focused) document.getElementById(focused)?.focus();
    }
  });
  return section;
}
