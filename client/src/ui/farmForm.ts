/**
 * The « Friches » options form: tilt, azimuth, tables, row spacing (a GCR slider or the winter-solstice rule),
 * setback and the sweep switch. Built once for the page's life (typing keeps its focus); `render` relabels it and
 * shows the state's values in the fields the reader is not editing.
 */
import type { FarmOptions, FarmTable } from '../data/requests';
import { FARM_TABLES } from '../data/requests';
import { h } from './dom';
import type { FarmState } from './farmState';
import { formatNumber, t, type Lang, type MessageKey } from './i18n';

/** The GCR slider's range [-]: from widely spaced rows to rows almost touching at 25° (the contract allows (0, 1)). */
export const GCR_MIN = 0.2;
export const GCR_MAX = 0.8;

export interface FarmFormActions {
  setOptions(change: Partial<FarmOptions>): void;
  setSweep(sweep: boolean): void;
  evaluate(): void;
}

function field(label: HTMLElement, control: HTMLElement): HTMLElement {
  return h('div', { class: 'll-field' }, label, control);
}

export function farmFormElement(actions: FarmFormActions) {
  const number = (testId: string, min: number, max: number, step: number) =>
    h('input', { type: 'number', id: testId, 'data-testid': testId, min, max, step, inputmode: 'decimal' });
  const tilt = number('fm-tilt', 1, 60, 1);
  const azimuth = number('fm-azimuth', 90, 270, 5);
  const setback = number('fm-setback', 0, 100, 1);
  const table = h('select', { id: 'fm-table', 'data-testid': 'fm-table' });
  const gcr = h('input', {
    type: 'range',
    id: 'fm-gcr',
    'data-testid': 'fm-gcr',
    min: GCR_MIN,
    max: GCR_MAX,
    step: 0.01,
  });
  const gcrValue = h('output', { for: 'fm-gcr', 'data-testid': 'fm-gcr-value' });
  const solstice = h('input', { type: 'checkbox', id: 'fm-solstice', 'data-testid': 'fm-solstice' });
  const sweep = h('input', { type: 'checkbox', id: 'fm-sweep', 'data-testid': 'fm-sweep' });
  const run = h('button', { type: 'submit', class: 'll-button primary', 'data-testid': 'fm-evaluate' });
  const labels: [HTMLElement, MessageKey][] = [];
  const label = (forId: string, key: MessageKey) => {
    const l = h('label', { for: forId });
    labels.push([l, key]);
    return l;
  };
  const legend = h('legend', {});
  const solsticeLabel = label('fm-solstice', 'fmPitch_solstice');
  const sweepLabel = label('fm-sweep', 'fmSweep');
  const element = h(
    'form',
    { class: 'll-plan-form fm-form', 'data-testid': 'fm-form', novalidate: true },
    field(label('fm-tilt', 'fmTilt'), tilt),
    field(label('fm-azimuth', 'fmAzimuth'), azimuth),
    field(label('fm-table', 'fmTable'), table),
    h(
      'fieldset',
      { class: 'fm-pitch' },
      legend,
      field(label('fm-gcr', 'fmPitch_gcr'), h('span', { class: 'fm-slider' }, gcr, gcrValue)),
      h('div', { class: 'll-check' }, solstice, solsticeLabel),
    ),
    field(label('fm-setback', 'fmSetback'), setback),
    h('div', { class: 'll-check' }, sweep, sweepLabel),
    run,
  );
  const read = (input: HTMLInputElement) => (input.value.trim() === '' ? NaN : Number(input.value));
  tilt.addEventListener('input', () => actions.setOptions({ tilt_deg: read(tilt) }));
  azimuth.addEventListener('input', () => actions.setOptions({ azimuth_deg: read(azimuth) }));
  setback.addEventListener('input', () => actions.setOptions({ setback_m: read(setback) }));
  table.addEventListener('change', () => actions.setOptions({ table: table.value as FarmTable }));
  gcr.addEventListener('input', () => actions.setOptions({ pitch: { kind: 'gcr', gcr: read(gcr) } }));
  solstice.addEventListener('change', () =>
    actions.setOptions({ pitch: solstice.checked ? { kind: 'solstice' } : { kind: 'gcr', gcr: read(gcr) } }),
  );
  sweep.addEventListener('change', () => actions.setSweep(sweep.checked));
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.evaluate();
  });

  let lang: Lang | null = null;
  function render(next: Lang, f: FarmState): void {
    if (next !== lang) {
      lang = next;
      for (const [l, key] of labels) l.textContent = t(next, key);
      legend.textContent = t(next, 'fmPitch');
      run.textContent = t(next, 'fmEvaluate');
      table.replaceChildren(...FARM_TABLES.map((v) => h('option', { value: v }, t(next, `fmTable_${v}`))));
    }
    const o = f.options;
    const show = (input: HTMLInputElement, value: number) => {
      if (document.activeElement !== input && read(input) !== value)
        input.value = Number.isFinite(value) ? String(value) : '';
    };
    show(tilt, o.tilt_deg);
    show(azimuth, o.azimuth_deg);
    show(setback, o.setback_m);
    table.value = o.table;
    solstice.checked = o.pitch.kind === 'solstice';
    gcr.disabled = o.pitch.kind === 'solstice';
    if (o.pitch.kind === 'gcr') {
      show(gcr, o.pitch.gcr);
      gcrValue.textContent = formatNumber(next, o.pitch.gcr, 2);
      gcr.setAttribute('aria-valuetext', formatNumber(next, o.pitch.gcr, 2));
    } else gcrValue.textContent = '—';
    sweep.checked = f.sweep;
    run.disabled = f.evaluation.status === 'loading';
  }
  return { element, render };
}
