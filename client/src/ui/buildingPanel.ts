/** The side panel describing the selected building (or slag heap); a bottom sheet on phones. */
import type { BuildingDetail } from '../data/types';
import { h, replaceChildren } from './dom';
import { formatNumber, formatYear, heapShapeLabel, roofLabel, t, typologyLabel, type Lang } from './i18n';
import type { PvActions } from './pvControls';
import { mountPvSection } from './pvSection';
import type { RenovationActions } from './renovationControls';
import { mountRenovationSection } from './renovationSection';
import { roofSourceText } from './roofSource';
import { solarSection } from './solarSection';
import type { AppState, HeapSelection, Store } from './store';

function row(label: string, value: string, testId?: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-field': testId }, value)];
}

function buildingRows(lang: Lang, b: BuildingDetail): HTMLElement[] {
  const text = (v: string | null) => v ?? t(lang, 'unknown');
  return [
    ...row(t(lang, b.address_synthetic ? 'addressSynthetic' : 'address'), text(b.address), 'address'),
    ...row(t(lang, 'commune'), text(b.commune), 'commune'),
    ...row(t(lang, 'cite'), text(b.cite_name), 'cite'),
    ...row(t(lang, 'type'), typologyLabel(lang, b.typology), 'typology'),
    ...row(t(lang, 'yearBuilt'), formatYear(lang, b.year_built), 'year'),
    ...row(t(lang, 'height'), formatNumber(lang, b.height_m, 1), 'height'),
    ...row(t(lang, 'levels'), formatNumber(lang, b.levels), 'levels'),
    ...(b.dwellings !== null ? row(t(lang, 'dwellings'), formatNumber(lang, b.dwellings), 'dwellings') : []),
    ...row(t(lang, 'roof'), roofLabel(lang, b.roof_shape), 'roof'),
    ...row(
      t(lang, 'pitch'),
      b.roof_shape === 'flat' ? formatNumber(lang, 0) : formatNumber(lang, b.roof_pitch_deg),
      'pitch',
    ),
    ...row(t(lang, 'owner'), text(b.owner_name), 'owner'),
    ...row(t(lang, 'unesco'), t(lang, b.unesco ? 'unescoYes' : 'no'), 'unesco'),
  ];
}

function heapRows(lang: Lang, heap: HeapSelection): HTMLElement[] {
  return [
    ...row(t(lang, 'heapShape'), heapShapeLabel(lang, heap.shape), 'shape'),
    ...row(t(lang, 'height'), formatNumber(lang, heap.height_m), 'height'),
  ];
}

export function mountBuildingPanel(
  container: HTMLElement,
  store: Store<AppState>,
  actions: { close(): void; pv: PvActions; renovation: RenovationActions },
): void {
  const panel = h('aside', {
    class: 'panel',
    'data-testid': 'building-panel',
    'aria-labelledby': 'panel-title',
    hidden: true,
  });
  container.append(panel);
  // "Mon toit" and « Rénovation » keep their own elements (and the focus of its controls) across the panel's re-renders.
  const pvSection = mountPvSection(store, actions.pv);
  const renovationSection = mountRenovationSection(store, actions.renovation);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') actions.close();
  });

  store.subscribe((state, previous) => {
    if (previous && state.selection === previous.selection && state.lang === previous.lang) return;
    const { lang, selection } = state;
    const open = selection.id !== null || selection.heap !== null;
    panel.hidden = !open;
    if (!open) return;
    const closeButton = h(
      'button',
      { type: 'button', class: 'panel-close', 'aria-label': t(lang, 'closePanel'), 'data-testid': 'panel-close' },
      '×',
    );
    closeButton.addEventListener('click', () => actions.close());

    let title = '';
    let body: HTMLElement[];
    if (selection.heap) {
      title = `${t(lang, 'heapTitle')} ${selection.heap.name ?? ''}`.trim();
      body = [h('dl', {}, ...heapRows(lang, selection.heap))];
    } else if (selection.status === 'loading') {
      title = `${t(lang, 'buildingNumber')}${selection.id}`;
      body = [h('p', { class: 'panel-status', role: 'status' }, t(lang, 'panelLoading'))];
    } else if (selection.status === 'error' || !selection.building) {
      title = `${t(lang, 'buildingNumber')}${selection.id}`;
      body = [
        h(
          'p',
          { class: 'panel-status error', role: 'alert' },
          `${t(lang, 'panelError')}${selection.error ? ` (${selection.error})` : ''}`,
        ),
      ];
    } else {
      const b = selection.building;
      title = b.name ?? b.address ?? `${t(lang, 'buildingNumber')}${b.id}`;
      body = [
        pvSection,
        renovationSection,
        solarSection(lang, b),
        h('p', { class: 'roof-source', 'data-field': 'roof-source' }, roofSourceText(lang, b)),
        h('dl', {}, ...buildingRows(lang, b)),
      ];
    }
    replaceChildren(panel, h('header', {}, h('h2', { id: 'panel-title' }, title), closeButton), ...body);
  });
}
