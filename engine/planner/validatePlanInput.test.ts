import { describe, expect, it } from 'vitest';
import { CAL, house, opt } from './planStock.testkit';
import type { PlanInput } from './types';
import { validatePlanInput } from './validatePlanInput';

const ok = (): PlanInput => ({
  houses: [house(1, 'G', 500, [opt('toE', 'E', 30_000)])],
  start_year: 2026,
  years: 3,
  budget_eur_per_year: 70_000,
  target: { kind: 'legal' },
  strategy: 'worst_first',
  calendar: CAL,
});

describe('validatePlanInput', () => {
  it('spells out the budget per year', () => {
    expect(validatePlanInput(ok())).toEqual([70_000, 70_000, 70_000]);
    expect(validatePlanInput({ ...ok(), budget_eur_per_year: [1, 2, 3] })).toEqual([1, 2, 3]);
  });

  it.each([
    ['budget_eur_per_year', { budget_eur_per_year: -1 }],
    ['budget_eur_per_year', { budget_eur_per_year: Number.NaN }],
    ['budget_eur_per_year', { budget_eur_per_year: [1, 2] }],
    ['budget_eur_per_year\\[1\\]', { budget_eur_per_year: [1, -2, 3] }],
    ['years', { years: 0 }],
    ['years', { years: 31 }],
    ['years', { years: 2.5 }],
    ['start_year', { start_year: 20260 }],
    ['strategy', { strategy: 'random' }],
    ['target.kind', { target: { kind: 'best' } }],
    ['target.letter', { target: { kind: 'min_class', letter: 'H' } }],
    ['max_houses_per_year', { max_houses_per_year: -1 }],
    ['houses', { houses: new Array(100_001).fill(null) }],
    ['houses\\[0\\]\\.letter', { houses: [house(1, 'H' as never, 500, [])] }],
    ['houses\\[0\\]\\.options\\[0\\]\\.letter', { houses: [house(1, 'G', 500, [opt('x', 'Z' as never, 1)])] }],
    ['houses\\[0\\]\\.options\\[0\\]\\.cost_eur', { houses: [house(1, 'G', 500, [opt('x', 'E', Infinity)])] }],
    ['houses\\[0\\]\\.options\\[0\\]\\.cost_eur', { houses: [house(1, 'G', 500, [opt('x', 'E', -5)])] }],
    [
      'houses\\[0\\]\\.options\\[1\\]\\.package_id',
      { houses: [house(1, 'G', 1, [opt('x', 'E', 1), opt('x', 'D', 2)])] },
    ],
    ['houses\\[1\\]\\.id', { houses: [house(1, 'G', 1, []), house(1, 'F', 1, [])] }],
    ['houses\\[0\\]\\.ep_kwh_m2', { houses: [house(1, 'G', Number.NaN, [])] }],
    ['houses\\[0\\]\\.available_from_year', { houses: [house(1, 'G', 1, [], { available_from_year: 2026.5 })] }],
  ])('names %s', (field, over) => {
    const run = () => validatePlanInput({ ...ok(), ...(over as Partial<PlanInput>) });
    expect(run).toThrow(RangeError);
    expect(run).toThrow(new RegExp(`^${field}`));
  });

  it('accepts 100,000 houses and 30 years', () => {
    const houses = Array.from({ length: 100_000 }, (_, i) => house(i, 'E', 300, []));
    expect(validatePlanInput({ ...ok(), houses, years: 30 })).toHaveLength(30);
  });
});
