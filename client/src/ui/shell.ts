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
  /** Gives the 3D view's canvas its role and text alternative, in the page's language. */
  describeCanvas(canvas: HTMLCanvasElement): void;
}

export function mountShell(root: HTMLElement, store: Store<AppState>): Shell {
  const title = h('h1', { class: 'title' });
  const subtitle = h('span', { class: 'subtitle' });
  const tools = h('div', { class: 'tools' });
  const topbar = h('header', { class: 'topbar' }, h('div', { class: 'brand' }, title, subtitle), tools);
  // The page's one main landmark: the 3D view and the panels over it.
  const scene = h('main', { class: 'scene', 'data-testid': 'scene' });
  const overlay = h('div', { class: 'overlay' });
  scene.append(overlay);
  root.replaceChildren(topbar, scene);
  let canvas: HTMLCanvasElement | null = null;
  const label = (lang: AppState['lang']) => {
    // A picture to assistive technology; how to move it (the scene's label) is its description.
    canvas?.setAttribute('role', 'img');
    canvas?.setAttribute('aria-label', t(lang, 'sceneCanvas'));
    canvas?.setAttribute('aria-description', t(lang, 'sceneLabel'));
  };
  store.subscribe((state, previous) => {
    if (previous && state.lang === previous.lang) return;
    title.textContent = t(state.lang, 'title');
    subtitle.textContent = t(state.lang, 'subtitle');
    scene.setAttribute('aria-label', t(state.lang, 'sceneLabel'));
    document.title = t(state.lang, 'title');
    label(state.lang);
  });
  const describeCanvas = (c: HTMLCanvasElement) => {
    canvas = c;
    label(store.get().lang);
  };
  return { scene, topbar, tools, overlay, root, describeCanvas };
}
