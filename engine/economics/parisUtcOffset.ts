const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** UTC milliseconds of 00:00 UTC on the last Sunday of `monthIndex` (0-11) of `year`. */
function lastSundayUtcMs(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

/** The calendar year holding an instant and its Europe/Paris summer-time interval, all in UTC ms. */
export interface ParisYear {
  /** 1 January 00:00 UTC of the year */
  yearStart: number;
  /** 1 January 00:00 UTC of the next year */
  yearEnd: number;
  /** Last Sunday of March, 01:00 UTC: CEST (UTC+2) starts */
  summerStart: number;
  /** Last Sunday of October, 01:00 UTC: CET (UTC+1) resumes */
  summerEnd: number;
}

/**
 * The UTC year of `utcMs` and its summer-time interval by the EU rule (Directive 2000/84/EC): UTC+2 from the last
 * Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, UTC+1 otherwise. Callers looping over hours
 * keep the result and call again only when an instant leaves [yearStart, yearEnd), so each label uses its own
 * year (typical years mix years by month) at the cost of one comparison per hour.
 */
export function parisYear(utcMs: number): ParisYear {
  const year = new Date(utcMs).getUTCFullYear();
  return {
    yearStart: Date.UTC(year, 0, 1),
    yearEnd: Date.UTC(year + 1, 0, 1),
    summerStart: lastSundayUtcMs(year, 2) + HOUR_MS,
    summerEnd: lastSundayUtcMs(year, 9) + HOUR_MS,
  };
}

/**
 * A function giving Europe/Paris's offset from UTC [ms] at an instant [UTC ms]: +1 h (CET) or +2 h (CEST), see
 * parisYear. The year's switch instants are cached, so a series costs one comparison per instant.
 * @example createParisUtcOffset()(Date.UTC(2019, 6, 1, 12)) // 7,200,000 (CEST)
 */
export function createParisUtcOffset(): (utcMs: number) => number {
  let y: ParisYear | null = null;
  return (utcMs: number): number => {
    if (y === null || utcMs < y.yearStart || utcMs >= y.yearEnd) y = parisYear(utcMs);
    return utcMs >= y.summerStart && utcMs < y.summerEnd ? 2 * HOUR_MS : HOUR_MS;
  };
}
