/**
 * The DPE label of « Rénovation » as plain SVG: the coloured A–G scale, an arrow at today's class and one at the
 * class after the chosen package, each with its primary energy; under it, energy and emissions per m² before and
 * after (a small table). The arrows carry `data-testid` (dpe-current, dpe-after) and `data-letter` for tests.
 */
import type { DwellingState } from '../../../contracts';
import { h } from './dom';
import { dpeScaleGeometry, DPE_BOX, type DpeArrow } from './dpeScaleGeometry';
import { formatNumber, t, type Lang } from './i18n';
import { s } from './svg';

function arrowMark(lang: Lang, a: DpeArrow, state: DwellingState, testId: string, when: string): SVGGElement {
  const box = DPE_BOX;
  const title = t(lang, 'renoArrow', {
    when,
    letter: state.letter,
    ep: formatNumber(lang, state.ep_kwh_m2),
    ghg: formatNumber(lang, state.ghg_kg_m2, 1),
  });
  return s(
    'g',
    { 'data-testid': testId, 'data-letter': a.letter, class: 'dpe-arrow' },
    s('title', {}, title),
    s('polygon', { points: a.points, fill: a.colour, stroke: '#1f2a33', 'stroke-width': 1.2 }),
    s(
      'text',
      { x: a.tipX + box.arrowTip + 8, y: a.tipY + 5, fill: a.text, class: 'dpe-arrow-letter', 'text-anchor': 'middle' },
      a.letter,
    ),
    s(
      'text',
      { x: a.tipX + box.arrowWidth - 3, y: a.tipY + 3, fill: a.text, class: 'dpe-arrow-value', 'text-anchor': 'end' },
      formatNumber(lang, state.ep_kwh_m2),
    ),
  );
}

/** Energy and emissions per m², today and after, as a small table (`td[data-field=…]`). */
function intensities(lang: Lang, current: DwellingState, after: DwellingState | null): HTMLElement {
  const cell = (value: string, field: string) => h('td', { 'data-field': field }, value);
  const line = (label: string, key: 'ep' | 'ghg', digits: number) => {
    const value = (state: DwellingState) =>
      formatNumber(lang, key === 'ep' ? state.ep_kwh_m2 : state.ghg_kg_m2, digits);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, label),
      cell(value(current), `${key}-current`),
      after ? cell(value(after), `${key}-after`) : null,
    );
  };
  return h(
    'table',
    { class: 'reno-intensities', 'data-testid': 'reno-intensities' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('td', {}),
        h('th', { scope: 'col' }, t(lang, 'renoCurrent')),
        after ? h('th', { scope: 'col' }, t(lang, 'renoAfter')) : null,
      ),
    ),
    h('tbody', {}, line(t(lang, 'renoEp'), 'ep', 0), line(t(lang, 'renoGhg'), 'ghg', 1)),
  );
}

/**
 * @param current today's state
 * @param after the state after the chosen package; null when there is none
 */
export function dpeLabel(lang: Lang, current: DwellingState, after: DwellingState | null): HTMLElement {
  const box = DPE_BOX;
  const scale = dpeScaleGeometry(current.letter, after?.letter ?? null);
  const title = t(lang, 'renoLabel');
  const svg = s('svg', {
    viewBox: `0 0 ${box.width} ${scale.height}`,
    role: 'img',
    'aria-label': [
      title,
      t(lang, 'renoArrow', {
        when: t(lang, 'renoCurrent'),
        letter: current.letter,
        ep: formatNumber(lang, current.ep_kwh_m2),
        ghg: formatNumber(lang, current.ghg_kg_m2, 1),
      }),
      after
        ? t(lang, 'renoArrow', {
            when: t(lang, 'renoAfter'),
            letter: after.letter,
            ep: formatNumber(lang, after.ep_kwh_m2),
            ghg: formatNumber(lang, after.ghg_kg_m2, 1),
          })
        : '',
    ]
      .filter(Boolean)
      .join(' ; '),
    class: 'dpe-label-svg',
  });
  for (const r of scale.rows)
    svg.append(
      s('rect', { x: 0, y: r.y, width: r.width, height: box.row, rx: 2, fill: r.colour, class: 'dpe-bar' }),
      s(
        'text',
        { x: r.width - 8, y: r.y + box.row / 2 + 5, fill: r.text, class: 'dpe-bar-letter', 'text-anchor': 'end' },
        r.letter,
      ),
    );
  // The "after" title ends at the right edge: it is longer than its column.
  const header = (x: number, text: string, anchor: 'middle' | 'end') =>
    s(
      'text',
      {
        x: anchor === 'end' ? box.width : x + box.arrowWidth / 2,
        y: box.header - 4,
        'text-anchor': anchor,
        class: 'dpe-column',
      },
      text,
    );
  svg.append(
    header(box.currentX, t(lang, 'renoCurrent'), 'middle'),
    arrowMark(lang, scale.current, current, 'dpe-current', t(lang, 'renoCurrent')),
  );
  if (after && scale.after)
    svg.append(
      header(box.afterX, t(lang, 'renoAfter'), 'end'),
      arrowMark(lang, scale.after, after, 'dpe-after', t(lang, 'renoAfter')),
    );

  const figure = h('figure', { class: 'dpe-label', 'data-testid': 'dpe-label' }, h('figcaption', {}, title));
  figure.append(svg, intensities(lang, current, after));
  return figure;
}
