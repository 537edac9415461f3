/**
 * Day of the year of an instant, counted on its UTC calendar date: 1 on 1 January, 365 (366 in a leap year) on
 * 31 December.
 * @param timeUtcMs instant [ms since 1970-01-01 UTC]
 * @example dayOfYear(Date.UTC(2016, 9, 26)) // 300
 */
export function dayOfYear(timeUtcMs: number): number {
  if (!Number.isFinite(timeUtcMs)) throw new RangeError(`timeUtcMs must be a finite number, got ${timeUtcMs}`);
  const date = new Date(timeUtcMs);
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.floor((timeUtcMs - startOfYear) / 86_400_000) + 1;
}
