/**
 * « Friches », the planner's workspace for ground-mounted farms: a toggle in the top bar opens a panel on the left
 * of the view — the candidate sites, the draw tool (boundary and exclusion zones), the options, « Évaluer », and the
 * results (figures, months, tilt × GCR sweep, assumptions). Rows and outlines are drawn in the 3D view by app/.
 */
import type { FarmActions } from '../app/farm';
import { h, replaceChildren } from './dom';
import { farmFormElement } from './farmForm';
import { farmResults } from './farmResults';
import type { FarmState } from './farmState';
import { formatNumber, t, type Lang } from './i18n';
import './farm.css';
import type { AppState, Store } from './store';

function sitesList(lang: Lang, f: FarmState, choose: (id: number) => void): HTMLElement {
  const { sites } = f;
  if (sites.status === 'loading')
    return h(
      'p',
      { role: 'status', class: 'panel-status', 'data-testid': 'fm-sites-status' },
      t(lang, 'fmSitesLoading'),
    );
  if (sites.status === 'error')
    return h(
      'p',
      { role: 'alert', class: 'panel-status error', 'data-testid': 'fm-sites-status' },
      `${t(lang, 'fmSitesError')}${sites.error ? ` (${sites.error})` : ''}`,
    );
  if (sites.list.length === 0) return h('p', { class: 'note' }, t(lang, 'fmSitesNone'));
  return h(
    'ul',
    { class: 'll-portfolios fm-sites', 'data-testid': 'fm-sites' },
    ...sites.list.map((site) => {
      const button = h(
        'button',
        { type: 'button', 'data-site': site.id, 'aria-pressed': String(f.polygon === null && site.id === f.siteId) },
        h('span', { class: 'll-portfolio-name' }, site.name),
        h(
          'span',
          { class: 'll-portfolio-count' },
          t(lang, 'fmSiteArea', { area: formatNumber(lang, site.area_ha, 1) }),
        ),
      );
      button.addEventListener('click', () => choose(site.id));
      return h('li', {}, button);
    }),
  );
}

function evaluationStatus(lang: Lang, f: FarmState): HTMLElement | null {
  const e = f.evaluation;
  const alert = (text: string) =>
    h('p', { role: 'alert', class: 'panel-status error', 'data-testid': 'fm-status', 'data-state': e.status }, text);
  if (e.status === 'loading')
    return h(
      'p',
      { role: 'status', class: 'panel-status', 'data-testid': 'fm-status', 'data-state': e.status },
      t(lang, 'fmEvaluating'),
    );
  if (e.status !== 'error') return null;
  if (e.error === 'no_site') return alert(t(lang, 'fmNoSite'));
  if (e.error?.startsWith('invalid:')) return alert(t(lang, 'fmInvalid', { field: e.error.slice('invalid:'.length) }));
  const head = e.httpStatus === 422 ? 'fmNothing' : e.httpStatus === 400 ? 'fmRefused' : 'fmError';
  return alert(`${t(lang, head)} : ${e.error ?? ''}`);
}

export function mountFarmWorkspace(
  tools: HTMLElement,
  overlay: HTMLElement,
  store: Store<AppState>,
  actions: FarmActions,
  rowsDrawn: () => number,
): HTMLElement {
  const toggle = h('button', { type: 'button', class: 'lang-toggle ll-toggle', 'data-testid': 'fm-toggle' });
  toggle.addEventListener('click', () => actions.setOpen(!store.get().farm.open));
  tools.prepend(toggle);

  const title = h('h2', { id: 'fm-title' });
  const close = h('button', { type: 'button', class: 'panel-close', 'data-testid': 'fm-close' }, '×');
  close.addEventListener('click', () => actions.setOpen(false));
  const intro = h('p', { class: 'note' });
  const sitesTitle = h('h3', {});
  const sites = h('div', {});
  const drawTitle = h('h3', {});
  const tool = (testId: string, onClick: () => void) => {
    const b = h('button', { type: 'button', class: 'll-button', 'data-testid': testId });
    b.addEventListener('click', onClick);
    return b;
  };
  const drawSite = tool('fm-draw-site', () => actions.startDrawing('site'));
  const drawExclusion = tool('fm-draw-exclusion', () => actions.startDrawing('exclusion'));
  const finish = tool('fm-finish', () => actions.finishDrawing());
  const clear = tool('fm-clear', () => actions.clearDrawing());
  const drawHelp = h('p', { class: 'note' });
  const drawStatus = h('p', { 'data-testid': 'fm-draw-status', 'aria-live': 'polite' });
  const optionsTitle = h('h3', {});
  const form = farmFormElement({
    setOptions: actions.setOptions,
    setSweep: actions.setSweep,
    evaluate: () => void actions.evaluate(),
  });
  const status = h('div', {});
  const results = h('div', {});
  const panel = h(
    'aside',
    { class: 'panel landlord farm', 'data-testid': 'farm-panel', 'aria-labelledby': 'fm-title', hidden: true },
    h('header', {}, title, close),
    intro,
    sitesTitle,
    sites,
    drawTitle,
    h('div', { class: 'fm-tools', role: 'group' }, drawSite, drawExclusion, finish, clear),
    drawHelp,
    drawStatus,
    optionsTitle,
    form.element,
    status,
    results,
  );
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') actions.setOpen(false);
  });
  overlay.append(panel);

  store.subscribe((state, previous) => {
    const { lang, farm: f } = state;
    if (previous && f === previous.farm && lang === previous.lang) return;
    toggle.textContent = t(lang, 'fmToggle');
    toggle.setAttribute('aria-label', t(lang, 'fmToggleLabel'));
    toggle.setAttribute('aria-pressed', String(f.open));
    // Closed with the focus inside (Escape, ×): the focus goes back to the toggle rather than to the page.
    const hadFocus = panel.contains(document.activeElement);
    panel.hidden = !f.open;
    if (hadFocus && !f.open) toggle.focus();
    panel.dataset.drawing = f.draw.mode;
    title.textContent = t(lang, 'fmTitle');
    close.setAttribute('aria-label', t(lang, 'fmClose'));
    intro.textContent = t(lang, 'fmIntro');
    sitesTitle.textContent = t(lang, 'fmSites');
    if (
      !previous ||
      lang !== previous.lang ||
      f.sites !== previous.farm.sites ||
      f.siteId !== previous.farm.siteId ||
      f.polygon !== previous.farm.polygon
    )
      replaceChildren(sites, sitesList(lang, f, actions.chooseSite));
    drawTitle.textContent = t(lang, 'fmDraw');
    drawSite.textContent = t(lang, 'fmDrawSite');
    drawExclusion.textContent = t(lang, 'fmDrawExclusion');
    finish.textContent = t(lang, 'fmFinish');
    clear.textContent = t(lang, 'fmClear');
    drawSite.setAttribute('aria-pressed', String(f.draw.mode === 'site'));
    drawExclusion.setAttribute('aria-pressed', String(f.draw.mode === 'exclusion'));
    finish.disabled = f.draw.mode === 'none';
    drawHelp.textContent = t(lang, 'fmDrawHelp');
    const parts = [
      f.draw.mode !== 'none' ? t(lang, 'fmDrawing', { n: String(f.draw.points.length) }) : null,
      f.polygon ? t(lang, 'fmDrawn', { n: String(f.polygon.length) }) : null,
      f.exclusions.length > 0 ? t(lang, 'fmExclusions', { n: String(f.exclusions.length) }) : null,
    ].filter((p) => p !== null);
    drawStatus.textContent = parts.join(' · ');
    optionsTitle.textContent = t(lang, 'fmOptions');
    form.render(lang, f);
    replaceChildren(status, evaluationStatus(lang, f));
    if (!previous || lang !== previous.lang || f.evaluation.data !== previous.farm.evaluation.data)
      replaceChildren(results, f.evaluation.data ? farmResults(lang, f.evaluation.data, rowsDrawn()) : null);
    results.classList.toggle('stale', f.evaluation.status === 'loading');
  });
  return panel;
}
