import type { PlanAssignment, PlanHouse } from './types';

/**
 * The plan's invariants, re-checked from its output alone; throws if one fails (a planner bug, never bad input):
 * 1. in every year, the costs of that year's assignments, summed in assignment order, are ≤ the year's budget;
 * 2. at most `max_houses_per_year` houses a year;
 * 3. a house is renovated at most once, within the horizon, never before its `available_from_year`;
 * 4. every assignment names a house and one of its options, with that option's cost and class.
 * Summing in assignment order repeats the planner's own floating-point additions, so the comparison is exact.
 * @param assignments the plan's assignments, in the order they were made
 * @param houses the stock
 * @param budgets budget of each year [€]
 * @param start_year first planned year [year]
 * @param max_houses_per_year optional cap
 * @throws Error naming the broken invariant
 */
export function checkPlanInvariants(
  assignments: PlanAssignment[],
  houses: PlanHouse[],
  budgets: number[],
  start_year: number,
  max_houses_per_year?: number,
): void {
  const byId = new Map(houses.map((h) => [h.id, h]));
  const spend = new Array<number>(budgets.length).fill(0);
  const count = new Array<number>(budgets.length).fill(0);
  const seen = new Set<number>();
  for (const a of assignments) {
    const y = a.year - start_year;
    const h = byId.get(a.house_id);
    if (h === undefined) throw new Error(`plan invariant broken: house ${a.house_id} is not in the stock`);
    if (seen.has(a.house_id)) throw new Error(`plan invariant broken: house ${a.house_id} renovated twice`);
    seen.add(a.house_id);
    if (!(y >= 0 && y < budgets.length)) throw new Error(`plan invariant broken: year ${a.year} outside the horizon`);
    if (a.year < (h.available_from_year ?? start_year))
      throw new Error(`plan invariant broken: house ${a.house_id} renovated in ${a.year} before it is available`);
    const o = h.options.find((x) => x.package_id === a.package_id);
    if (o === undefined || o.cost_eur !== a.cost_eur || o.letter !== a.letter_after || h.letter !== a.letter_before)
      throw new Error(`plan invariant broken: house ${a.house_id} assignment does not match its option`);
    spend[y] = spend[y]! + a.cost_eur;
    count[y] = count[y]! + 1;
  }
  spend.forEach((s, y) => {
    if (!(s <= budgets[y]!))
      throw new Error(`plan invariant broken: year ${start_year + y} spends ${s} € over its budget ${budgets[y]} €`);
    if (max_houses_per_year !== undefined && count[y]! > max_houses_per_year)
      throw new Error(`plan invariant broken: year ${start_year + y} renovates ${count[y]} houses`);
  });
}
