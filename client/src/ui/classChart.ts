/** The class distribution per year of a plan as stacked SVG bars (G at the bottom), with a legend of the classes. */
import type { Plan } from '../../../contracts';
import { DPE_LETTERS } from '../data/requests';
import { CLASS_CHART_BOX, classChartGeometry } from './classChartGeometry';
import { h } from './dom';
import { DPE_COLOURS } from './dpeScaleGeometry';
import { formatNumber, t, type Lang } from './i18n';
import { s } from './svg';

export function classChart(lang: Lang, plan: Plan): HTMLElement {
  const box = CLASS_CHART_BOX;
  const columns = [
    { label: String(plan.start_year), classes: plan.totals.classes_start },
    // A year's works count from 1 January of the next year: the bar after year y's works is labelled y + 1.
    ...plan.years.map((y) => ({ label: String(y.year + 1), classes: y.classes })),
  ];
  const chart = classChartGeometry(columns, box);
  const title = t(lang, 'llClassChart');
  const svg = s('svg', { viewBox: `0 0 ${box.width} ${box.height}`, role: 'img', class: 'll-chart-svg' });
  svg.setAttribute(
    'aria-label',
    `${title} — ${chart.columns
      .map((c) => `${c.label} : ${c.segments.map((g) => `${g.letter} ${g.houses}`).join(', ')}`)
      .join(' ; ')}`,
  );
  for (const tick of chart.ticks)
    svg.append(
      s('line', { x1: box.left - 3, x2: box.width, y1: tick.y, y2: tick.y, class: 'grid' }),
      s('text', { x: box.left - 5, y: tick.y + 3, 'text-anchor': 'end', class: 'tick' }, `${tick.percent} %`),
    );
  // Labels every few columns when there are many years, so they do not overlap.
  const every = Math.ceil(chart.columns.length / 8);
  chart.columns.forEach((column, k) => {
    for (const g of column.segments)
      svg.append(
        s(
          'rect',
          {
            x: g.x,
            y: g.y,
            width: g.width,
            height: g.height,
            fill: g.colour,
            class: 'll-class',
            'data-letter': g.letter,
            'data-column': k,
          },
          s('title', {}, `${column.label} – ${g.letter} : ${formatNumber(lang, g.houses)}`),
        ),
      );
    if (k % every === 0)
      svg.append(
        s('text', { x: column.x, y: chart.baseline + 13, 'text-anchor': 'middle', class: 'tick' }, column.label),
      );
  });
  const legend = h(
    'p',
    { class: 'll-legend' },
    ...DPE_LETTERS.map((l) =>
      h('span', {}, h('span', { class: 'll-key', style: `background:${DPE_COLOURS[l]}`, 'aria-hidden': 'true' }), l),
    ),
  );
  return h('figure', { class: 'll-chart', 'data-testid': 'll-class-chart' }, h('figcaption', {}, title), svg, legend);
}
