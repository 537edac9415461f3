/**
 * A plan's answer in the « Bailleur » workspace: what it achieves (target, houses, spend, savings), the class chart,
 * the spend chart, the deadline table with the reasons houses stay banned, the strategies compared, the exports.
 */
import type { PlanDeadline, PlanLabels, PlanResponse, StrategyComparison } from '../../../contracts';
import { DPE_LETTERS } from '../data/requests';
import { classChart } from './classChart';
import { h } from './dom';
import { formatDayDate, formatNumber, t, type Lang, type MessageKey } from './i18n';
import type { LandlordState } from './landlordState';
import { spendChart } from './spendChart';

export interface ExportActions {
  exportPlan(format: 'csv' | 'geojson'): void;
  setDecimalComma(comma: boolean): void;
}

/** « F, G » for a ban on F: the banned class and every worse one. */
function bannedLetters(deadline: PlanDeadline): string {
  return DPE_LETTERS.slice(DPE_LETTERS.indexOf(deadline.banned_letter)).join(', ');
}

function summary(lang: Lang, answer: PlanResponse): HTMLElement {
  const { plan } = answer;
  const n = (v: number, digits = 0) => formatNumber(lang, v, digits);
  return h(
    'div',
    { class: 'll-summary', 'data-testid': 'll-plan-summary' },
    h(
      'p',
      { class: plan.target_met ? 'll-met' : 'll-missed', 'data-field': 'target' },
      plan.target_met
        ? t(lang, 'llTargetMet')
        : plan.totals.houses_below_target_end > 0
          ? t(lang, 'llTargetMissed', { n: n(plan.totals.houses_below_target_end) })
          : t(lang, 'llTargetMissedDeadlines'),
    ),
    h(
      'p',
      { 'data-field': 'totals' },
      t(lang, 'llTotals', {
        houses: n(plan.totals.houses_renovated),
        spend: n(plan.totals.spend_eur),
        budget: n(plan.totals.budget_eur),
      }),
    ),
    answer.labels
      ? h(
          'p',
          { 'data-field': 'labels' },
          answer.labels.real > 0
            ? t(lang, 'llLabels', { real: n(answer.labels.real), estimated: n(answer.labels.estimated) })
            : t(lang, 'llLabelsNone', { estimated: n(answer.labels.estimated) }),
        )
      : null,
    h(
      'p',
      { 'data-field': 'saved' },
      t(lang, 'llSaved', {
        kwh: n(plan.totals.energy_saved_kwh_yr),
        co2: n(plan.totals.co2_saved_kg_yr / 1000, 1),
        bill: n(plan.totals.bill_saved_eur_yr),
      }),
    ),
  );
}

/** Which label a house's class comes from, as the deadline table says it. */
function labelOf(lang: Lang, labels: PlanLabels | undefined, id: number): string {
  const real = labels?.houses.find((x) => x.house_id === id);
  if (!real) return t(lang, 'llHouseEstimate');
  return t(lang, real.origin === 'organisation' ? 'llHouseDpeOwn' : 'llHouseDpe', { number: real.dpe_number });
}

function deadlineTable(lang: Lang, deadlines: PlanDeadline[], labels: PlanLabels | undefined): HTMLElement {
  const onDpe = new Set(labels?.houses.map((x) => x.house_id) ?? []);
  const rows = deadlines.map((d) => {
    const real = d.non_compliant.filter((nc) => onDpe.has(nc.house_id)).length;
    const reasons = new Map<string, number>();
    for (const nc of d.non_compliant) reasons.set(nc.reason, (reasons.get(nc.reason) ?? 0) + 1);
    const reasonText = [...reasons]
      .map(([reason, count]) => `${t(lang, `llReason_${reason}` as MessageKey)} (${formatNumber(lang, count)})`)
      .join(' ; ');
    const houses =
      d.non_compliant.length > 0
        ? h(
            'details',
            {},
            h('summary', {}, t(lang, 'llHousesList')),
            h(
              'ul',
              {},
              ...d.non_compliant.map((nc) =>
                h(
                  'li',
                  { 'data-house': nc.house_id },
                  t(lang, 'llHouseRow', {
                    id: String(nc.house_id),
                    letter: nc.letter,
                    reason: t(lang, `llReason_${nc.reason}` as MessageKey),
                  }),
                  h(
                    'small',
                    { 'data-field': 'label', class: onDpe.has(nc.house_id) ? 'll-dpe' : null },
                    ` (${labelOf(lang, labels, nc.house_id)})`,
                  ),
                ),
              ),
            ),
          )
        : null;
    const infeasible =
      d.provably_infeasible && d.required_min_eur !== null && d.budget_until_eur !== null
        ? h(
            'p',
            { class: 'll-infeasible' },
            t(lang, 'llInfeasible', {
              min: formatNumber(lang, d.required_min_eur),
              budget: formatNumber(lang, d.budget_until_eur),
            }),
          )
        : null;
    return h(
      'tr',
      { 'data-date': d.date },
      h(
        'th',
        { scope: 'row' },
        t(lang, 'llDeadlineWhen', { date: formatDayDate(lang, d.date) }),
        h('br'),
        h('small', {}, t(lang, 'llDeadlineBanned', { letters: bannedLetters(d) })),
        d.passed_at_start ? h('small', {}, ` · ${t(lang, 'llDeadlinePassed')}`) : null,
      ),
      h('td', { 'data-field': 'non-compliant' }, formatNumber(lang, d.non_compliant.length)),
      h(
        'td',
        { 'data-field': 'reasons' },
        reasonText || t(lang, 'llDeadlineNone'),
        real > 0
          ? h('p', { 'data-field': 'on-dpe' }, t(lang, 'llDeadlineReal', { n: formatNumber(lang, real) }))
          : null,
        infeasible,
        houses,
      ),
    );
  });
  return h(
    'table',
    { class: 'll-table', 'data-testid': 'll-deadlines' },
    h('caption', {}, t(lang, 'llDeadlines')),
    h('tbody', {}, ...rows),
  );
}

function comparisonTable(lang: Lang, comparison: StrategyComparison[], chosen: string): HTMLElement {
  const dates = comparison[0]?.non_compliant.map((n) => n.date) ?? [];
  const n = (v: number, digits = 0) => formatNumber(lang, v, digits);
  return h(
    'table',
    { class: 'll-table ll-compare', 'data-testid': 'll-comparison' },
    h('caption', {}, t(lang, 'llComparison')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t(lang, 'llColStrategy')),
        h('th', { scope: 'col' }, t(lang, 'llColHouses')),
        h('th', { scope: 'col' }, t(lang, 'llColSpend')),
        h('th', { scope: 'col' }, t(lang, 'llColKwh')),
        h('th', { scope: 'col' }, t(lang, 'llColCo2')),
        ...dates.map((d) => h('th', { scope: 'col' }, t(lang, 'llColNonCompliant', { year: d.slice(0, 4) }))),
        h('th', { scope: 'col' }, t(lang, 'llColTarget')),
      ),
    ),
    h(
      'tbody',
      {},
      ...comparison.map((c) =>
        h(
          'tr',
          { 'data-strategy': c.strategy, class: c.strategy === chosen ? 'chosen' : null },
          h('th', { scope: 'row' }, t(lang, `llStrategy_${c.strategy}`)),
          h('td', {}, n(c.totals.houses_renovated)),
          h('td', {}, n(c.totals.spend_eur)),
          h('td', {}, n(c.totals.energy_saved_kwh_yr)),
          h('td', {}, n(c.totals.co2_saved_kg_yr / 1000, 1)),
          ...dates.map((d) => h('td', {}, n(c.non_compliant.find((x) => x.date === d)?.houses ?? 0))),
          h('td', {}, t(lang, c.target_met ? 'llTargetYes' : 'llTargetNo')),
        ),
      ),
    ),
  );
}

function exportBlock(lang: Lang, state: LandlordState, actions: ExportActions): HTMLElement {
  const comma = h('input', { type: 'checkbox', id: 'll-decimal', 'data-testid': 'll-decimal-comma' });
  comma.checked = state.decimalComma;
  comma.addEventListener('change', () => actions.setDecimalComma(comma.checked));
  const button = (format: 'csv' | 'geojson', label: string) => {
    const b = h('button', { type: 'button', class: 'll-button', 'data-testid': `ll-export-${format}` }, label);
    b.disabled = state.exporting.status === 'loading';
    b.addEventListener('click', () => actions.exportPlan(format));
    return b;
  };
  const status =
    state.exporting.status === 'loading'
      ? h('span', { role: 'status' }, t(lang, 'llExporting'))
      : state.exporting.status === 'error'
        ? h('span', { role: 'alert', class: 'error' }, `${t(lang, 'llExportError')} (${state.exporting.error ?? ''})`)
        : null;
  return h(
    'div',
    { class: 'll-export', 'data-testid': 'll-export' },
    h('span', { class: 'll-export-title' }, t(lang, 'llExport')),
    button('csv', t(lang, 'llExportCsv')),
    button('geojson', t(lang, 'llExportGeojson')),
    h('label', { for: 'll-decimal', class: 'll-check' }, comma, t(lang, 'llDecimalComma')),
    status,
  );
}

export function landlordResults(lang: Lang, state: LandlordState, actions: ExportActions): HTMLElement | null {
  const answer = state.plan.data;
  if (!answer) return null;
  return h(
    'section',
    { class: 'll-results', 'data-testid': 'll-results', 'data-plan-id': answer.plan_id },
    summary(lang, answer),
    classChart(lang, answer.plan),
    spendChart(lang, answer.plan),
    deadlineTable(lang, answer.plan.deadlines, answer.labels),
    answer.comparison
      ? h('div', { class: 'll-scroll' }, comparisonTable(lang, answer.comparison, answer.plan.strategy))
      : null,
    exportBlock(lang, state, actions),
  );
}
