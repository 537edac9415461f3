import { DPE_CLASSES } from '../renovation/types';
import type { Letter, PlanTarget } from './types';

/**
 * The worst class that meets the target, as an index into A…G (0 = A, 6 = G; -1 when no class does).
 * Legal target: a class still lettable after the last calendar deadline on or before `end_date` (the day the last
 * year's works count), so a house reaching it stays lettable through the whole horizon; with no deadline by then,
 * every class meets it. min_class target: that class.
 * @param target { kind: 'legal' } or { kind: 'min_class', letter }
 * @param ban_dates first day each class may not be let (banDates)
 * @param end_date 'YYYY-MM-DD', 1 January after the last planned year
 * @example targetRank({ kind: 'legal' }, banDates(cal), '2031-01-01') // 4 (E: F is banned from 2028)
 */
export function targetRank(target: PlanTarget, ban_dates: Record<Letter, string>, end_date: string): number {
  if (target.kind === 'min_class') return DPE_CLASSES.indexOf(target.letter);
  let last = '';
  for (const l of DPE_CLASSES) if (ban_dates[l] <= end_date && ban_dates[l] > last) last = ban_dates[l];
  if (last === '') return DPE_CLASSES.length - 1;
  // Ban dates never get later towards G, so the lettable classes are a prefix A…X.
  return DPE_CLASSES.filter((l) => ban_dates[l] > last).length - 1;
}
