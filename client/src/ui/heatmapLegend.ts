/** The heat-map's legend (the irradiation ramp with its ticks), its loading state and the switch to show it. */
import { RAMP_TICKS, rampGradientCss } from '../layers/colourRamp';
import { h, replaceChildren } from './dom';
import { formatNumber, t } from './i18n';
import type { AppState, Store } from './store';

export function mountHeatmapLegend(
  container: HTMLElement,
  store: Store<AppState>,
  actions: { toggle(): void },
): HTMLElement {
  const title = h('h2', { id: 'heatmap-title' });
  const ramp = h('div', { class: 'ramp', 'aria-hidden': 'true' });
  // Set through the style property (CSSOM), which a strict Content-Security-Policy allows.
  ramp.style.background = rampGradientCss();
  const ticks = h('div', { class: 'ramp-ticks' });
  const status = h('p', { class: 'heatmap-status', 'data-testid': 'heatmap-status', role: 'status' });
  const toggle = h('button', { type: 'button', class: 'toggle', 'data-testid': 'heatmap-toggle' });
  toggle.addEventListener('click', () => actions.toggle());
  const legend = h(
    'section',
    { class: 'heatmap-legend', 'data-testid': 'heatmap-legend', 'aria-labelledby': 'heatmap-title' },
    toggle,
    title,
    ramp,
    ticks,
    status,
  );
  container.append(legend);

  store.subscribe((state, previous) => {
    if (previous && state.heatmap === previous.heatmap && state.lang === previous.lang) return;
    const { lang, heatmap } = state;
    title.textContent = t(lang, 'heatmapTitle');
    toggle.textContent = t(lang, 'heatmapToggle');
    toggle.setAttribute('aria-label', t(lang, 'heatmapToggleLabel'));
    toggle.setAttribute('aria-pressed', String(heatmap.visible));
    const last = RAMP_TICKS.length - 1;
    replaceChildren(
      ticks,
      ...RAMP_TICKS.map((v, k) => h('span', {}, `${k === 0 ? '≤ ' : k === last ? '≥ ' : ''}${formatNumber(lang, v)}`)),
    );
    status.dataset.status = heatmap.status;
    status.textContent =
      heatmap.status === 'error'
        ? t(lang, 'heatmapError')
        : heatmap.status === 'loading'
          ? t(lang, 'heatmapLoading')
          : heatmap.faces > 0
            ? t(lang, 'heatmapFaces', { faces: formatNumber(lang, heatmap.faces) })
            : heatmap.status === 'ready'
              ? t(lang, 'heatmapNone')
              : '';
  });
  return legend;
}
