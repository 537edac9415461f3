import { DPE_CLASSES, type DpeClass, type RentalBanCalendar } from './types';

export interface RentalBanResult {
  /** Whether a lease may be signed or renewed on that date. */
  allowed: boolean;
  /** Date the ban started for this dwelling (YYYY-MM-DD), null when allowed. */
  banned_since: string | null;
  /** Next date from which letting this class becomes forbidden, null when none is scheduled or already banned. */
  next_deadline: string | null;
  reason: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day YYYY-MM-DD (not 2025-02-31). */
export function isCalendarDay(day: string): boolean {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}

/**
 * Whether a dwelling of this DPE class may be let on a date, by the décence calendar of the loi Climat et
 * Résilience (metropolitan France; new, renewed and tacitly renewed leases): G from 2025-01-01, F from 2028-01-01,
 * E from 2034-01-01, and since 2023-01-01 any dwelling above 450 kWh/m²/yr of final energy ("G+").
 * Dates are calendar days compared as YYYY-MM-DD strings (no time zone).
 * @param dpe_class 'A'…'G'
 * @param date 'YYYY-MM-DD'
 * @param calendar catalogue.rental_ban
 * @param final_kwh_m2_yr final energy [kWh/(m²·yr)], optional: enables the 450 kWh rule
 * @throws RangeError naming the bad argument
 * @example rentalBan('F', '2027-12-31', cal).allowed // true; rentalBan('F', '2028-01-01', cal).allowed // false
 */
export function rentalBan(
  dpe_class: DpeClass,
  date: string,
  calendar: RentalBanCalendar,
  final_kwh_m2_yr?: number,
): RentalBanResult {
  if (!DPE_CLASSES.includes(dpe_class))
    throw new RangeError(`dpe_class must be one of ${DPE_CLASSES.join(', ')}, got ${JSON.stringify(dpe_class)}`);
  if (typeof date !== 'string' || !DAY.test(date) || !isCalendarDay(date))
    throw new RangeError(`date must be a calendar date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  if (final_kwh_m2_yr !== undefined && !(Number.isFinite(final_kwh_m2_yr) && final_kwh_m2_yr >= 0))
    throw new RangeError(
      `final_kwh_m2_yr must be a non-negative number [kWh/(m²·yr)], got ${JSON.stringify(final_kwh_m2_yr)}`,
    );
  const rank = DPE_CLASSES.indexOf(dpe_class);
  // A step bans its class and every worse one.
  const step = calendar.steps.find((s) => rank >= DPE_CLASSES.indexOf(s.class));
  const t = calendar.final_energy_threshold;
  if (step !== undefined && date >= step.from)
    return {
      allowed: false,
      banned_since: step.from,
      next_deadline: null,
      reason: `class ${dpe_class}: not 'décent' since ${step.from} (${calendar.law})`,
    };
  if (final_kwh_m2_yr !== undefined && final_kwh_m2_yr > t.kwh_m2_yr && date >= t.from)
    return {
      allowed: false,
      banned_since: t.from,
      next_deadline: null,
      reason: `final energy ${final_kwh_m2_yr} > ${t.kwh_m2_yr} kWh/m²/yr: not 'décent' since ${t.from}`,
    };
  const next = step?.from ?? null;
  return {
    allowed: true,
    banned_since: null,
    next_deadline: next,
    reason:
      next === null
        ? `class ${dpe_class}: no ban scheduled`
        : `class ${dpe_class}: letting allowed until the day before ${next}`,
  };
}
