import { DPE_CLASSES, type RentalBanCalendar } from '../renovation/types';
import type { Letter } from './types';

/** Date string later than any real date: "no ban scheduled". */
export const NEVER = '9999-12-31';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first day each DPE class may no longer be let, read from the rental-ban calendar (loi Climat et Résilience
 * n° 2021-1104, art. 160: G from 2025-01-01, F from 2028-01-01, E from 2034-01-01 in `catalogue.rental_ban`). A step
 * bans its class and every worse one, so a class's date is the earliest step at or above it — whatever the order
 * of the steps in the data. The 450 kWh/m²/yr final-energy rule is not a class step and is left out: any dwelling
 * above it has a primary energy above 420 kWh/m²/yr, hence class G, so the G step covers it from 2025 on.
 * @param calendar catalogue.rental_ban
 * @returns per class a date 'YYYY-MM-DD', or NEVER when no ban is scheduled
 * @throws RangeError naming the bad step
 * @example banDates(cal) // { A: NEVER, …, D: NEVER, E: '2034-01-01', F: '2028-01-01', G: '2025-01-01' }
 */
export function banDates(calendar: RentalBanCalendar): Record<Letter, string> {
  if (calendar === null || typeof calendar !== 'object' || !Array.isArray(calendar.steps))
    throw new RangeError('calendar.steps must be an array of { class, from }');
  const out = { A: NEVER, B: NEVER, C: NEVER, D: NEVER, E: NEVER, F: NEVER, G: NEVER } as Record<Letter, string>;
  calendar.steps.forEach((step, i) => {
    const rank = DPE_CLASSES.indexOf(step?.class);
    if (rank < 0)
      throw new RangeError(`calendar.steps[${i}].class must be one of A…G, got ${JSON.stringify(step?.class)}`);
    const from = step.from;
    if (
      typeof from !== 'string' ||
      !DAY.test(from) ||
      new Date(`${from}T00:00:00Z`).toISOString().slice(0, 10) !== from
    )
      throw new RangeError(`calendar.steps[${i}].from must be a date 'YYYY-MM-DD', got ${JSON.stringify(from)}`);
    for (const letter of DPE_CLASSES.slice(rank)) if (from < out[letter]) out[letter] = from;
  });
  return out;
}
