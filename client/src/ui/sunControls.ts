/**
 * Date and hour of the sun (Paris clock time), with shortcuts for now, the solstices and the equinox, and where the
 * sun then stands. Changing them asks for a new instant; the view follows at once.
 */
import { h } from './dom';
import { formatNumber, t, type MessageKey } from './i18n';
import { formatClock, parisTime, parisToUtc } from './parisTime';
import type { AppState, Store } from './store';

/** Hour slider step [min]. */
export const HOUR_STEP_MIN = 10;

/** Dates of the shortcuts, month-day; the solstices and the March equinox fall on these days in the 2020s (UTC). */
const SHORTCUTS: { key: MessageKey; testId: string; monthDay: string | null }[] = [
  { key: 'sunNow', testId: 'sun-now', monthDay: null },
  { key: 'sunSummer', testId: 'sun-summer', monthDay: '06-21' },
  { key: 'sunWinter', testId: 'sun-winter', monthDay: '12-21' },
  { key: 'sunEquinox', testId: 'sun-equinox', monthDay: '03-20' },
];

export function mountSunControls(
  container: HTMLElement,
  store: Store<AppState>,
  actions: { setTime(timeUtcMs: number): void },
): HTMLElement {
  const title = h('h2', { id: 'sun-title' });
  const dateLabel = h('label', { for: 'sun-date' });
  const date = h('input', { type: 'date', id: 'sun-date', 'data-testid': 'sun-date', required: true });
  const hourLabel = h('label', { for: 'hour-slider' });
  const slider = h('input', {
    type: 'range',
    id: 'hour-slider',
    min: 0,
    max: 1440 - HOUR_STEP_MIN,
    step: HOUR_STEP_MIN,
    'data-testid': 'hour-slider',
  });
  const clock = h('output', { for: 'hour-slider', class: 'sun-clock', 'data-testid': 'sun-clock' });
  const readout = h('p', { class: 'sun-readout', 'data-testid': 'sun-readout', 'aria-live': 'polite' });
  const buttons = SHORTCUTS.map((s) => {
    const button = h('button', { type: 'button', 'data-testid': s.testId });
    button.addEventListener('click', () => {
      if (s.monthDay === null) return actions.setTime(Date.now());
      const { date: current, minutes } = parisTime(store.get().sun.timeUtcMs);
      actions.setTime(parisToUtc(`${current.slice(0, 4)}-${s.monthDay}`, minutes));
    });
    return { button, key: s.key };
  });

  const minutes = () => parisTime(store.get().sun.timeUtcMs).minutes;
  slider.addEventListener('input', () => {
    const day = parisTime(store.get().sun.timeUtcMs).date;
    actions.setTime(parisToUtc(day, Number(slider.value)));
  });
  date.addEventListener('change', () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) actions.setTime(parisToUtc(date.value, minutes()));
  });

  const section = h(
    'section',
    { class: 'sun-controls', 'data-testid': 'sun-controls', 'aria-labelledby': 'sun-title' },
    h('div', { class: 'sun-row' }, title, dateLabel, date),
    h('div', { class: 'sun-row sun-shortcuts' }, ...buttons.map((b) => b.button)),
    h('div', { class: 'sun-row' }, hourLabel, slider, clock),
    readout,
  );
  container.append(section);

  store.subscribe((state, previous) => {
    if (previous && state.sun === previous.sun && state.lang === previous.lang) return;
    const { lang, sun } = state;
    title.textContent = t(lang, 'sunTitle');
    dateLabel.textContent = t(lang, 'sunDate');
    hourLabel.textContent = t(lang, 'sunHour');
    for (const b of buttons) b.button.textContent = t(lang, b.key);
    const local = parisTime(sun.timeUtcMs);
    if (date.value !== local.date) date.value = local.date;
    const stepped = Math.min(1440 - HOUR_STEP_MIN, Math.round(local.minutes / HOUR_STEP_MIN) * HOUR_STEP_MIN);
    if (Number(slider.value) !== stepped) slider.value = String(stepped);
    clock.textContent = formatClock(local.minutes);
    slider.setAttribute('aria-valuetext', formatClock(local.minutes));
    readout.textContent =
      sun.elevation_deg > 0
        ? t(lang, 'sunPosition', {
            elevation: formatNumber(lang, sun.elevation_deg),
            azimuth: formatNumber(lang, sun.azimuth_deg),
          })
        : t(lang, 'sunNight');
  });
  return section;
}
