/**
 * The answers of « Rénovation »: who owns the house (propriétaire occupant, bailleur privé, bailleur social) and, for
 * the owners MaPrimeRénov' helps by income, the household's income band and size. Built once; `render` brings them in
 * line with the state without disturbing a field being typed in. The owner shown before any choice is the one the
 * server answered for (a social landlord's house is answered as such).
 */
import { INCOME_BANDS, type IncomeBand, OWNERS, type Owner, type RenovationInputs } from '../data/requests';
import { h } from './dom';
import { t, type Lang } from './i18n';
import { readNumber } from './pvControls';
import type { AppState } from './store';

export interface RenovationActions {
  setInputs(change: Partial<RenovationInputs>): void;
  /** Chooses a package of the answer received (no request). */
  setPackage(id: string): void;
}

/** The owner the estimate is for: the one chosen, else the one the server answered for. */
export function effectiveOwner(state: AppState): Owner | null {
  return state.renovation.inputs.owner ?? state.renovation.data?.owner ?? null;
}

export function createRenovationControls(actions: RenovationActions) {
  const owner = h('select', { id: 'reno-owner', 'data-testid': 'reno-owner' });
  const ownerLabel = h('label', { for: 'reno-owner' });
  owner.addEventListener('change', () => actions.setInputs({ owner: owner.value as Owner }));
  const income = h('select', { id: 'reno-income', 'data-testid': 'reno-income' });
  const incomeLabel = h('label', { for: 'reno-income' });
  income.addEventListener('change', () => actions.setInputs({ incomeBand: income.value as IncomeBand }));
  const household = h('input', {
    id: 'reno-household',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    'data-testid': 'reno-household',
  });
  const householdLabel = h('label', { for: 'reno-household' });
  household.addEventListener('input', () => {
    // The contract's limits, the same as "Mon toit"'s occupants: an integer within [1, 12].
    const value = readNumber(household.value, 'occupants');
    const valid = typeof value === 'number';
    household.setAttribute('aria-invalid', String(!valid));
    if (valid) actions.setInputs({ householdSize: value });
  });
  const householdFields = [incomeLabel, income, householdLabel, household];
  const element = h('div', { class: 'reno-controls pv-household' }, ownerLabel, owner, ...householdFields);

  let lang: Lang | null = null;
  function render(state: AppState): void {
    const { inputs } = state.renovation;
    if (state.lang !== lang) {
      lang = state.lang;
      ownerLabel.textContent = t(lang, 'renoOwner');
      incomeLabel.textContent = t(lang, 'renoIncome');
      householdLabel.textContent = t(lang, 'renoHousehold');
      owner.replaceChildren(...OWNERS.map((o) => h('option', { value: o }, t(state.lang, `renoOwner_${o}`))));
      income.replaceChildren(...INCOME_BANDS.map((b) => h('option', { value: b }, t(state.lang, `renoIncome_${b}`))));
    }
    const shown = effectiveOwner(state);
    if (shown !== null && owner.value !== shown) owner.value = shown;
    if (income.value !== inputs.incomeBand) income.value = inputs.incomeBand;
    if (document.activeElement !== household && readNumber(household.value, 'occupants') !== inputs.householdSize)
      household.value = String(inputs.householdSize);
    // Social landlords get no MaPrimeRénov' whatever the tenants' income: the household's answers do not apply.
    for (const field of householdFields) field.hidden = shown === 'social_landlord';
  }

  return { element, render };
}
