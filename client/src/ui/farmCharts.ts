/** The two charts of « Friches » as SVG: monthly production bars, and the tilt × GCR trade-off (one line per tilt). */
import type { FarmSweepPoint } from '../../../contracts';
import { h } from './dom';
import { formatNumber, monthLabels, t, type Lang } from './i18n';
import { CHART_BOX, monthlyChartGeometry } from './monthlyChartGeometry';
import { SWEEP_BOX, sweepChartGeometry } from './farmSweepGeometry';
import { s } from './svg';

/** One colour per tilt line, in the order of the tilts (Okabe & Ito's colour-blind-safe palette, 2008). */
const TILT_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000'];

/** @param monthly_mwh twelve months [MWh], January first */
export function farmMonthlyChart(lang: Lang, monthly_mwh: readonly number[]): HTMLElement {
  const box = CHART_BOX;
  const chart = monthlyChartGeometry(monthly_mwh, new Array<number>(12).fill(0), box);
  const title = t(lang, 'fmMonthly');
  const months = monthLabels(lang);
  const svg = s('svg', { viewBox: `0 0 ${box.width} ${box.height}`, role: 'img', class: 'fm-chart-svg' });
  svg.setAttribute('aria-label', title);
  const baseline = box.height - box.bottom;
  for (const tick of chart.ticks)
    svg.append(
      s('line', { x1: box.left, x2: box.width - box.right, y1: tick.y, y2: tick.y, class: 'grid' }),
      s(
        'text',
        { x: box.left - 4, y: tick.y + 3, 'text-anchor': 'end', class: 'tick' },
        formatNumber(lang, tick.value),
      ),
    );
  chart.bars.forEach((bar, m) => {
    svg.append(
      s(
        'rect',
        { x: bar.x, y: bar.y, width: bar.width, height: bar.height, class: 'bar', 'data-month': m + 1 },
        s('title', {}, `${months[m]} – ${formatNumber(lang, monthly_mwh[m]!, 1)} MWh`),
      ),
      s('text', { x: chart.monthX[m]!, y: baseline + 11, 'text-anchor': 'middle', class: 'month' }, months[m]!),
    );
  });
  return h('figure', { class: 'fm-chart', 'data-testid': 'fm-monthly-chart' }, h('figcaption', {}, title), svg);
}

export function farmSweepChart(lang: Lang, sweep: readonly FarmSweepPoint[]): HTMLElement {
  const box = SWEEP_BOX;
  const chart = sweepChartGeometry(sweep, box);
  const title = t(lang, 'fmSweepTitle');
  const svg = s('svg', { viewBox: `0 0 ${box.width} ${box.height}`, role: 'img', class: 'fm-chart-svg' });
  svg.setAttribute('aria-label', title);
  for (const tick of chart.yTicks)
    svg.append(
      s('line', { x1: box.left, x2: box.width - box.right, y1: tick.y, y2: tick.y, class: 'grid' }),
      s(
        'text',
        { x: box.left - 4, y: tick.y + 3, 'text-anchor': 'end', class: 'tick' },
        formatNumber(lang, tick.value),
      ),
    );
  for (const tick of chart.xTicks)
    svg.append(
      s(
        'text',
        { x: tick.x, y: chart.baseline + 12, 'text-anchor': 'middle', class: 'tick' },
        formatNumber(lang, tick.value, 2),
      ),
    );
  svg.append(
    s('text', { x: box.width - box.right, y: box.height - 2, 'text-anchor': 'end', class: 'axis' }, 'MWc'),
    s('line', { x1: box.left, x2: box.width - box.right, y1: chart.baseline, y2: chart.baseline, class: 'baseline' }),
  );
  chart.lines.forEach((line, k) => {
    const colour = TILT_COLOURS[k % TILT_COLOURS.length]!;
    svg.append(
      s('polyline', {
        points: line.path,
        fill: 'none',
        stroke: colour,
        'stroke-width': 1.5,
        class: 'fm-sweep-line',
        'data-tilt': line.tilt_deg,
      }),
    );
    for (const p of line.points)
      svg.append(
        s(
          'circle',
          {
            cx: p.x,
            cy: p.y,
            r: 2.5,
            fill: colour,
            class: 'fm-sweep-point',
            'data-tilt': p.tilt_deg,
            'data-gcr': p.gcr,
          },
          s(
            'title',
            {},
            t(lang, 'fmSweepPoint', {
              tilt: formatNumber(lang, p.tilt_deg),
              gcr: formatNumber(lang, p.gcr, 2),
              mwp: formatNumber(lang, p.mwp, 2),
              yield: formatNumber(lang, p.specific_yield_kwh_kwp),
              mwh: formatNumber(lang, p.mwh_yr),
            }),
          ),
        ),
      );
  });
  const legend = h(
    'p',
    { class: 'fm-legend' },
    ...chart.lines.map((line, k) =>
      h(
        'span',
        {},
        h('span', {
          class: 'fm-key',
          style: `background:${TILT_COLOURS[k % TILT_COLOURS.length]}`,
          'aria-hidden': 'true',
        }),
        t(lang, 'fmSweepTilt', { tilt: formatNumber(lang, line.tilt_deg) }),
      ),
    ),
  );
  return h('figure', { class: 'fm-chart', 'data-testid': 'fm-sweep-chart' }, h('figcaption', {}, title), svg, legend);
}
