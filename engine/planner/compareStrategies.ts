import { planRenovations } from './planRenovations';
import { STRATEGIES, type PlanInput, type Strategy, type StrategyComparison } from './types';
import { validatePlanInput } from './validatePlanInput';

/**
 * The same stock, budget and target planned under several strategies, for a side-by-side table: spend, houses
 * renovated, energy and CO2 saved, final classes, and the houses not lettable at each deadline.
 * @param input the plan request without its strategy
 * @param strategies those to compare, in the order returned [default: all four]
 * @throws RangeError naming the bad field or strategy
 * @example compareStrategies(request).map((c) => [c.strategy, c.totals.spend_eur])
 */
export function compareStrategies(
  input: Omit<PlanInput, 'strategy'>,
  strategies: readonly Strategy[] = STRATEGIES,
): StrategyComparison[] {
  if (!Array.isArray(strategies) || strategies.length === 0)
    throw new RangeError('strategies must be a non-empty array');
  strategies.forEach((s, i) => {
    if (!STRATEGIES.includes(s))
      throw new RangeError(`strategies[${i}] must be one of ${STRATEGIES.join(', ')}, got ${JSON.stringify(s)}`);
  });
  // Fail once on bad input rather than once per strategy.
  validatePlanInput({ ...input, strategy: strategies[0]! }, false);
  return strategies.map((strategy) => {
    const plan = planRenovations({ ...input, strategy });
    return {
      strategy,
      target_met: plan.target_met,
      totals: plan.totals,
      non_compliant: plan.deadlines.map((d) => ({
        date: d.date,
        banned_letter: d.banned_letter,
        houses: d.non_compliant.length,
      })),
    };
  });
}
