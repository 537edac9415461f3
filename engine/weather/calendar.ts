/** Calendar of a typical (non-leap) year: 365 days, 8760 hours, month by month. */

/** Hours in a typical year: 365 × 24. */
export const TYPICAL_YEAR_HOURS = 8760;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FIRST_DAY_OF_MONTH = DAYS_IN_MONTH.map((_, m) => DAYS_IN_MONTH.slice(0, m).reduce((a, b) => a + b, 0));

/** True for 29 February (month 1-12, day 1-31). */
export function isLeapDay(month: number, day: number): boolean {
  return month === 2 && day === 29;
}

/**
 * Position of an hour in the typical year [h, 0-8759] from its calendar label (month 1-12, day of month, hour 0-23);
 * -1 when the label is not a date of a non-leap year.
 */
export function hourOfTypicalYear(month: number, day: number, hour: number): number {
  const days = DAYS_IN_MONTH[month - 1];
  const first = FIRST_DAY_OF_MONTH[month - 1];
  if (days === undefined || first === undefined) return -1;
  if (!Number.isInteger(day) || day < 1 || day > days || !Number.isInteger(hour) || hour < 0 || hour > 23) return -1;
  return (first + day - 1) * 24 + hour;
}

/** Month (1-12) that contains hour `index` [h, 0-8759] of a typical year. */
export function monthOfTypicalHour(index: number): number {
  const day = Math.floor(index / 24);
  let month = 12;
  while (month > 1 && (FIRST_DAY_OF_MONTH[month - 1] ?? 0) > day) month--;
  return month;
}

/** Readable label 'MM-DD HH:00' of hour `index` [h, 0-8759] of a typical year, for error messages. */
export function labelOfTypicalHour(index: number): string {
  const month = monthOfTypicalHour(index);
  const day = Math.floor(index / 24) - (FIRST_DAY_OF_MONTH[month - 1] ?? 0) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(month)}-${pad(day)} ${pad(index % 24)}:00`;
}
