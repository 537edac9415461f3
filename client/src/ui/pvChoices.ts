/**
 * What « Mon toit » says beyond one size's figures: the case of the roof (profitable, none profitable and why, or
 * unsuitable), the three sizes side by side, the VAT that applies, a plug-in kit, a home battery, a solar water
 * heater, and where to find independent advice. Each block is rebuilt from the estimate; its controls hand the
 * household's choice to the actions, which ask for a new estimate.
 */
import type { BuildingPv, PvConfiguration, PvInputs } from '../data/pvPanels';
import { h } from './dom';
import { formatDate, formatNumber, t, type Lang, type MessageKey } from './i18n';
import { formatKwp, formatPayback } from './pvFigures';

type SetInputs = (change: Partial<PvInputs>) => void;
const years = (lang: Lang, pv: BuildingPv) => formatNumber(lang, pv.assumptions.lifetime_years);
const paybackText = (lang: Lang, payback: number | null, lifetime: number) =>
  payback === null
    ? t(lang, 'pvPaybackBeyond', { years: formatNumber(lang, lifetime) })
    : t(lang, 'pvPaybackYears', { years: formatNumber(lang, payback, 1) });

/** The roof's case and, when no size pays, its reasons with their figures. */
export function pvVerdictBlock(lang: Lang, pv: BuildingPv, testId = 'pv-verdict'): HTMLElement {
  const v = pv.verdict;
  const f = v.figures;
  const best = pv.options.best_value;
  const headline =
    v.case === 'profitable' && best
      ? t(lang, 'pvCaseProfitable', {
          kwp: formatKwp(lang, best.kwp),
          npv: formatNumber(lang, best.npv_eur),
          years: years(lang, pv),
        })
      : t(lang, v.case === 'unsuitable' ? 'pvCaseUnsuitable' : 'pvCaseNone');
  const values: Record<string, string> = f
    ? {
        export: formatNumber(lang, f.export_tariff_eur_kwh, 3),
        cost: formatNumber(lang, f.cost_eur_kwh, 3),
        retail: formatNumber(lang, f.retail_price_eur_kwh, 3),
        share: formatNumber(lang, f.self_consumption_pct),
        breakEven: formatNumber(lang, Math.min(f.break_even_self_consumption_pct, 100)),
        costKwp: formatNumber(lang, f.installed_cost_eur_kwp),
      }
    : {};
  const reasons =
    v.case === 'none_profitable'
      ? h(
          'ul',
          { class: 'pv-reasons' },
          ...v.reasons.map((r) => h('li', { 'data-reason': r }, t(lang, `pvReason_${r}` as MessageKey, values))),
        )
      : null;
  return h(
    'div',
    { class: `pv-verdict pv-verdict-${v.case}`, 'data-testid': testId, 'data-case': v.case },
    h('p', { class: 'pv-verdict-headline' }, headline),
    reasons,
  );
}

const OPTION_KEYS = ['best_value', 'cover_consumption', 'fill_roof'] as const;

/** The three sizes as a table, each with a button that moves the slider to it; null when the roof takes none. */
export function pvOptionsBlock(lang: Lang, pv: BuildingPv, show: (index: number) => void): HTMLElement | null {
  const options = OPTION_KEYS.map((key) => [key, pv.options[key]] as const).filter(
    (o): o is readonly [(typeof OPTION_KEYS)[number], PvConfiguration] => o[1] !== null,
  );
  if (options.length === 0) return null;
  const rows: [MessageKey, (c: PvConfiguration) => string][] = [
    ['pvKwp', (c) => formatKwp(lang, c.kwp)],
    ['pvProduction', (c) => formatNumber(lang, c.annual_kwh)],
    ['pvSelfConsumption', (c) => formatNumber(lang, c.self_consumption_pct)],
    ['pvNetCost', (c) => formatNumber(lang, c.net_cost_eur)],
    ['pvSavings', (c) => formatNumber(lang, c.savings_eur_yr)],
    ['pvPayback', (c) => formatPayback(lang, pv, c)],
  ];
  const head = h(
    'tr',
    {},
    h('td', {}),
    ...options.map(([key]) =>
      h('th', { scope: 'col' }, t(lang, `pvOption_${key}` as MessageKey, { years: years(lang, pv) })),
    ),
  );
  const body = rows.map(([label, value]) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, t(lang, label)),
      ...options.map(([key, c]) => h('td', { 'data-option': key, 'data-field': label }, value(c))),
    ),
  );
  const npvRow = h(
    'tr',
    {},
    h('th', { scope: 'row' }, t(lang, 'pvNpv', { years: years(lang, pv) })),
    ...options.map(([key, c]) =>
      h(
        'td',
        { 'data-option': key, 'data-field': 'npv', class: c.npv_eur > 0 ? 'positive' : 'negative' },
        formatNumber(lang, c.npv_eur),
      ),
    ),
  );
  const buttons = h(
    'tr',
    {},
    h('td', {}),
    ...options.map(([key, c]) => {
      const button = h(
        'button',
        { type: 'button', class: 'pv-option-show', 'data-option': key, id: `pv-option-${key}` },
        t(lang, 'pvOptionShow'),
      );
      button.addEventListener('click', () => show(pv.configurations.findIndex((x) => x.panels === c.panels)));
      return h('td', {}, button);
    }),
  );
  return h(
    'div',
    { class: 'pv-options', 'data-testid': 'pv-options' },
    h('h4', {}, t(lang, 'pvOptionsTitle')),
    h('table', {}, h('thead', {}, head), h('tbody', {}, ...body, npvRow, buttons)),
  );
}

/** The VAT in the prices, the reduced rate's conditions, and the household's answer to them. */
export function pvVatBlock(lang: Lang, pv: BuildingPv, inputs: PvInputs, setInputs: SetInputs): HTMLElement {
  const vat = pv.assumptions.vat;
  const reduced = formatNumber(lang, vat.reduced_rate_pct, 1);
  const box = h('input', { type: 'checkbox', id: 'pv-reduced-vat', 'data-testid': 'pv-reduced-vat' });
  box.checked = inputs.reduced_vat !== false;
  box.addEventListener('change', () => setInputs({ reduced_vat: box.checked }));
  return h(
    'div',
    { class: 'pv-vat note', 'data-testid': 'pv-vat', 'data-rate': vat.rate_pct ?? '' },
    h('p', {}, vat.rate_pct === null ? '' : t(lang, 'pvVat', { rate: formatNumber(lang, vat.rate_pct, 1) })),
    h(
      'p',
      {},
      t(lang, 'pvVatReduced', {
        rate: reduced,
        date: formatDate(lang, vat.reduced_valid_from),
        max: formatNumber(lang, vat.reduced_max_kwp),
      }),
    ),
    vat.dwelling
      ? h(
          'p',
          { class: 'pv-check' },
          box,
          h('label', { for: 'pv-reduced-vat' }, t(lang, 'pvVatToggle', { rate: reduced })),
        )
      : null,
  );
}

/** The plug-in kits at the building's best spot. */
export function pvKitsBlock(lang: Lang, pv: BuildingPv): HTMLElement {
  const items = pv.plug_in_kits.map((k) =>
    h(
      'li',
      { 'data-modules': k.modules, 'data-spot': k.spot },
      h('strong', {}, t(lang, 'pvKitModules', { modules: formatNumber(lang, k.modules), kwp: formatKwp(lang, k.kwp) })),
      ` ${t(lang, `pvKitSpot_${k.spot}` as MessageKey)} : `,
      h(
        'span',
        { 'data-field': 'kit-figures' },
        t(lang, 'pvKitFigures', {
          annual: formatNumber(lang, k.annual_kwh),
          used: formatNumber(lang, k.self_consumption_pct),
          savings: formatNumber(lang, k.savings_eur_yr),
          price: formatNumber(lang, k.price_eur),
          payback: paybackText(lang, k.payback_years, k.lifetime_years),
        }),
      ),
    ),
  );
  return h(
    'div',
    { class: 'pv-kits', 'data-testid': 'pv-kits' },
    h('h4', {}, t(lang, 'pvKitsTitle')),
    h('p', { class: 'note' }, t(lang, 'pvKitsIntro')),
    items.length > 0 ? h('ul', {}, ...items) : h('p', {}, t(lang, 'pvKitsNone')),
    h('p', { class: 'note' }, t(lang, 'pvKitsDeclare')),
  );
}

const BATTERY_SIZES = [0, 5, 10] as const;

/** The home battery beside the size on the slider's default (the chosen system): without and with, and its money. */
export function pvBatteryBlock(lang: Lang, pv: BuildingPv, setInputs: SetInputs): HTMLElement | null {
  if (!pv.chosen) return null;
  const b = pv.battery;
  const select = h('select', { id: 'pv-battery', 'data-testid': 'pv-battery-size' });
  const current = b ? b.usable_kwh : 0;
  const sizes = [...new Set([...BATTERY_SIZES, current])].sort((x, y) => x - y);
  select.replaceChildren(
    ...sizes.map((kwh) =>
      h(
        'option',
        { value: kwh, selected: kwh === current },
        kwh === 0 ? t(lang, 'pvBatteryNone') : t(lang, 'pvBatteryKwh', { kwh: formatNumber(lang, kwh, 1) }),
      ),
    ),
  );
  select.addEventListener('change', () => setInputs({ battery_kwh: Number(select.value) }));
  const table = b
    ? h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('td', {}),
            h('th', { scope: 'col' }, t(lang, 'pvBatteryWithout')),
            h('th', { scope: 'col' }, t(lang, 'pvBatteryWith', { kwh: formatNumber(lang, b.usable_kwh, 1) })),
          ),
        ),
        h(
          'tbody',
          {},
          ...(
            [
              ['pvBatterySelf', 'self_consumed_kwh'],
              ['pvBatteryImported', 'imported_kwh'],
              ['pvBatteryExported', 'exported_kwh'],
              ['pvBatterySelfPct', 'self_consumption_pct'],
            ] as const
          ).map(([label, field]) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, t(lang, label)),
              h('td', { 'data-side': 'without', 'data-field': field }, formatNumber(lang, b.without[field])),
              h('td', { 'data-side': 'with', 'data-field': field }, formatNumber(lang, b.with[field])),
            ),
          ),
        ),
      )
    : null;
  return h(
    'div',
    { class: 'pv-battery', 'data-testid': 'pv-battery' },
    h('h4', {}, t(lang, 'pvBatteryTitle')),
    h('p', { class: 'pv-field' }, h('label', { for: 'pv-battery' }, t(lang, 'pvBatterySize')), select),
    table,
    b
      ? h(
          'p',
          { 'data-field': 'battery-money' },
          t(lang, 'pvBatteryFigures', {
            cost: formatNumber(lang, b.capex_eur),
            vat: formatNumber(lang, b.vat_pct),
            gain: formatNumber(lang, b.first_year_extra_savings_eur),
            payback: paybackText(lang, b.payback_years, pv.assumptions.lifetime_years),
            npv: formatNumber(lang, b.npv_eur),
            years: years(lang, pv),
          }),
          b.replacement_years.length > 0
            ? ` ${t(lang, 'pvBatteryReplaced', { years: b.replacement_years.map((y) => formatNumber(lang, y)).join(', ') })}`
            : '',
        )
      : null,
  );
}

const COLLECTOR_SIZES = [2, 4, 6] as const;

/** The solar water heater on the sunniest face, with the collector area as the household's choice. */
export function pvWaterBlock(lang: Lang, pv: BuildingPv, inputs: PvInputs, setInputs: SetInputs): HTMLElement {
  const w = pv.solar_water_heater;
  const title = h('h4', {}, t(lang, 'pvWaterTitle'));
  if (!w) return h('div', { class: 'pv-water', 'data-testid': 'pv-water' }, title, h('p', {}, t(lang, 'pvWaterNone')));
  const select = h('select', { id: 'pv-collector', 'data-testid': 'pv-collector' });
  const chosen = inputs.collector_m2 ?? null;
  select.replaceChildren(
    h('option', { value: '', selected: chosen === null }, t(lang, 'pvWaterAuto')),
    ...COLLECTOR_SIZES.map((m2) =>
      h('option', { value: m2, selected: chosen === m2 }, t(lang, 'pvWaterM2', { m2: formatNumber(lang, m2) })),
    ),
  );
  select.addEventListener('change', () =>
    setInputs({ collector_m2: select.value === '' ? null : Number(select.value) }),
  );
  return h(
    'div',
    { class: 'pv-water', 'data-testid': 'pv-water' },
    title,
    h(
      'p',
      { class: 'note' },
      t(lang, 'pvWaterIntro', {
        tilt: formatNumber(lang, w.tilt_deg),
        azimuth: formatNumber(lang, w.azimuth_deg),
        occupants: formatNumber(lang, pv.occupants),
      }),
    ),
    h('p', { class: 'pv-field' }, h('label', { for: 'pv-collector' }, t(lang, 'pvWaterArea')), select),
    h(
      'p',
      { 'data-field': 'water-figures' },
      t(lang, 'pvWaterFigures', {
        m2: formatNumber(lang, w.collector_m2, 1),
        tank: formatNumber(lang, w.tank_l),
        fraction: formatNumber(lang, w.solar_fraction_pct),
        solar: formatNumber(lang, w.solar_kwh),
        savings: formatNumber(lang, w.savings_eur_yr),
        heater: t(lang, `pvWaterHeater_${w.heater}` as MessageKey),
      }),
    ),
    h(
      'p',
      { 'data-field': 'water-money' },
      t(lang, 'pvWaterMoney', {
        cost: formatNumber(lang, w.installed_cost_eur),
        aids: formatNumber(lang, w.aids_eur),
        net: formatNumber(lang, w.net_cost_eur),
        payback: paybackText(lang, w.payback_years, w.lifetime_years),
        npv: formatNumber(lang, w.npv_eur),
        years: formatNumber(lang, w.lifetime_years),
      }),
    ),
  );
}

/** The public energy-advice service and the warnings against canvassing (no installer is recommended). */
export function pvAdviceBlock(lang: Lang, testId = 'pv-advice'): HTMLElement {
  return h(
    'aside',
    { class: 'pv-advice', 'data-testid': testId, 'aria-labelledby': `${testId}-title` },
    h('h4', { id: `${testId}-title` }, t(lang, 'pvAdviceTitle')),
    h('p', {}, t(lang, 'pvAdvice')),
    h('p', {}, t(lang, 'pvAdviceDoor')),
  );
}
