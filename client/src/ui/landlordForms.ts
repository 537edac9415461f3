/**
 * The « Bailleur » workspace's forms, each one element for the life of the page (so typing keeps its focus across
 * answers): the token, a new portfolio, the plan. `render` refreshes their texts and values from the state.
 */
import type { SelectionKind } from '../app/landlord';
import { STRATEGIES } from '../data/requests';
import type { DpeLetter } from '../data/requests';
import { h } from './dom';
import { t, type Lang } from './i18n';
import type { LandlordState, PlanForm } from './landlordState';

/** Target classes offered beside the legal calendar: better than E, which 2034 bans. */
const TARGET_LETTERS: DpeLetter[] = ['A', 'B', 'C', 'D'];

export function signInForm(signIn: (token: string) => void) {
  const label = h('label', { for: 'll-token' });
  const input = h('input', {
    id: 'll-token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    'data-testid': 'll-token',
  });
  const help = h('p', { class: 'note' });
  const submit = h('button', { type: 'submit', class: 'll-button primary', 'data-testid': 'll-sign-in' });
  const form = h('form', { class: 'll-sign-in', 'data-testid': 'll-sign-in-form' }, label, input, help, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    signIn(input.value);
    // The token leaves the field once sent: it is kept in sessionStorage only.
    input.value = '';
  });
  return {
    element: form,
    render(lang: Lang, state: LandlordState) {
      label.textContent = t(lang, 'llTokenLabel');
      help.textContent = t(lang, 'llTokenHelp');
      submit.textContent = t(lang, 'llSignIn');
      submit.disabled = state.auth === 'checking';
    },
  };
}

export function createPortfolioForm(create: (name: string, kind: SelectionKind, value: string) => void) {
  const title = h('h4', {});
  const nameLabel = h('label', { for: 'll-name' });
  const name = h('input', { id: 'll-name', type: 'text', maxlength: 200, 'data-testid': 'll-portfolio-name' });
  const kindLabel = h('label', { for: 'll-kind' });
  const kind = h('select', { id: 'll-kind', 'data-testid': 'll-selection-kind' });
  const valueLabel = h('label', { for: 'll-value' });
  const value = h('input', { id: 'll-value', type: 'text', maxlength: 200, 'data-testid': 'll-selection-value' });
  const viewNote = h('p', { class: 'note' });
  const submit = h('button', { type: 'submit', class: 'll-button', 'data-testid': 'll-create' });
  const status = h('div', {});
  const form = h(
    'form',
    { class: 'll-create', 'data-testid': 'll-create-form' },
    title,
    h('div', { class: 'll-field' }, nameLabel, name),
    h('div', { class: 'll-field' }, kindLabel, kind),
    h('div', { class: 'll-field', 'data-role': 'value' }, valueLabel, value),
    viewNote,
    submit,
    status,
  );
  const valueField = value.parentElement!;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    create(name.value, kind.value as SelectionKind, value.value);
  });
  const showKind = () => {
    valueField.hidden = kind.value === 'view';
    viewNote.hidden = kind.value !== 'view';
  };
  kind.addEventListener('change', showKind);
  let lang: Lang | null = null;
  return {
    element: form,
    /** Where the creation's progress or failure is said. */
    status,
    /** Fills the name and cité from a building (the selected one), when the fields are empty. */
    suggest(cite: string | null) {
      if (!cite || kind.value !== 'cite' || value.value !== '') return;
      value.value = cite;
      if (name.value === '') name.value = cite;
    },
    render(next: Lang, state: LandlordState) {
      if (next !== lang) {
        lang = next;
        title.textContent = t(lang, 'llCreateTitle');
        nameLabel.textContent = t(lang, 'llName');
        kindLabel.textContent = t(lang, 'llSelectBy');
        const chosen = kind.value || 'cite';
        kind.replaceChildren(
          ...(['cite', 'commune', 'view'] as const).map((k) => h('option', { value: k }, t(next, `llBy_${k}`))),
        );
        kind.value = chosen;
        viewNote.textContent = t(lang, 'llViewNote');
        submit.textContent = t(lang, 'llCreate');
      }
      valueLabel.textContent = t(next, kind.value === 'commune' ? 'llCommuneName' : 'llCiteName');
      submit.disabled = state.create.status === 'loading';
      showKind();
    },
  };
}

const numberOrNull = (text: string): number | null => {
  const cleaned = text.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : NaN;
};

export function planFormElement(actions: { setForm(change: Partial<PlanForm>): void; runPlan(): void }) {
  const title = h('h4', {});
  const field = (id: string, input: HTMLInputElement | HTMLSelectElement) => {
    const label = h('label', { for: id });
    return { label, row: h('div', { class: 'll-field' }, label, input) };
  };
  const input = (id: string, attrs: Record<string, string | number>) =>
    h('input', { id, type: 'text', inputmode: 'numeric', 'data-testid': id, ...attrs });
  const budget = input('ll-budget', {});
  const years = input('ll-years', {});
  const start = input('ll-start-year', {});
  const cap = input('ll-max-houses', {});
  const target = h('select', { id: 'll-target', 'data-testid': 'll-target' });
  const strategy = h('select', { id: 'll-strategy', 'data-testid': 'll-strategy' });
  const compare = h('input', { id: 'll-compare', type: 'checkbox', 'data-testid': 'll-compare' });
  const compareLabel = h('label', { for: 'll-compare', class: 'll-check' }, compare);
  const compareText = h('span', {});
  compareLabel.append(compareText);
  const fields = {
    budget: field('ll-budget', budget),
    years: field('ll-years', years),
    start: field('ll-start-year', start),
    target: field('ll-target', target),
    strategy: field('ll-strategy', strategy),
    cap: field('ll-max-houses', cap),
  };
  const submit = h('button', { type: 'submit', class: 'll-button primary', 'data-testid': 'll-run' });
  const form = h(
    'form',
    { class: 'll-plan-form', 'data-testid': 'll-plan-form' },
    title,
    ...Object.values(fields).map((f) => f.row),
    compareLabel,
    submit,
  );
  // Each answer is written to the state as it is typed; an unreadable number is sent as NaN and refused by the action.
  budget.addEventListener('input', () => actions.setForm({ budget_eur_per_year: numberOrNull(budget.value) ?? NaN }));
  years.addEventListener('input', () => actions.setForm({ years: numberOrNull(years.value) ?? NaN }));
  start.addEventListener('input', () => actions.setForm({ startYear: numberOrNull(start.value) ?? NaN }));
  cap.addEventListener('input', () => actions.setForm({ maxHousesPerYear: numberOrNull(cap.value) }));
  target.addEventListener('change', () => actions.setForm({ target: target.value as PlanForm['target'] }));
  strategy.addEventListener('change', () => actions.setForm({ strategy: strategy.value as PlanForm['strategy'] }));
  compare.addEventListener('change', () => actions.setForm({ compare: compare.checked }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.runPlan();
  });
  let lang: Lang | null = null;
  let filled = false;
  return {
    element: form,
    render(next: Lang, state: LandlordState) {
      const f = state.form;
      if (!filled) {
        // The fields show the defaults once; afterwards they hold what the landlord types.
        filled = true;
        budget.value = String(f.budget_eur_per_year);
        years.value = String(f.years);
        start.value = String(f.startYear);
        cap.value = f.maxHousesPerYear === null ? '' : String(f.maxHousesPerYear);
      }
      if (next !== lang) {
        lang = next;
        title.textContent = t(lang, 'llPlanTitle');
        fields.budget.label.textContent = t(lang, 'llBudget');
        fields.years.label.textContent = t(lang, 'llYears');
        fields.start.label.textContent = t(lang, 'llStartYear');
        fields.target.label.textContent = t(lang, 'llTarget');
        fields.strategy.label.textContent = t(lang, 'llStrategy');
        fields.cap.label.textContent = t(lang, 'llMaxHouses');
        compareText.textContent = t(lang, 'llCompare');
        submit.textContent = t(lang, 'llRun');
        target.replaceChildren(
          h('option', { value: 'legal' }, t(lang, 'llTarget_legal')),
          ...TARGET_LETTERS.map((l) => h('option', { value: l }, t(next, 'llTarget_min', { letter: l }))),
        );
        strategy.replaceChildren(...STRATEGIES.map((s) => h('option', { value: s }, t(next, `llStrategy_${s}`))));
      }
      target.value = f.target;
      strategy.value = f.strategy;
      compare.checked = f.compare;
      submit.disabled = state.plan.status === 'loading' || state.estimate.status !== 'ready';
    },
  };
}
