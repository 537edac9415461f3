/**
 * « DPE officiel » in « Rénovation »: the real DPEs ADEME registered for this building (matched by the API: RNB id,
 * BAN point or address), beside our estimate — class, dates, validity, number, the class under the 2026 electricity
 * factor, how sure the match is — and which label the rental calendar below starts from. Nothing when the building
 * has no real DPE matched.
 */
import type { BuildingDpe } from '../../../contracts/buildings';
import { h } from './dom';
import { DPE_COLOURS, textColourOn } from './dpeScaleGeometry';
import { formatDate, formatNumber, t, type Lang } from './i18n';

function badge(letter: BuildingDpe['energy_class']): HTMLElement {
  return h(
    'span',
    { class: 'dpe-badge', style: `background:${DPE_COLOURS[letter]};color:${textColourOn(DPE_COLOURS[letter])}` },
    letter,
  );
}

function one(lang: Lang, d: BuildingDpe): HTMLElement {
  const lines: (HTMLElement | string)[] = [
    h(
      'p',
      {},
      badge(d.energy_class),
      ' ',
      t(lang, 'dpeOfficialLine', {
        kwh: formatNumber(lang, d.primary_kwh_m2),
        ghg: formatNumber(lang, d.ghg_kg_m2),
      }),
    ),
    h(
      'p',
      { class: 'note' },
      t(lang, 'dpeOfficialDates', {
        issued: formatDate(lang, d.issue_date),
        until: formatDate(lang, d.valid_until),
        number: d.number,
      }),
    ),
  ];
  if (d.issue_date < '2026-01-01' && d.energy_class_2026 && d.energy_class_2026 !== d.energy_class) {
    lines.push(
      h(
        'p',
        { class: 'note', 'data-field': 'class-2026' },
        t(lang, 'dpeOfficial2026', { letter: d.energy_class_2026 }),
      ),
    );
  }
  if (!d.current)
    lines.push(h('p', { class: 'note' }, t(lang, d.superseded_by ? 'dpeOfficialSuperseded' : 'dpeOfficialExpired')));
  if (d.match_flags.length > 0 || d.match_confidence < 0.5) {
    lines.push(h('p', { class: 'note warning', 'data-field': 'match-doubt' }, t(lang, 'dpeOfficialDoubt')));
  }
  return h('li', { 'data-testid': 'dpe-official-record', 'data-number': d.number }, ...lines);
}

export function officialDpeBlock(lang: Lang, records: readonly BuildingDpe[] | undefined): HTMLElement | null {
  if (!records || records.length === 0) return null;
  const current = records.filter((d) => d.current);
  // The API's rule (dpe/current_labels): a valid record counts only when matched firmly enough.
  const firm = current.filter((d) => d.match_confidence >= 0.5 && !d.match_flags.includes('address_disagrees'));
  return h(
    'div',
    { class: 'dpe-official', 'data-testid': 'dpe-official' },
    h('h4', {}, t(lang, 'dpeOfficialTitle')),
    h('ul', {}, ...records.slice(0, 5).map((d) => one(lang, d))),
    records.length > 5
      ? h('p', { class: 'note' }, t(lang, 'dpeOfficialMore', { n: String(records.length - 5) }))
      : null,
    h(
      'p',
      { class: 'note', 'data-field': 'calendar-basis' },
      t(
        lang,
        firm.length > 0
          ? 'dpeOfficialCalendar'
          : current.length > 0
            ? 'dpeOfficialCalendarDoubt'
            : 'dpeOfficialCalendarNone',
      ),
    ),
    h('p', { class: 'attribution' }, t(lang, 'dpeOfficialSource')),
  );
}
