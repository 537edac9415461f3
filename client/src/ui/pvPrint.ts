/**
 * The one-page summary the homeowner prints (or saves as PDF): the address, the household, the figures and monthly
 * chart of the size on the slider, the assumptions with their dates and sources, and that it is an estimate. Hidden
 * on screen; the print stylesheet shows it alone while an estimate is ready (body.pv-printable).
 */
import type { BuildingPv, PvConfiguration } from '../data/pvPanels';
import { configurationAt, monthlyProduction } from '../data/pvConfigurationAt';
import { h, replaceChildren } from './dom';
import { formatDate, formatNumber, heatingLabel, t, type Lang, type MessageKey } from './i18n';
import { pvChart } from './pvChart';
import { pvFigures } from './pvFigures';
import { pvAdviceBlock, pvVerdictBlock } from './pvChoices';
import type { AppState, Store } from './store';

function assumptionRows(lang: Lang, pv: BuildingPv): HTMLElement[] {
  const a = pv.assumptions;
  const rows: [MessageKey, number, number][] = [
    ['pvRetailPrice', a.retail_price_eur_kwh, 4],
    ['pvExportTariff', a.export_tariff_eur_kwh, 4],
    ['pvPremium', a.premium_eur_kwp, 0],
    ['pvInstalledCost', a.installed_cost_eur_kwp, 0],
    ['pvPriceDrift', a.price_drift_pct_yr, 1],
    ['pvDegradation', a.degradation_pct_yr, 2],
    ['pvDiscount', a.discount_rate_pct, 1],
    ['pvLifetime', a.lifetime_years, 0],
    ['pvLosses', a.losses_pct, 1],
    ['pvCo2Factor', a.co2_kg_kwh, 3],
  ];
  return rows.flatMap(([key, value, digits]) => [
    h('dt', {}, t(lang, key)),
    h('dd', {}, formatNumber(lang, value, digits)),
  ]);
}

function summary(state: AppState, pv: BuildingPv, c: PvConfiguration): HTMLElement[] {
  const { lang, selection } = state;
  const b = selection.building;
  const street = b?.address ?? b?.name ?? null;
  const place =
    street && b?.commune && !street.includes(b.commune) ? `${street}, ${b.commune}` : (street ?? b?.commune);
  const household = t(lang, 'pvHousehold', {
    occupants: formatNumber(lang, pv.occupants),
    heating: heatingLabel(lang, pv.heating).toLowerCase(),
    consumption: formatNumber(lang, pv.consumption_kwh),
  });
  const sources = pv.assumptions.sources.map((s) =>
    h(
      'li',
      {},
      s.title,
      s.date ? ` (${formatDate(lang, s.date)})` : '',
      s.url ? h('span', { class: 'pv-print-url' }, ` ${s.url}`) : null,
    ),
  );
  return [
    h('h1', {}, t(lang, 'pvPrintTitle')),
    h(
      'p',
      { class: 'pv-print-address', 'data-field': 'address' },
      place || `${t(lang, 'buildingNumber')}${pv.building_id}`,
    ),
    h('p', {}, household, pv.consumption_estimated ? t(lang, 'pvHouseholdEstimated') : ''),
    h(
      'p',
      {},
      t(lang, 'pvModule', {
        module: `${pv.module.manufacturer} ${pv.module.model}`,
        wp: formatNumber(lang, pv.module.wp),
      }),
      ' · ',
      t(lang, 'pvWeather', { weather: pv.weather }),
    ),
    pvVerdictBlock(lang, pv, 'pv-print-verdict'),
    pvFigures(lang, pv, c, 'pv-print-figures'),
    pvChart(lang, monthlyProduction(pv, c), pv.monthly.consumption_kwh),
    h('h2', {}, t(lang, 'pvAssumptions')),
    h(
      'p',
      { 'data-field': 'tariffs-date' },
      t(lang, 'pvTariffsDate', { date: formatDate(lang, pv.assumptions.tariffs_valid_from) }),
      pv.assumptions.oa_quarter ? ` · ${t(lang, 'pvOaQuarter', { quarter: pv.assumptions.oa_quarter })}` : '',
    ),
    h('dl', { class: 'pv-assumptions' }, ...assumptionRows(lang, pv)),
    h('h3', {}, t(lang, 'pvSources')),
    h('ul', { class: 'pv-sources' }, ...sources),
    h('p', { class: 'pv-estimate-note', 'data-field': 'estimate-note' }, t(lang, 'pvEstimateNote')),
    pvAdviceBlock(lang, 'pv-print-advice'),
  ];
}

export function mountPvPrint(container: HTMLElement, store: Store<AppState>): HTMLElement {
  const element = h('section', { class: 'pv-print', 'data-testid': 'pv-print' });
  container.append(element);
  store.subscribe((state, previous) => {
    if (previous && state.pv === previous.pv && state.lang === previous.lang && state.selection === previous.selection)
      return;
    const pv = state.pv.status === 'ready' ? state.pv.data : null;
    const c = pv ? configurationAt(pv, state.pv.index) : null;
    document.body.classList.toggle('pv-printable', c !== null);
    if (pv && c) replaceChildren(element, ...summary(state, pv, c));
    else replaceChildren(element);
  });
  return element;
}
