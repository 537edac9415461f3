/**
 * Phones (the `PHONE_QUERY` of styles.css): the panels share one bottom sheet over the 3D view, one at a time, with
 * a bar of tabs to bring one forward, collapse it (the whole view back) or close it with its own ×. A panel that
 * opens (a building picked, « Friches » or « Bailleur » toggled) comes forward by itself. On wider screens the bar
 * is hidden and the class set here counts for nothing, so the desktop layout is untouched.
 *
 * Which sheet is in front is the phone layout's own state, not the application's (the desktop shows them all), so
 * it lives here rather than in the store.
 */
import { h } from './dom';
import { t, type Lang } from './i18n';
import type { AppState, Store } from './store';

/** Kept equal to the `@media` width of the phone layout in styles.css. */
export const PHONE_QUERY = '(max-width: 700px)';

export interface Sheet {
  id: string;
  /** What the sheet shows (the legend sheet is the heat-map legend and the typology legend). */
  elements: HTMLElement[];
  tab(state: AppState): string;
  /** Open in the state; null for a sheet that is always there (legend, sun). */
  open: ((state: AppState) => boolean) | null;
  /** Changes when the panel opens on something new (another building), which brings it forward again. */
  subject?: (state: AppState) => unknown;
}

export interface BottomSheet {
  /** The sheet in front, null when collapsed. */
  active(): string | null;
}

export function mountBottomSheet(overlay: HTMLElement, store: Store<AppState>, sheets: Sheet[]): BottomSheet {
  let active: string | null = null;
  const show = (id: string | null) => {
    active = id;
    render(store.get());
  };
  // One button per sheet, kept across renders so that a focused tab keeps the focus.
  const tabs = sheets.map((sheet) => {
    const tab = h('button', { type: 'button', 'data-sheet': sheet.id, 'data-testid': `sheet-tab-${sheet.id}` });
    tab.addEventListener('click', () => show(active === sheet.id ? null : sheet.id));
    return tab;
  });
  const collapse = h('button', { type: 'button', class: 'sheet-collapse', 'data-testid': 'sheet-collapse' });
  collapse.addEventListener('click', () => {
    const tab = tabs[sheets.findIndex((s) => s.id === active)];
    show(null);
    tab?.focus();
  });
  const bar = h('nav', { class: 'sheet-bar', 'data-testid': 'sheet-bar' }, ...tabs, collapse);
  overlay.prepend(bar);
  const phone = window.matchMedia(PHONE_QUERY);

  function render(state: AppState): void {
    const lang: Lang = state.lang;
    sheets.forEach((sheet, i) => {
      for (const element of sheet.elements) element.classList.toggle('sheet-off', sheet.id !== active);
      const tab = tabs[i]!;
      tab.hidden = sheet.open !== null && !sheet.open(state);
      tab.textContent = sheet.tab(state);
      tab.setAttribute('aria-pressed', String(sheet.id === active));
    });
    bar.setAttribute('aria-label', t(lang, 'sheetBar'));
    collapse.textContent = `▾ ${t(lang, 'sheetCollapse')}`;
    collapse.setAttribute('aria-label', t(lang, 'sheetCollapseLabel'));
    collapse.hidden = active === null;
  }

  // Escape collapses an always-there sheet (legend, sun); the panels close themselves on Escape.
  for (const sheet of sheets) for (const element of sheet.elements) element.classList.add('sheet');
  sheets.forEach((sheet, i) => {
    if (sheet.open !== null) return;
    for (const element of sheet.elements)
      element.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape' || !phone.matches || active !== sheet.id) return;
        show(null);
        tabs[i]!.focus();
      });
  });

  store.subscribe((state, previous) => {
    for (const sheet of sheets) {
      if (!sheet.open) continue;
      const isOpen = sheet.open(state);
      const opened = isOpen && (!previous || !sheet.open(previous));
      const moved = isOpen && previous && sheet.subject && sheet.subject(state) !== sheet.subject(previous);
      if (opened || moved) active = sheet.id;
      else if (active === sheet.id && !isOpen) active = null;
    }
    render(state);
  });
  return { active: () => active };
}
