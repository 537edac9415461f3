/** Colour legend of the building typologies present in the view. */
import { HIGHLIGHT_COLOUR, LEGEND_TYPOLOGIES, typologyColour } from '../layers/typologyColours';
import { h, replaceChildren } from './dom';
import { t, typologyLabel } from './i18n';
import type { AppState, Store } from './store';

const HEAP_COLOUR = '#4a433c';

// Colours set through the style property (CSSOM), which a strict Content-Security-Policy allows.
function swatch(colour: string, label: string): HTMLElement {
  const box = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  box.style.background = colour;
  return h('li', {}, box, label);
}

export function mountLegend(container: HTMLElement, store: Store<AppState>): HTMLElement {
  const legend = h('section', { class: 'legend', 'data-testid': 'legend', 'aria-labelledby': 'legend-title' });
  container.append(legend);
  store.subscribe((state, previous) => {
    if (previous && state.typologies === previous.typologies && state.lang === previous.lang) return;
    const { lang } = state;
    const present = Object.keys(state.typologies).map((k) =>
      (LEGEND_TYPOLOGIES as readonly string[]).includes(k) ? k : 'other',
    );
    const shown = LEGEND_TYPOLOGIES.filter((k) => present.length === 0 || present.includes(k));
    replaceChildren(
      legend,
      h('h2', { id: 'legend-title' }, t(lang, 'legendTitle')),
      h(
        'ul',
        {},
        ...shown.map((k) => swatch(typologyColour(k), typologyLabel(lang, k))),
        swatch(HEAP_COLOUR, t(lang, 'legendHeap')),
        swatch(HIGHLIGHT_COLOUR, t(lang, 'legendSelected')),
      ),
    );
  });
  return legend;
}
