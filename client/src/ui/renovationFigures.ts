/**
 * The figures of « Rénovation » around the chosen package: its cost, aid (with the rule that gave it, or why none),
 * net cost, bills, savings, payback and classes gained; for a landlord's house, the tenant's bill saved a month and the
 * « 3e ligne de quittance » the landlord may add to the rent, with the law it comes from; whether the house may be let before and after; the class
 * with the panels of « Mon toit »; and the assumptions (the dwelling as estimated, the date, the energy prices).
 * Each value carries `data-field` for tests.
 */
import type { BuildingRenovationResponse, DwellingState, RenovationPackage } from '../../../contracts';
import { h } from './dom';
import { formatDayDate, formatNumber, formatYear, t, typologyLabel, type Lang, type MessageKey } from './i18n';
import { ageBandLabel, carrierLabel, rentalText, systemLabel } from './renovationLabels';
import { formatRenovationPayback, letterChip, packageLabel, tenantLine } from './renovationPackages';

type Row = [label: string, value: string | HTMLElement, field: string];

const list = (rows: Row[], attributes: Record<string, string>) =>
  h(
    'dl',
    attributes,
    ...rows.flatMap(([label, value, field]) => [h('dt', {}, label), h('dd', { 'data-field': field }, value)]),
  );

export function packageFigures(lang: Lang, data: BuildingRenovationResponse, p: RenovationPackage): HTMLElement {
  const n = (v: number) => formatNumber(lang, v);
  const aid = h('span', {}, n(p.aid_eur), h('span', { class: 'reno-aid-rule', 'data-field': 'aid-rule' }, p.aid_rule));
  const gained = p.classes_gained > 0 ? `+${p.classes_gained}` : String(p.classes_gained);
  const rows: Row[] = [
    [
      t(lang, 'renoCost'),
      t(lang, 'renoCostRange', { low: n(p.cost_eur.low), high: n(p.cost_eur.high), central: n(p.cost_eur.central) }),
      'cost',
    ],
    [t(lang, 'renoAid'), aid, 'aid'],
    [t(lang, 'renoNetCost'), n(p.net_cost_eur), 'net-cost'],
    [t(lang, 'renoBill'), `${n(data.current.bill_eur_yr)} → ${n(p.after.bill_eur_yr)}`, 'bill'],
    [t(lang, 'renoSavings'), n(p.savings_eur_yr), 'savings'],
    [t(lang, 'renoPayback'), formatRenovationPayback(lang, p), 'payback'],
    [t(lang, 'renoClassesGained'), `${gained} (${data.current.letter} → ${p.after.letter})`, 'classes-gained'],
  ];
  if (p.tenant.applies)
    rows.push([t(lang, 'renoTenantSaved'), formatNumber(lang, p.tenant.bill_saved_eur_month, 2), 'tenant-bill-saved']);
  const measures = h(
    'ul',
    { class: 'reno-measures', 'data-testid': 'reno-measures' },
    ...p.measures.map((m) =>
      h('li', { 'data-measure': m.id }, lang === 'fr' ? m.label_fr : m.label_en, ` (≈ ${n(m.cost_eur.central)} €)`),
    ),
  );
  return h(
    'div',
    { class: 'reno-package-detail' },
    list(rows, { class: 'reno-figures', 'data-testid': 'reno-figures' }),
    tenantBlock(lang, data, p),
    h('p', { class: 'reno-subtitle' }, t(lang, 'renoMeasures')),
    measures,
  );
}

/** The « 3e ligne de quittance » of a landlord's house and the law it comes from; null for an owner-occupier. */
function tenantBlock(lang: Lang, data: BuildingRenovationResponse, p: RenovationPackage): HTMLElement | null {
  const c = p.tenant;
  if (!c.applies || data.owner === 'owner_occupier') return null;
  const flat = c.flat_rate_eur_month;
  const law =
    data.owner === 'landlord_private'
      ? t(lang, 'renoTenantLaw_landlord_private', {
          one: formatNumber(lang, flat?.one_main_room ?? null),
          two: formatNumber(lang, flat?.two_three_main_rooms ?? null),
          four: formatNumber(lang, flat?.four_plus_main_rooms ?? null),
        })
      : t(lang, 'renoTenantLaw_social_landlord');
  return h(
    'div',
    {
      class: 'reno-tenant',
      'data-testid': 'reno-tenant',
      'data-max': c.max_contribution_eur_month,
      'data-net': c.net_saving_eur_month,
    },
    h('p', { 'data-field': 'tenant-line' }, tenantLine(lang, p)),
    h('p', { class: 'note', 'data-field': 'tenant-law', title: c.law ?? '' }, law),
  );
}

function rentalLine(lang: Lang, state: Pick<DwellingState, 'rental'>, field: string): HTMLElement {
  return h(
    'span',
    { 'data-field': field, 'data-allowed': String(state.rental.allowed), class: state.rental.allowed ? '' : 'banned' },
    rentalText(lang, state),
  );
}

/**
 * Letting today and after the works; with a valid official DPE, its line first: that is the one the law applies
 * (the line of our estimate stays beside it, and « after works » is ours).
 */
export function rentalStatus(
  lang: Lang,
  current: DwellingState,
  after: DwellingState | null,
  official: BuildingRenovationResponse['official'] = null,
): HTMLElement {
  const rows: Row[] = [];
  if (official)
    rows.push([
      t(lang, 'renoRentalOfficial', { letter: official.letter }),
      rentalLine(lang, official, 'rental-official'),
      'rental-official-row',
    ]);
  rows.push([
    t(lang, official ? 'renoRentalEstimate' : 'renoCurrent'),
    rentalLine(lang, current, 'rental-current'),
    'rental-current-row',
  ]);
  if (after) rows.push([t(lang, 'renoAfter'), rentalLine(lang, after, 'rental-after'), 'rental-after-row']);
  return h(
    'div',
    { class: 'reno-rental', 'data-testid': 'reno-rental' },
    h('p', { class: 'reno-subtitle' }, t(lang, 'renoRental')),
    list(rows, {}),
    official
      ? h('p', { class: 'note', 'data-field': 'rental-law' }, t(lang, 'renoRentalLaw', { number: official.number }))
      : null,
  );
}

/** The class with the « Mon toit » system's self-consumption deducted, today and after the first package. */
export function withPvBlock(lang: Lang, data: BuildingRenovationResponse): HTMLElement | null {
  const pv = data.with_pv;
  if (!pv) return null;
  const line = (label: string, state: DwellingState, field: string) => [
    h('dt', {}, label),
    h(
      'dd',
      { 'data-field': field },
      letterChip(state.letter),
      ` ${formatNumber(lang, state.ep_kwh_m2)} ${t(lang, 'renoEpUnit')}`,
    ),
  ];
  const best = data.packages[0];
  return h(
    'div',
    { class: 'reno-with-pv', 'data-testid': 'reno-with-pv' },
    h('p', { class: 'reno-subtitle' }, t(lang, 'renoWithPv')),
    h(
      'p',
      { class: 'note' },
      t(lang, 'renoWithPvSystem', {
        kwp: formatNumber(lang, pv.kwp, 2),
        kwh: formatNumber(lang, pv.self_consumed_kwh),
      }),
    ),
    h(
      'dl',
      {},
      ...line(t(lang, 'renoCurrent'), pv.current, 'pv-current'),
      ...(pv.best_package && best
        ? line(t(lang, 'renoWithPvBest', { package: packageLabel(lang, best) }), pv.best_package, 'pv-best')
        : []),
    ),
  );
}

/** « Hypothèses »: what the estimate assumed, folded by default. */
export function assumptionsBlock(lang: Lang, data: BuildingRenovationResponse): HTMLDetailsElement {
  const d = data.dwelling;
  const n = (v: number, digits = 0) => formatNumber(lang, v, digits);
  const label = (key: MessageKey) => t(lang, key);
  const rows: Row[] = [
    [label('renoDate'), formatDayDate(lang, data.date), 'date'],
    [label('renoTypology'), typologyLabel(lang, d.typology), 'typology'],
    [label('renoYearBuilt'), formatYear(lang, d.year_built), 'year-built'],
    [label('renoAgeBand'), ageBandLabel(lang, d.age_band), 'age-band'],
    [label('renoFloorArea'), n(d.floor_area_m2, 1), 'floor-area'],
    [label('renoStoreys'), n(d.storeys), 'storeys'],
    [label('renoDwellings'), n(d.dwellings), 'dwellings'],
    [label('renoPartyWall'), n(d.party_wall_m, 1), 'party-wall'],
    [label('renoExposedWall'), n(d.exposed_wall_m2, 1), 'exposed-wall'],
    [label('renoWindows'), n(d.window_m2, 1), 'windows'],
    [label('renoRoof'), n(d.roof_m2, 1), 'roof'],
    [label('renoFloor'), n(d.floor_m2, 1), 'floor'],
    [label('renoHeating'), systemLabel(lang, d.heating), 'heating'],
    [label('renoHotWater'), systemLabel(lang, d.hot_water), 'hot-water'],
    [label('renoVentilation'), systemLabel(lang, d.ventilation), 'ventilation'],
    [label('renoUnesco'), t(lang, d.unesco ? 'renoUnescoYes' : 'renoNo'), 'unesco'],
  ];
  const prices = Object.entries(data.energy_prices.eur_kwh)
    .map(([carrier, price]) => `${carrierLabel(lang, carrier)} ${formatNumber(lang, price, 4)}`)
    .join(' · ');
  return h(
    'details',
    { class: 'reno-assumptions', 'data-testid': 'reno-assumptions' },
    h('summary', {}, t(lang, 'renoAssumptions')),
    list(rows, {}),
    h(
      'p',
      { class: 'note', 'data-field': 'prices' },
      `${t(lang, 'renoPrices', { date: formatDayDate(lang, data.energy_prices.date) })} : ${prices}`,
    ),
  );
}
