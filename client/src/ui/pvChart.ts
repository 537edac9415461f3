/** The monthly chart of "Mon toit" as plain SVG: production bars, the consumption line, axes labelled in the language. */
import { formatNumber, monthLabels, t, type Lang } from './i18n';
import { CHART_BOX, monthlyChartGeometry } from './monthlyChartGeometry';

const SVG = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * @param production twelve monthly values [kWh], January first
 * @param consumption twelve monthly values [kWh]
 */
export function pvChart(lang: Lang, production: readonly number[], consumption: readonly number[]): HTMLElement {
  const box = CHART_BOX;
  const chart = monthlyChartGeometry(production, consumption, box);
  const title = t(lang, 'pvChartTitle');
  const svg = s('svg', {
    viewBox: `0 0 ${box.width} ${box.height}`,
    role: 'img',
    'aria-label': `${title} (${t(lang, 'pvChartUnit')})`,
    class: 'pv-chart-svg',
  });
  const baseline = box.height - box.bottom;
  for (const tick of chart.ticks) {
    svg.append(
      s('line', { x1: box.left, x2: box.width - box.right, y1: tick.y, y2: tick.y, class: 'grid' }),
      s(
        'text',
        { x: box.left - 4, y: tick.y + 3, 'text-anchor': 'end', class: 'tick' },
        formatNumber(lang, tick.value),
      ),
    );
  }
  svg.append(s('text', { x: 2, y: box.top - 2, class: 'axis' }, t(lang, 'pvChartUnit')));
  const months = monthLabels(lang);
  chart.bars.forEach((bar, m) => {
    const rect = s('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, class: 'bar' });
    rect.append(s('title', {}, `${months[m]} – ${formatNumber(lang, production[m]!)} kWh`));
    svg.append(
      rect,
      s('text', { x: chart.monthX[m]!, y: baseline + 11, 'text-anchor': 'middle', class: 'month' }, months[m]!),
    );
  });
  svg.append(
    s('line', { x1: box.left, x2: box.width - box.right, y1: baseline, y2: baseline, class: 'baseline' }),
    s('polyline', { points: chart.line.map(([x, y]) => `${x},${y}`).join(' '), class: 'line' }),
    ...chart.line.map(([x, y]) => s('circle', { cx: x, cy: y, r: 2, class: 'dot' })),
  );
  const legend = document.createElement('p');
  legend.className = 'pv-chart-legend';
  const key = (cls: string, label: string) => {
    const item = document.createElement('span');
    const mark = document.createElement('span');
    mark.className = `key ${cls}`;
    mark.setAttribute('aria-hidden', 'true');
    item.append(mark, label);
    return item;
  };
  legend.append(key('bar', t(lang, 'pvChartProduction')), key('line', t(lang, 'pvChartConsumption')));
  const figure = document.createElement('figure');
  figure.className = 'pv-chart';
  figure.dataset.testid = 'pv-chart';
  const caption = document.createElement('figcaption');
  caption.textContent = `${title} (${t(lang, 'pvChartUnit')})`;
  figure.append(caption, svg, legend);
  return figure;
}
