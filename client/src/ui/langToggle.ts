/** The FR/EN switch; it shows the language it switches to. */
import { h } from './dom';
import { t } from './i18n';
import type { AppState, Store } from './store';

export function mountLangToggle(container: HTMLElement, store: Store<AppState>, actions: { toggle(): void }): void {
  const button = h('button', { type: 'button', class: 'lang-toggle', 'data-testid': 'lang-toggle' });
  button.addEventListener('click', () => actions.toggle());
  container.append(button);
  store.subscribe((state) => {
    button.textContent = t(state.lang, 'langToggle');
    // The name starts with the visible text (WCAG 2.5.3, label in name), so « EN » works for voice control too.
    button.setAttribute('aria-label', `${t(state.lang, 'langToggle')} — ${t(state.lang, 'langToggleLabel')}`);
    button.lang = state.lang === 'fr' ? 'en' : 'fr';
    document.documentElement.lang = state.lang;
  });
}
