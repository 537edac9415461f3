/** « Friches » results: the figures of the evaluated farm, its months, the sweep and the assumptions. */
import type { FarmEvaluation } from '../data/farmAreas';
import { h } from './dom';
import { farmMonthlyChart, farmSweepChart } from './farmCharts';
import { formatNumber, t, type Lang, type MessageKey } from './i18n';

/** [data-field, label, value, fraction digits]. */
function figureRows(e: FarmEvaluation): [string, MessageKey, number, number][] {
  const f = e.figures;
  return [
    ['mwp', 'fm_mwp', f.mwp, 2],
    ['mwh-yr', 'fm_mwh', f.mwh_yr, 0],
    ['yield', 'fm_yield', f.specific_yield_kwh_kwp, 0],
    ['pr', 'fm_pr', 100 * f.performance_ratio, 1],
    ['shading', 'fm_shading', f.shading_loss_pct, 1],
    ['buildable-ha', 'fm_buildable', f.buildable_ha, 2],
    ['mwp-per-ha', 'fm_density', f.mwp_per_ha, 2],
    ['modules', 'fm_modules', f.modules, 0],
    ['gcr', 'fm_gcr', f.gcr, 2],
    ['pitch-m', 'fm_pitchM', f.pitch_m, 2],
    ['capex', 'fm_capex', f.capex_eur, 0],
    ['opex', 'fm_opex', f.opex_eur_yr, 0],
    ['lcoe', 'fm_lcoe', f.lcoe_eur_mwh, 1],
    ['households', 'fm_households', f.households, 0],
    ['co2', 'fm_co2', f.co2_avoided_t_yr, 0],
  ];
}

export function farmResults(lang: Lang, e: FarmEvaluation, rowsDrawn: number): HTMLElement {
  const figures = h(
    'dl',
    { class: 'fm-figures', 'data-testid': 'fm-figures' },
    ...figureRows(e).flatMap(([field, key, value, digits]) => [
      h('dt', {}, t(lang, key)),
      h('dd', { 'data-field': field, 'data-value': value }, formatNumber(lang, value, digits)),
    ]),
  );
  const assumptions = h(
    'details',
    { class: 'fm-assumptions', 'data-testid': 'fm-assumptions' },
    h('summary', {}, t(lang, 'fmAssumptions')),
    h(
      'dl',
      {},
      ...Object.entries(e.assumptions).flatMap(([key, value]) => [
        h('dt', {}, key),
        h('dd', {}, typeof value === 'number' ? formatNumber(lang, value, 4) : String(value)),
      ]),
    ),
  );
  return h(
    'section',
    { class: 'fm-results', 'data-testid': 'fm-results' },
    h('h3', {}, `${t(lang, 'fmResults')}${e.site.name ? ` — ${e.site.name}` : ''}`),
    h('p', { class: 'note' }, t(lang, 'fmEstimate')),
    figures,
    h('p', { 'data-testid': 'fm-rows-drawn' }, t(lang, 'fmRowsDrawn', { n: formatNumber(lang, rowsDrawn) })),
    farmMonthlyChart(lang, e.monthly_mwh),
    e.sweep && e.sweep.length > 0 ? farmSweepChart(lang, e.sweep) : null,
    assumptions,
  );
}
