import { describe, expect, it } from 'vitest';
import { planRenovations } from './planRenovations';
import { strategyKeys } from './strategyKeys';
import { CAL, house, opt } from './planStock.testkit';
import type { PlanInput, Strategy } from './types';

// Four houses, each with one package to C, figures chosen by hand:
//   id letter EP   cost    kWh saved CO2 saved | €/class        kWh/€         CO2/€
//   1  G      480  80,000  20,000    4,000     | 80,000/4=20,000 0.25          0.05
//   2  E      300  20,000   8,000      500     | 20,000/2=10,000 0.40          0.025
//   3  F      400  45,000  22,500    1,800     | 45,000/3=15,000 0.50          0.04
//   4  F      420  60,000  15,000    4,200     | 60,000/3=20,000 0.25          0.07
const houses = () => [
  house(1, 'G', 480, [opt('c', 'C', 80_000, { energy_saved_kwh_yr: 20_000, co2_saved_kg_yr: 4_000 })]),
  house(2, 'E', 300, [opt('c', 'C', 20_000, { energy_saved_kwh_yr: 8_000, co2_saved_kg_yr: 500 })]),
  house(3, 'F', 400, [opt('c', 'C', 45_000, { energy_saved_kwh_yr: 22_500, co2_saved_kg_yr: 1_800 })]),
  house(4, 'F', 420, [opt('c', 'C', 60_000, { energy_saved_kwh_yr: 15_000, co2_saved_kg_yr: 4_200 })]),
];

// No ban scheduled (a calendar without steps): every house is equally urgent, so only the strategy orders them.
// One house a year over four years with ample budget: the order of the years is the strategy's order.
const order = (strategy: Strategy, over: Partial<PlanInput> = {}) =>
  planRenovations({
    houses: houses(),
    start_year: 2026,
    years: 4,
    budget_eur_per_year: 1e6,
    max_houses_per_year: 1,
    target: { kind: 'min_class', letter: 'C' },
    strategy,
    calendar: { ...CAL, steps: [] },
    ...over,
  }).assignments.map((a) => a.house_id);

describe('strategies order houses as documented', () => {
  it('worst_first: worst letter, then highest EP', () => expect(order('worst_first')).toEqual([1, 4, 3, 2]));
  it('cheapest_class_gain: fewest € per class, ties by id', () =>
    expect(order('cheapest_class_gain')).toEqual([2, 3, 1, 4]));
  it('kwh_per_eur: most kWh saved per €, ties by id', () => expect(order('kwh_per_eur')).toEqual([3, 2, 1, 4]));
  it('co2_per_eur: most CO2 saved per €', () => expect(order('co2_per_eur')).toEqual([4, 1, 3, 2]));

  it('puts legal urgency before the strategy: banned G, then F (2028), then E (2034)', () => {
    // With the real calendar and a legal target over 2026–2034 (target D or better), kWh per € alone would take 3
    // first; urgency takes the banned G house 1 first, then the F houses by kWh/€ (3 then 4), then E.
    const legal = { calendar: CAL, target: { kind: 'legal' } as const, years: 8 };
    expect(order('kwh_per_eur', legal).slice(0, 4)).toEqual([1, 3, 4, 2]);
    expect(order('co2_per_eur', legal).slice(0, 4)).toEqual([1, 4, 3, 2]);
  });

  it('returns the keys by hand', () => {
    const [g] = houses();
    expect(strategyKeys('worst_first', g!, g!.options[0]!)).toEqual([-6, -480]);
    expect(strategyKeys('cheapest_class_gain', g!, g!.options[0]!)).toEqual([20_000, 0]);
    expect(strategyKeys('kwh_per_eur', g!, g!.options[0]!)).toEqual([-0.25, 0]);
    expect(strategyKeys('co2_per_eur', g!, g!.options[0]!)).toEqual([-0.05, 0]);
    // Free works rank first.
    expect(strategyKeys('kwh_per_eur', g!, { ...g!.options[0]!, cost_eur: 0 })[0]).toBe(-Infinity);
    expect(() => strategyKeys('random' as never, g!, g!.options[0]!)).toThrow(/strategy/);
  });
});
