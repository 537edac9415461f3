/**
 * « Bailleur », the social landlord's workspace: a toggle in the top bar opens a panel on the left of the view —
 * sign in with a token (or out), the organisation, its portfolios and a new one, the DPE colours shown in 3D with
 * their legend, the plan form and its results.
 */
import type { LandlordActions } from '../app/landlord';
import { DPE_LETTERS } from '../data/requests';
import { h, replaceChildren } from './dom';
import { DPE_COLOURS } from './dpeScaleGeometry';
import { formatNumber, t, type Lang, type MessageKey } from './i18n';
import { createPortfolioForm, planFormElement, signInForm } from './landlordForms';
import { landlordResults } from './landlordResults';
import type { LandlordState } from './landlordState';
import './landlord.css';
import type { AppState, Store } from './store';

function authMessage(lang: Lang, l: LandlordState): HTMLElement | null {
  if (l.auth === 'checking') return h('p', { role: 'status', class: 'panel-status' }, t(lang, 'llChecking'));
  if (l.auth === 'unauthorized')
    return h(
      'p',
      { role: 'alert', class: 'panel-status error', 'data-testid': 'll-unauthorized' },
      t(lang, 'llUnauthorized'),
    );
  if (l.auth === 'error')
    return h(
      'p',
      { role: 'alert', class: 'panel-status error', 'data-testid': 'll-auth-error' },
      l.error ? `${t(lang, 'llSignInError')} (${l.error})` : t(lang, 'llTokenEmpty'),
    );
  return null;
}

function portfolioList(lang: Lang, l: LandlordState, select: (id: number) => void): HTMLElement {
  if (l.portfolios.length === 0) return h('p', { class: 'note' }, t(lang, 'llNoPortfolio'));
  return h(
    'ul',
    { class: 'll-portfolios', 'data-testid': 'll-portfolios' },
    ...l.portfolios.map((p) => {
      const button = h(
        'button',
        { type: 'button', 'data-portfolio': p.id, 'aria-pressed': String(p.id === l.portfolioId) },
        h('span', { class: 'll-portfolio-name' }, p.name),
        h(
          'span',
          { class: 'll-portfolio-count' },
          t(lang, 'llPortfolioHouses', { n: formatNumber(lang, p.buildings) }),
        ),
      );
      button.addEventListener('click', () => select(p.id));
      return h('li', {}, button);
    }),
  );
}

function status(lang: Lang, kind: 'loading' | 'error', key: MessageKey, error: string | null, testId: string) {
  return kind === 'loading'
    ? h('p', { role: 'status', class: 'panel-status', 'data-testid': testId }, t(lang, key))
    : h(
        'p',
        { role: 'alert', class: 'panel-status error', 'data-testid': testId },
        `${t(lang, key)}${error ? ` (${error})` : ''}`,
      );
}

/** The highlight line, the colour switch (today / end of plan) and the DPE legend. */
function colours(lang: Lang, l: LandlordState, actions: LandlordActions): HTMLElement {
  const choice = (mode: 'now' | 'plan') => {
    const b = h(
      'button',
      {
        type: 'button',
        class: 'll-seg',
        'aria-pressed': String(l.colourBy === mode),
        'data-testid': `ll-colour-${mode}`,
      },
      t(lang, `llColour_${mode}`),
    );
    b.disabled = mode === 'plan' && !l.plan.data;
    b.addEventListener('click', () => actions.setColourBy(mode));
    return b;
  };
  return h(
    'div',
    { class: 'll-colours', 'data-testid': 'll-colours' },
    h('p', { 'data-testid': 'll-highlighted' }, t(lang, 'llHighlighted', { n: formatNumber(lang, l.highlighted) })),
    h('div', { class: 'll-segs', role: 'group', 'aria-label': t(lang, 'llColourBy') }, choice('now'), choice('plan')),
    h(
      'p',
      { class: 'll-legend', 'aria-label': t(lang, 'llLegend') },
      ...DPE_LETTERS.map((letter) =>
        h(
          'span',
          {},
          h('span', { class: 'll-key', style: `background:${DPE_COLOURS[letter]}`, 'aria-hidden': 'true' }),
          `${letter} ${formatNumber(lang, l.estimate.data?.classes[letter] ?? 0)}`,
        ),
      ),
    ),
  );
}

export function mountLandlordWorkspace(
  tools: HTMLElement,
  overlay: HTMLElement,
  store: Store<AppState>,
  actions: LandlordActions,
): HTMLElement {
  const toggle = h('button', { type: 'button', class: 'lang-toggle ll-toggle', 'data-testid': 'll-toggle' });
  toggle.addEventListener('click', () => actions.setOpen(!store.get().landlord.open));
  tools.prepend(toggle);

  const title = h('h2', { id: 'll-title' });
  const close = h('button', { type: 'button', class: 'panel-close', 'data-testid': 'll-close' }, '×');
  close.addEventListener('click', () => actions.setOpen(false));
  const intro = h('p', { class: 'note' });
  const signIn = signInForm((token) => void actions.signIn(token));
  const create = createPortfolioForm((name, kind, value) => void actions.createPortfolio(name, kind, value));
  const plan = planFormElement({ setForm: actions.setForm, runPlan: () => void actions.runPlan() });
  const auth = h('div', {});
  const org = h('div', { class: 'll-org' });
  const portfolios = h('section', { class: 'll-section' });
  const shown = h('div', {});
  const planStatus = h('div', {});
  const results = h('div', {});
  const signedIn = h('div', {}, org, portfolios, create.element, shown, plan.element, planStatus, results);
  const panel = h(
    'aside',
    { class: 'panel landlord', 'data-testid': 'landlord-panel', 'aria-labelledby': 'll-title', hidden: true },
    h('header', {}, title, close),
    intro,
    auth,
    signIn.element,
    signedIn,
  );
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') actions.setOpen(false);
  });
  overlay.append(panel);

  store.subscribe((state, previous) => {
    const { lang, landlord: l } = state;
    // The selected building's cité fills the new-portfolio form when it is empty.
    if (state.selection.building !== previous?.selection.building)
      create.suggest(state.selection.building?.cite_name ?? null);
    if (previous && l === previous.landlord && lang === previous.lang) return;
    toggle.textContent = t(lang, 'llToggle');
    toggle.setAttribute('aria-label', t(lang, 'llToggleLabel'));
    toggle.setAttribute('aria-pressed', String(l.open));
    // Closed with the focus inside (Escape, ×): the focus goes back to the toggle rather than to the page.
    const hadFocus = panel.contains(document.activeElement);
    panel.hidden = !l.open;
    if (hadFocus && !l.open) toggle.focus();
    panel.dataset.auth = l.auth;
    title.textContent = t(lang, 'llTitle');
    close.setAttribute('aria-label', t(lang, 'llClose'));
    intro.textContent = t(lang, 'llIntro');
    replaceChildren(auth, authMessage(lang, l));
    const inside = l.auth === 'signed_in';
    signIn.element.hidden = inside;
    signedIn.hidden = !inside;
    signIn.render(lang, l);
    if (!inside) {
      // Signed out: nothing of the organisation stays in the page.
      for (const part of [org, portfolios, shown, planStatus, results]) replaceChildren(part);
      return;
    }

    const out = h('button', { type: 'button', class: 'll-button', 'data-testid': 'll-sign-out' }, t(lang, 'llSignOut'));
    out.addEventListener('click', () => actions.signOut());
    replaceChildren(
      org,
      h(
        'div',
        {},
        h('strong', { 'data-testid': 'll-org-name' }, l.me?.organisation.name ?? ''),
        h('br'),
        h('small', {}, t(lang, 'llOrgBuildings', { n: formatNumber(lang, l.me?.buildings ?? 0) })),
      ),
      out,
    );
    replaceChildren(
      portfolios,
      h('h3', {}, t(lang, 'llPortfolios')),
      portfolioList(lang, l, (id) => void actions.selectPortfolio(id)),
    );
    create.render(lang, l);
    const c = l.create;
    replaceChildren(
      create.status,
      c.status === 'loading'
        ? status(lang, 'loading', 'llCreating', null, 'll-create-status')
        : c.status === 'error'
          ? status(lang, 'error', c.error === null ? 'llNameMissing' : 'llCreateError', c.error, 'll-create-status')
          : null,
    );

    const e = l.estimate;
    replaceChildren(
      shown,
      e.status === 'loading' || e.status === 'error'
        ? status(
            lang,
            e.status,
            e.status === 'loading' ? 'llEstimating' : 'llEstimateError',
            e.error,
            'll-estimate-status',
          )
        : null,
      e.data ? colours(lang, l, actions) : null,
    );
    plan.element.hidden = l.portfolioId === null;
    plan.render(lang, l);
    const p = l.plan;
    const invalid = p.error?.startsWith('invalid:') ? p.error.slice('invalid:'.length) : null;
    replaceChildren(
      planStatus,
      p.status === 'loading'
        ? status(lang, 'loading', 'llRunning', null, 'll-plan-status')
        : p.status === 'error'
          ? invalid
            ? h(
                'p',
                { role: 'alert', class: 'panel-status error', 'data-testid': 'll-plan-status' },
                t(lang, 'llInvalid', { field: invalid }),
              )
            : status(lang, 'error', 'llPlanError', p.error, 'll-plan-status')
          : null,
    );
    const resultsChanged =
      !previous ||
      lang !== previous.lang ||
      p !== previous.landlord.plan ||
      l.exporting !== previous.landlord.exporting ||
      l.decimalComma !== previous.landlord.decimalComma;
    if (resultsChanged) replaceChildren(results, landlordResults(lang, l, actions));
  });
  return panel;
}
