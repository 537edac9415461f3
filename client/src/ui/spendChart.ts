/** Spend per year of a plan as SVG bars, the yearly budget as a step line over them. */
import type { Plan } from '../../../contracts';
import { h } from './dom';
import { formatNumber, t, type Lang } from './i18n';
import { SPEND_CHART_BOX, spendChartGeometry } from './spendChartGeometry';
import { s } from './svg';

/** Axis values in k€ or M€, as a reader of a budget expects them. */
function short(lang: Lang, eur: number): string {
  if (eur >= 1e6) return `${formatNumber(lang, eur / 1e6, 1)} M€`;
  if (eur >= 1e3) return `${formatNumber(lang, eur / 1e3, 0)} k€`;
  return `${formatNumber(lang, eur)} €`;
}

export function spendChart(lang: Lang, plan: Plan): HTMLElement {
  const box = SPEND_CHART_BOX;
  const chart = spendChartGeometry(plan.years, box);
  const title = t(lang, 'llSpendChart');
  const svg = s('svg', { viewBox: `0 0 ${box.width} ${box.height}`, role: 'img', class: 'll-chart-svg' });
  svg.setAttribute(
    'aria-label',
    `${title} — ${chart.bars
      .map((b) => `${b.year} : ${formatNumber(lang, b.spend_eur)} / ${formatNumber(lang, b.budget_eur)} €`)
      .join(' ; ')}`,
  );
  for (const tick of chart.ticks)
    svg.append(
      s('line', { x1: box.left - 3, x2: box.width, y1: tick.y, y2: tick.y, class: 'grid' }),
      s('text', { x: box.left - 5, y: tick.y + 3, 'text-anchor': 'end', class: 'tick' }, short(lang, tick.value_eur)),
    );
  const every = Math.ceil(chart.bars.length / 8);
  chart.bars.forEach((b, k) => {
    svg.append(
      s(
        'rect',
        { x: b.x, y: b.y, width: b.width, height: b.height, class: 'll-spend', 'data-year': b.year },
        s(
          'title',
          {},
          `${b.year} – ${t(lang, 'llSpend')} : ${formatNumber(lang, b.spend_eur)} € ; ${t(lang, 'llBudgetLine')} : ${formatNumber(lang, b.budget_eur)} €`,
        ),
      ),
    );
    if (k % every === 0)
      svg.append(
        s('text', { x: b.centre, y: chart.baseline + 13, 'text-anchor': 'middle', class: 'tick' }, String(b.year)),
      );
  });
  svg.append(s('polyline', { points: chart.budgetLine, class: 'll-budget', fill: 'none' }));
  const key = (cls: string, label: string) =>
    h('span', {}, h('span', { class: `ll-key ${cls}`, 'aria-hidden': 'true' }), label);
  return h(
    'figure',
    { class: 'll-chart', 'data-testid': 'll-spend-chart' },
    h('figcaption', {}, title),
    svg,
    h('p', { class: 'll-legend' }, key('spend', t(lang, 'llSpend')), key('budget', t(lang, 'llBudgetLine'))),
  );
}
