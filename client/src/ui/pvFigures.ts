/** The figures of one installation size, as a definition list (in the panel and on the printed summary). */
import type { BuildingPv, PvConfiguration } from '../data/pvPanels';
import { h } from './dom';
import { formatNumber, t, type Lang, type MessageKey } from './i18n';

/** Peak power with up to two decimals (modules of 375–500 Wc make sizes such as 3,75 kWc). */
export const formatKwp = (lang: Lang, kwp: number) => formatNumber(lang, kwp, 2);

export function formatPayback(lang: Lang, pv: BuildingPv, c: PvConfiguration): string {
  return c.payback_years === null
    ? t(lang, 'pvPaybackBeyond', { years: formatNumber(lang, pv.assumptions.lifetime_years) })
    : t(lang, 'pvPaybackYears', { years: formatNumber(lang, c.payback_years, 1) });
}

/**
 * The list: power, panels, production, specific yield, self-consumption, self-sufficiency, savings, surplus sale,
 * net cost, payback, NPV over the lifetime, CO₂ avoided. Each value carries `data-field` for tests.
 */
export function pvFigures(lang: Lang, pv: BuildingPv, c: PvConfiguration, testId = 'pv-figures'): HTMLElement {
  const label = (key: MessageKey) => t(lang, key);
  const rows: [string, string, string][] = [
    [label('pvKwp'), formatKwp(lang, c.kwp), 'kwp'],
    [label('pvPanels'), formatNumber(lang, c.panels), 'panels'],
    [label('pvProduction'), formatNumber(lang, c.annual_kwh), 'annual-kwh'],
    [label('pvYield'), formatNumber(lang, c.specific_yield_kwh_kwp), 'yield'],
    [label('pvSelfConsumption'), formatNumber(lang, c.self_consumption_pct), 'self-consumption'],
    [label('pvSelfSufficiency'), formatNumber(lang, c.self_sufficiency_pct), 'self-sufficiency'],
    [label('pvSavings'), formatNumber(lang, c.savings_eur_yr), 'savings'],
    [label('pvExport'), formatNumber(lang, c.export_revenue_eur_yr), 'export'],
    [label('pvNetCost'), formatNumber(lang, c.net_cost_eur), 'net-cost'],
    [label('pvPayback'), formatPayback(lang, pv, c), 'payback'],
    [
      t(lang, 'pvNpv', { years: formatNumber(lang, pv.assumptions.lifetime_years) }),
      formatNumber(lang, c.npv_eur),
      'npv',
    ],
    [label('pvCo2'), formatNumber(lang, c.co2_avoided_kg_yr), 'co2'],
  ];
  return h(
    'dl',
    { class: 'pv-figures', 'data-testid': testId },
    ...rows.flatMap(([name, value, field]) => [h('dt', {}, name), h('dd', { 'data-field': field }, value)]),
  );
}
