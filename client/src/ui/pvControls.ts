/**
 * The controls of "Mon toit": the "puissance" slider over the estimate's configurations (read from the table, no
 * request) and the household's answers (budget, consumption, heating, occupants), each checked against the API's
 * limits before it is handed to the actions. Built once; `render` brings them in line with the state without
 * disturbing a field being typed in.
 */
import { HEATINGS, type Heating } from '../data/requests';
import type { PvInputs } from '../data/pvPanels';
import { configurationAt } from '../data/pvConfigurationAt';
import { h } from './dom';
import { formatNumber, heatingLabel, t, type Lang, type MessageKey } from './i18n';
import { formatKwp } from './pvFigures';
import type { AppState } from './store';

export interface PvActions {
  setInputs(change: Partial<PvInputs>): void;
  /** Moves the slider to a position in the configurations. */
  setIndex(index: number): void;
  print(): void;
}

/** The contract's limits for the household's answers. */
const LIMITS = {
  budget_eur: { min: 1, max: 1e7, integer: false },
  consumption_kwh: { min: 1, max: 100000, integer: false },
  occupants: { min: 1, max: 12, integer: true },
} as const;

type NumberKey = keyof typeof LIMITS;

/** A field's value: a number within limits, null when blank, undefined when invalid. */
export function readNumber(text: string, key: NumberKey): number | null | undefined {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  const { min, max, integer } = LIMITS[key];
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) return undefined;
  return value;
}

export function createPvControls(actions: PvActions) {
  const slider = h('input', { type: 'range', id: 'pv-kwp', min: 0, max: 0, step: 1, 'data-testid': 'pv-kwp-slider' });
  const sliderLabel = h('label', { for: 'pv-kwp' });
  const sliderValue = h('output', { for: 'pv-kwp', class: 'pv-kwp-value', 'data-testid': 'pv-kwp-value' });
  slider.addEventListener('input', () => actions.setIndex(Number(slider.value)));

  const fields = (['budget_eur', 'consumption_kwh', 'occupants'] as const).map((key) => {
    const id = `pv-${key.split('_')[0]}`;
    const input = h('input', {
      id,
      type: 'text',
      inputmode: key === 'occupants' ? 'numeric' : 'decimal',
      autocomplete: 'off',
      'data-testid': id,
      'aria-describedby': key === 'occupants' ? null : `${id}-hint`,
    });
    input.addEventListener('input', () => {
      const value = readNumber(input.value, key);
      const blankAllowed = key !== 'occupants';
      const valid = value !== undefined && (value !== null || blankAllowed);
      input.setAttribute('aria-invalid', String(!valid));
      if (valid) actions.setInputs({ [key]: value } as Partial<PvInputs>);
    });
    const hint = key === 'occupants' ? null : h('span', { class: 'pv-hint', id: `${id}-hint` });
    return { key, input, hint, label: h('label', { for: id }) };
  });
  const heating = h('select', { id: 'pv-heating', 'data-testid': 'pv-heating' });
  const heatingField = h('label', { for: 'pv-heating' });
  const note = h('p', { class: 'note' });
  heating.addEventListener('change', () => actions.setInputs({ heating: heating.value as Heating }));

  const element = h(
    'div',
    { class: 'pv-controls' },
    h('div', { class: 'pv-power' }, sliderLabel, slider, sliderValue),
    h('div', { class: 'pv-household' }, ...fields.flatMap((f) => [f.label, f.input, f.hint]), heatingField, heating),
    note,
  );

  let lang: Lang | null = null;
  const LABELS: Record<NumberKey, MessageKey> = {
    budget_eur: 'pvBudget',
    consumption_kwh: 'pvConsumption',
    occupants: 'pvOccupants',
  };

  function render(state: AppState): void {
    const { pv } = state;
    if (state.lang !== lang) {
      lang = state.lang;
      sliderLabel.textContent = t(lang, 'pvPower');
      heatingField.textContent = t(lang, 'pvHeating');
      note.textContent = t(lang, 'pvConsumptionNote');
      for (const f of fields) f.label.textContent = t(lang, LABELS[f.key]);
      heating.replaceChildren(...HEATINGS.map((k) => h('option', { value: k }, heatingLabel(state.lang, k))));
    }
    for (const f of fields) {
      const value = pv.inputs[f.key];
      if (document.activeElement !== f.input && readNumber(f.input.value, f.key) !== value)
        f.input.value = value === null ? '' : String(value);
    }
    fields[0]!.hint!.textContent = t(state.lang, 'pvBudgetBlank');
    fields[1]!.hint!.textContent =
      pv.data?.consumption_estimated && pv.inputs.consumption_kwh === null
        ? t(state.lang, 'pvConsumptionEstimated', { value: formatNumber(state.lang, pv.data.consumption_kwh) })
        : t(state.lang, 'pvConsumptionBlank');
    if (heating.value !== pv.inputs.heating) heating.value = pv.inputs.heating;

    const current = pv.data ? configurationAt(pv.data, pv.index) : null;
    slider.disabled = !current;
    slider.max = String(pv.data ? Math.max(pv.data.configurations.length - 1, 0) : 0);
    if (Number(slider.value) !== pv.index) slider.value = String(pv.index);
    const kwp = current ? t(state.lang, 'pvPowerValue', { kwp: formatKwp(state.lang, current.kwp) }) : '';
    sliderValue.textContent = kwp;
    slider.setAttribute('aria-valuetext', kwp);
  }

  return { element, render };
}
