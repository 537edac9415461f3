/** Final energy by end use before and after the chosen works, as plain SVG horizontal bars with their values. */
import type { DwellingState } from '../../../contracts';
import { h } from './dom';
import { BARS_BOX, END_USES, endUses, energyBarsGeometry } from './energyBarsGeometry';
import { formatNumber, t, type Lang } from './i18n';
import { s } from './svg';

export function energyBreakdownChart(lang: Lang, before: DwellingState, after: DwellingState | null): HTMLElement {
  const box = BARS_BOX;
  const [uses, usesAfter] = [endUses(before.final_kwh), after ? endUses(after.final_kwh) : null];
  const chart = energyBarsGeometry(uses, usesAfter);
  const title = `${t(lang, 'renoEnergyChart')} (${t(lang, 'renoEnergyUnit')})`;
  const when = { before: t(lang, 'renoCurrent'), after: t(lang, 'renoAfter') };
  const svg = s('svg', { viewBox: `0 0 ${box.width} ${chart.height}`, role: 'img', class: 'reno-chart-svg' });
  const described = END_USES.map((use) => {
    const values = [`${when.before} ${formatNumber(lang, uses[use])}`];
    if (usesAfter) values.push(`${when.after} ${formatNumber(lang, usesAfter[use])}`);
    return `${t(lang, `renoUse_${use}`)} : ${values.join(', ')}`;
  });
  svg.setAttribute('aria-label', `${title} — ${described.join(' ; ')}`);
  for (const label of chart.labels)
    svg.append(s('text', { x: 0, y: label.y + 3, class: 'use' }, t(lang, `renoUse_${label.use}`)));
  for (const bar of chart.bars) {
    const value = formatNumber(lang, bar.value_kwh);
    svg.append(
      s(
        'rect',
        {
          x: bar.x,
          y: bar.y,
          width: bar.width,
          height: bar.height,
          class: `bar ${bar.when}`,
          'data-use': bar.use,
          'data-when': bar.when,
        },
        s('title', {}, `${t(lang, `renoUse_${bar.use}`)} – ${when[bar.when]} : ${value} kWh`),
      ),
      s('text', { x: bar.x + bar.width + 3, y: bar.y + bar.height - 1.5, class: 'value' }, value),
    );
  }
  const key = (cls: string, label: string) =>
    h('span', {}, h('span', { class: `key ${cls}`, 'aria-hidden': 'true' }), label);
  return h(
    'figure',
    { class: 'reno-chart', 'data-testid': 'reno-energy-chart' },
    h('figcaption', {}, title),
    svg,
    h('p', { class: 'reno-chart-legend' }, key('before', when.before), after ? key('after', when.after) : null),
  );
}
