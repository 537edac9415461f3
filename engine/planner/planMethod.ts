/** The paragraph every plan carries to explain how it was made (docs/planner.md says the same at length). */
export const PLAN_METHOD =
  'Deterministic greedy, year by year. Each house gets at most one package: the cheapest one that meets the target ' +
  '(legal target: a class still lettable after the last rental-ban deadline of the horizon; min_class: that class or ' +
  'better), else the package lettable the longest (legal) or with the best class (min_class). Works done in year Y ' +
  'count from 1 January of Y+1. Each year, the houses not yet at the target and available (tenant change) are ' +
  'ranked by legal urgency (the date their class stops being lettable, houses already banned first), then by the ' +
  "strategy's metric, then by id; walking down that list, a house is assigned only if its package cost added to the " +
  "year's spend stays within the year's budget and the yearly house cap is not reached, otherwise the next house is " +
  'tried. The spend of a year therefore starts at 0 and only ever grows by a cost that keeps it within the budget: ' +
  'it can never exceed the budget, whatever the stock; this is re-checked on the finished plan, which throws if not. ' +
  'Unspent budget is not carried over. The greedy does not promise the cheapest plan nor that a feasible target is ' +
  'always met (that is a knapsack problem an exact integer program would solve); each deadline reports a lower bound ' +
  'on the spend any plan needs, which proves a target infeasible when it exceeds the budget.';
