import { describe, expect, it } from 'vitest';
import { checkPlanInvariants } from './checkPlanInvariants';
import { house, opt } from './planStock.testkit';
import type { PlanAssignment } from './types';

const houses = [
  house(1, 'G', 500, [opt('toE', 'E', 30_000)]),
  house(2, 'F', 400, [opt('toE', 'E', 20_000)], { available_from_year: 2027 }),
];
const a = (house_id: number, year: number, cost_eur: number, letter_before: 'G' | 'F'): PlanAssignment => ({
  house_id,
  year,
  package_id: 'toE',
  cost_eur,
  letter_before,
  letter_after: 'E',
});

describe('checkPlanInvariants', () => {
  it('accepts a plan within budget, cap and availability', () => {
    expect(() =>
      checkPlanInvariants([a(1, 2026, 30_000, 'G'), a(2, 2027, 20_000, 'F')], houses, [30_000, 20_000], 2026, 1),
    ).not.toThrow();
  });

  it('throws on each broken invariant', () => {
    expect(() => checkPlanInvariants([a(1, 2026, 30_000, 'G')], houses, [29_999], 2026)).toThrow(/budget/);
    expect(() =>
      checkPlanInvariants([a(1, 2027, 30_000, 'G'), a(2, 2027, 20_000, 'F')], houses, [0, 1e6], 2026, 1),
    ).toThrow(/2027 renovates 2 houses/);
    expect(() => checkPlanInvariants([a(2, 2026, 20_000, 'F')], houses, [1e6], 2026)).toThrow(/available/);
    expect(() => checkPlanInvariants([a(1, 2026, 30_000, 'G'), a(1, 2026, 30_000, 'G')], houses, [1e6], 2026)).toThrow(
      /twice/,
    );
    expect(() => checkPlanInvariants([a(1, 2026, 1, 'G')], houses, [1e6], 2026)).toThrow(/option/);
    expect(() => checkPlanInvariants([a(1, 2030, 30_000, 'G')], houses, [1e6], 2026)).toThrow(/horizon/);
    expect(() => checkPlanInvariants([a(9, 2026, 30_000, 'G')], houses, [1e6], 2026)).toThrow(/not in the stock/);
  });
});
