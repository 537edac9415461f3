import { DPE_CLASSES } from '../renovation/types';
import type { Letter, PlanHouse, PlanOption } from './types';

export interface ChosenOption {
  option: PlanOption;
  /** Whether the option meets the target (otherwise it is the best fallback). */
  reaches: boolean;
}

const rank = (l: Letter): number => DPE_CLASSES.indexOf(l);

/** Cheapest first, then better class, then package id (code-point order: no locale, same result everywhere). */
function cheaper(a: PlanOption, b: PlanOption): boolean {
  if (a.cost_eur !== b.cost_eur) return a.cost_eur < b.cost_eur;
  if (a.letter !== b.letter) return rank(a.letter) < rank(b.letter);
  return a.package_id < b.package_id;
}

/**
 * The package a house gets, if any: the cheapest option whose class meets the target (index ≤ `target_rank`); else,
 * for the legal target, the option lettable the longest (latest ban date, then cheapest) provided it stays lettable
 * beyond the day the house's earliest works would count and longer than the current class; else, for a min_class
 * target, the option with the best class (then cheapest) provided it is better than the current class.
 * Independent of the order of `house.options`.
 * @param house a house not yet at the target
 * @param target_rank worst class meeting the target (targetRank), 0 = A … 6 = G
 * @param legal whether the target is the legal calendar
 * @param ban_dates first day each class may not be let (banDates)
 * @param start_year first planned year [year]
 * @returns the chosen option, or null when no option improves the house
 */
export function chooseOption(
  house: PlanHouse,
  target_rank: number,
  legal: boolean,
  ban_dates: Record<Letter, string>,
  start_year: number,
): ChosenOption | null {
  let best: PlanOption | null = null;
  for (const o of house.options) if (rank(o.letter) <= target_rank && (best === null || cheaper(o, best))) best = o;
  if (best !== null) return { option: best, reaches: true };
  const now = rank(house.letter);
  if (legal) {
    const firstEffect = `${Math.max(start_year, house.available_from_year ?? start_year) + 1}-01-01`;
    const floor = ban_dates[house.letter] > firstEffect ? ban_dates[house.letter] : firstEffect;
    for (const o of house.options) {
      const until = ban_dates[o.letter];
      if (until <= floor) continue;
      if (best === null || until > ban_dates[best.letter] || (until === ban_dates[best.letter] && cheaper(o, best)))
        best = o;
    }
  } else {
    for (const o of house.options) {
      if (rank(o.letter) >= now) continue;
      if (best === null || rank(o.letter) < rank(best.letter) || (o.letter === best.letter && cheaper(o, best)))
        best = o;
    }
  }
  return best === null ? null : { option: best, reaches: false };
}
