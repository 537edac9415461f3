/** Address / name search: a labelled input, results as buttons (keyboard reachable), debounced queries. */
import type { SearchResult } from '../../../contracts';
import { h, replaceChildren } from './dom';
import { t } from './i18n';
import type { AppState, Store } from './store';

/** Wait after the last keystroke before querying [ms]. */
const DEBOUNCE_MS = 250;
export const MIN_QUERY_LENGTH = 2;

export function mountSearchBox(
  container: HTMLElement,
  store: Store<AppState>,
  actions: { search(query: string): void; choose(result: SearchResult): void },
): void {
  const label = h('label', { for: 'search-input', class: 'search-label' });
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    autocomplete: 'off',
    'data-testid': 'search-input',
    'aria-controls': 'search-results',
  });
  const button = h('button', { type: 'submit', class: 'search-submit' });
  const form = h('form', { class: 'search', role: 'search' }, label, input, button);
  const list = h('ul', {
    id: 'search-results',
    class: 'search-results',
    'data-testid': 'search-results',
    hidden: true,
  });
  container.append(form, list);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    actions.search(input.value.trim());
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      list.querySelector('button')?.focus();
      e.preventDefault();
    } else if (e.key === 'Escape') {
      input.value = '';
      run();
    }
  });
  list.addEventListener('keydown', (e) => {
    const buttons = [...list.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') buttons[Math.min(buttons.length - 1, i + 1)]?.focus();
    else if (e.key === 'ArrowUp') (i <= 0 ? input : buttons[i - 1])?.focus();
    else if (e.key === 'Escape') input.focus();
    else return;
    e.preventDefault();
  });

  store.subscribe((state, previous) => {
    const { lang, search } = state;
    if (!previous || lang !== previous.lang) {
      label.textContent = t(lang, 'searchLabel');
      input.placeholder = t(lang, 'searchLabel');
      button.textContent = t(lang, 'searchButton');
      list.setAttribute('aria-label', t(lang, 'searchResults'));
    }
    if (previous && search === previous.search && lang === previous.lang) return;
    list.hidden = search.status === 'idle' || search.query.length < MIN_QUERY_LENGTH;
    if (search.status === 'error') {
      replaceChildren(list, h('li', { class: 'search-empty', role: 'alert' }, t(lang, 'searchError')));
    } else if (search.status === 'ready' && search.results.length === 0) {
      replaceChildren(list, h('li', { class: 'search-empty' }, t(lang, 'searchNone')));
    } else {
      replaceChildren(
        list,
        ...search.results.map((result) => {
          const choose = h(
            'button',
            { type: 'button', 'data-id': result.id },
            h('span', { class: 'result-label' }, result.label),
            result.commune ? h('span', { class: 'result-commune' }, result.commune) : null,
          );
          choose.addEventListener('click', () => actions.choose(result));
          return h('li', {}, choose);
        }),
      );
    }
  });
}
