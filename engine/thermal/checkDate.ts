/**
 * The instant of a dated conversion [ms UTC] from a Date or an ISO-8601 string; RangeError naming `date` unless it
 * falls between 1 July 2021 (DPE 2021 in force) and 31 December 2100.
 */
export function checkDate(date: Date | string): number {
  const t = typeof date === 'string' ? Date.parse(date) : date instanceof Date ? date.getTime() : NaN;
  if (!Number.isFinite(t) || t < Date.UTC(2021, 6, 1) || t >= Date.UTC(2101, 0, 1)) {
    throw new RangeError(`date must be a valid date within [2021-07-01, 2100-12-31], got ${String(date)}`);
  }
  return t;
}
