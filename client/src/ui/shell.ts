/** The page frame: a top bar (title, search, language), the 3D view, overlays for legend, status and notices. */
import { h } from './dom';
import { t } from './i18n';
import type { AppState, Store } from './store';

export interface Shell {
  scene: HTMLElement;
  topbar: HTMLElement;
  tools: HTMLElement;
  overlay: HTMLElement;
  root: HTMLElement;
}

export function mountShell(root: HTMLElement, store: Store<AppState>): Shell {
  const title = h('h1', { class: 'title' });
  const subtitle = h('span', { class: 'subtitle' });
  const tools = h('div', { class: 'tools' });
  const topbar = h('header', { class: 'topbar' }, h('div', { class: 'brand' }, title, subtitle), tools);
  const scene = h('main', { class: 'scene', 'data-testid': 'scene', role: 'region' });
  const overlay = h('div', { class: 'overlay' });
  scene.append(overlay);
  root.replaceChildren(topbar, scene);
  store.subscribe((state, previous) => {
    if (previous && state.lang === previous.lang) return;
    title.textContent = t(state.lang, 'title');
    subtitle.textContent = t(state.lang, 'subtitle');
    scene.setAttribute('aria-label', t(state.lang, 'sceneLabel'));
    document.title = t(state.lang, 'title');
  });
  return { scene, topbar, tools, overlay, root };
}
