import { describe, expect, it } from 'vitest';
import { planRenovations } from './planRenovations';
import { CAL, house, opt } from './planStock.testkit';
import type { PlanInput } from './types';

// Calendar (fixtures/renovation/measures.json rental_ban, loi n° 2021-1104 art. 160): G banned from 2025-01-01,
// F from 2028-01-01, E from 2034-01-01. Horizon 2026–2028: works of 2028 count from 2029-01-01, so the deadlines
// in the horizon are G (passed at start) and F 2028-01-01, which works of 2026 and 2027 meet. Legal target: a class
// lettable after 2028-01-01, i.e. E or better.
const stockA = () => [
  house(1, 'G', 500, [opt('toE', 'E', 30_000), opt('toC', 'C', 60_000)]),
  house(2, 'G', 450, [opt('toE', 'E', 40_000), opt('toC', 'C', 50_000)]),
  house(3, 'F', 380, [opt('toE', 'E', 20_000), opt('toC', 'C', 45_000)]),
  house(4, 'F', 370, [opt('toD', 'D', 35_000)]),
  house(5, 'E', 300, [opt('toC', 'C', 25_000)]),
  house(6, 'D', 200, []),
];

const base = (over: Partial<PlanInput> = {}): PlanInput => ({
  houses: stockA(),
  start_year: 2026,
  years: 3,
  budget_eur_per_year: 70_000,
  target: { kind: 'legal' },
  strategy: 'worst_first',
  calendar: CAL,
  ...over,
});

describe('planRenovations: a feasible legal target is met', () => {
  // By hand: the houses banned on 2028-01-01 (1, 2 G; 3, 4 F) need their cheapest package reaching E or better:
  // 30,000 + 40,000 + 20,000 + 35,000 = 125,000 € within 2026–2027, whose budget is 2 × 70,000 = 140,000 €.
  // Greedy, 2026: G houses first (already banned), worst EP first: 1 (30,000), 2 (40,000 → 70,000 = budget), then
  // 3 (20,000 → 90,000 > 70,000) and 4 (35,000) are passed over. 2027: 3 and 4 (55,000 ≤ 70,000). 2028: nothing.
  const plan = planRenovations(base());

  it('assigns the cheapest package reaching E or better, in the years worked out by hand', () => {
    expect(plan.assignments).toEqual([
      { house_id: 1, year: 2026, package_id: 'toE', cost_eur: 30_000, letter_before: 'G', letter_after: 'E' },
      { house_id: 2, year: 2026, package_id: 'toE', cost_eur: 40_000, letter_before: 'G', letter_after: 'E' },
      { house_id: 3, year: 2027, package_id: 'toE', cost_eur: 20_000, letter_before: 'F', letter_after: 'E' },
      { house_id: 4, year: 2027, package_id: 'toD', cost_eur: 35_000, letter_before: 'F', letter_after: 'D' },
    ]);
    expect(plan.target_met).toBe(true);
    expect(plan.totals).toMatchObject({ spend_eur: 125_000, budget_eur: 210_000, houses_renovated: 4 });
    expect(plan.totals.houses_below_target_end).toBe(0);
  });

  it('reports each year: spend, classes once the works count, and the whole stock after works', () => {
    // Six houses of 20,000 kWh, 4,000 kg and 2,000 € = 120,000 kWh, 24,000 kg, 12,000 €. Savings per option are
    // cost/4 kWh, cost/100 kg, cost/50 € (planStock.testkit): 2026 saves 70,000 € of works → 17,500 kWh, 700 kg,
    // 1,400 €; 2027 saves 55,000 € → 13,750 kWh, 550 kg, 1,100 €.
    expect(plan.years).toEqual([
      {
        year: 2026,
        spend_eur: 70_000,
        budget_eur: 70_000,
        houses: 2,
        classes: { A: 0, B: 0, C: 0, D: 1, E: 3, F: 2, G: 0 },
        energy_kwh_yr: 102_500,
        co2_kg_yr: 23_300,
        bills_eur_yr: 10_600,
      },
      {
        year: 2027,
        spend_eur: 55_000,
        budget_eur: 70_000,
        houses: 2,
        classes: { A: 0, B: 0, C: 0, D: 2, E: 4, F: 0, G: 0 },
        energy_kwh_yr: 88_750,
        co2_kg_yr: 22_750,
        bills_eur_yr: 9_500,
      },
      {
        year: 2028,
        spend_eur: 0,
        budget_eur: 70_000,
        houses: 0,
        classes: { A: 0, B: 0, C: 0, D: 2, E: 4, F: 0, G: 0 },
        energy_kwh_yr: 88_750,
        co2_kg_yr: 22_750,
        bills_eur_yr: 9_500,
      },
    ]);
    expect(plan.totals).toMatchObject({
      energy_saved_kwh_yr: 31_250,
      co2_saved_kg_yr: 1_250,
      bill_saved_eur_yr: 2_500,
    });
  });

  it('lists the passed G deadline with the houses banned at the start, and an empty F deadline', () => {
    expect(plan.deadlines).toEqual([
      {
        date: '2025-01-01',
        banned_letter: 'G',
        passed_at_start: true,
        non_compliant: [
          { house_id: 1, letter: 'G', reason: 'already_banned_at_start', works_year: 2026 },
          { house_id: 2, letter: 'G', reason: 'already_banned_at_start', works_year: 2026 },
        ],
        required_min_eur: null,
        budget_until_eur: null,
        provably_infeasible: true,
      },
      {
        date: '2028-01-01',
        banned_letter: 'F',
        passed_at_start: false,
        non_compliant: [],
        required_min_eur: 125_000,
        budget_until_eur: 140_000,
        provably_infeasible: false,
      },
    ]);
  });

  it('explains its method', () => {
    expect(plan.method).toMatch(/greedy/);
    expect(plan.method).toMatch(/never exceed the budget/);
  });

  it('takes the cheapest package reaching the class of a min_class target', () => {
    // C or better: 1 → toC 60,000; 2 → toC 50,000; 3 → toC 45,000; 5 → toC 25,000; 4 has only D (best class).
    const p = planRenovations(base({ target: { kind: 'min_class', letter: 'C' }, budget_eur_per_year: 1e6 }));
    const chosen = Object.fromEntries(p.assignments.map((a) => [a.house_id, a.package_id]));
    expect(chosen).toEqual({ 1: 'toC', 2: 'toC', 3: 'toC', 4: 'toD', 5: 'toC' });
    expect(p.target_met).toBe(false); // 4 stays D, 6 stays D
    expect(p.totals.houses_below_target_end).toBe(2);
  });
});

describe('planRenovations: an infeasible legal target is reported', () => {
  // Stock A's houses 1–4 plus 7 (G, whose only package reaches F) and 8 (F, free from 2028 only); 50,000 €/yr.
  // By hand, 2026: G first by EP: 7 (10,000), 1 (30,000 → 40,000), 2 (40,000 → 80,000: budget); F by EP: 8 not
  // available, 3 (20,000 → 60,000: budget), 4 (35,000 → 75,000: budget). 2027: 2 (40,000); 3 (→ 60,000) and 4
  // (→ 75,000): budget. 2028: F houses by EP: 8 (5,000), 3 (20,000 → 25,000), 4 (35,000 → 60,000: budget).
  const houses = [
    ...stockA().slice(0, 4),
    house(7, 'G', 600, [opt('toF', 'F', 10_000)]),
    house(8, 'F', 400, [opt('toE', 'E', 5_000)], { available_from_year: 2028 }),
  ];
  const plan = planRenovations(base({ houses, budget_eur_per_year: 50_000 }));

  it('plans what fits, worked out by hand (assignments in the order they are made)', () => {
    expect(plan.assignments.map((a) => [a.house_id, a.year, a.package_id])).toEqual([
      [7, 2026, 'toF'],
      [1, 2026, 'toE'],
      [2, 2027, 'toE'],
      [8, 2028, 'toE'],
      [3, 2028, 'toE'],
    ]);
    expect(plan.years.map((y) => y.spend_eur)).toEqual([40_000, 40_000, 25_000]);
    expect(plan.target_met).toBe(false);
    expect(plan.totals.houses_below_target_end).toBe(2); // 4 (F, never done) and 7 (F, the best it can reach)
  });

  it('names the houses missing each deadline and why', () => {
    const [g, f] = plan.deadlines;
    expect(g!.non_compliant).toEqual([
      { house_id: 1, letter: 'G', reason: 'already_banned_at_start', works_year: 2026 },
      { house_id: 2, letter: 'G', reason: 'already_banned_at_start', works_year: 2027 },
      { house_id: 7, letter: 'G', reason: 'already_banned_at_start', works_year: 2026 },
    ]);
    expect(f!.date).toBe('2028-01-01');
    expect(f!.non_compliant).toEqual([
      { house_id: 3, letter: 'F', reason: 'budget', works_year: 2028 },
      { house_id: 4, letter: 'F', reason: 'budget', works_year: null },
      { house_id: 7, letter: 'F', reason: 'no_option_reaches', works_year: 2026 },
      { house_id: 8, letter: 'F', reason: 'not_available', works_year: 2028 },
    ]);
    // Lower bound by hand: 1, 2, 3, 4 need 30,000 + 40,000 + 20,000 + 35,000 = 125,000 € by the end of 2027;
    // 2 × 50,000 = 100,000 € are available (7 and 8 cannot be helped at all).
    expect(f).toMatchObject({ required_min_eur: 125_000, budget_until_eur: 100_000, provably_infeasible: true });
  });
});

describe('planRenovations: constraints', () => {
  it('honours max_houses_per_year and reports the houses it held back', () => {
    // One house a year, ample budget: 2026 house 1, 2027 house 2, 2028 house 3 (urgency, then EP); 4 never.
    const plan = planRenovations(base({ budget_eur_per_year: 1e9, max_houses_per_year: 1 }));
    expect(plan.assignments.map((a) => [a.house_id, a.year])).toEqual([
      [1, 2026],
      [2, 2027],
      [3, 2028],
    ]);
    expect(plan.years.every((y) => y.houses <= 1)).toBe(true);
    expect(plan.deadlines[1]!.non_compliant).toEqual([
      { house_id: 3, letter: 'F', reason: 'house_cap', works_year: 2028 },
      { house_id: 4, letter: 'F', reason: 'house_cap', works_year: null },
    ]);
    // 4 houses are banned on 2028-01-01 and only 2 years × 1 house count by then.
    expect(plan.deadlines[1]!.provably_infeasible).toBe(true);
  });

  it('honours available_from_year: no works before the tenant leaves', () => {
    const houses = stockA().map((h) => (h.id === 1 ? { ...h, available_from_year: 2027 } : h));
    const plan = planRenovations(base({ houses, budget_eur_per_year: 1e9 }));
    const one = plan.assignments.find((a) => a.house_id === 1)!;
    expect(one.year).toBe(2027);
    expect(plan.assignments.filter((a) => a.year === 2026).map((a) => a.house_id)).toEqual([2, 3, 4]);
    // A house free only after the horizon is never planned.
    const late = stockA().map((h) => (h.id === 4 ? { ...h, available_from_year: 2040 } : h));
    const p2 = planRenovations(base({ houses: late, budget_eur_per_year: 1e9 }));
    expect(p2.assignments.some((a) => a.house_id === 4)).toBe(false);
    expect(p2.deadlines[1]!.non_compliant).toEqual([
      { house_id: 4, letter: 'F', reason: 'not_available', works_year: null },
    ]);
  });

  it('never spends a budget of 0', () => {
    const plan = planRenovations(base({ budget_eur_per_year: 0 }));
    expect(plan.assignments).toEqual([]);
    expect(plan.deadlines[1]!.non_compliant.map((n) => n.reason)).toEqual(['budget', 'budget', 'budget', 'budget']);
  });

  it('takes one budget per year', () => {
    // 2026: 30,000 → house 1 only (2: 70,000 > 30,000; 3: 50,000; 4: 65,000). 2027: 0. 2028: the rest, 95,000.
    const plan = planRenovations(base({ budget_eur_per_year: [30_000, 0, 95_000] }));
    expect(plan.assignments.map((a) => [a.house_id, a.year])).toEqual([
      [1, 2026],
      [2, 2028],
      [3, 2028],
      [4, 2028],
    ]);
    expect(plan.years.map((y) => y.budget_eur)).toEqual([30_000, 0, 95_000]);
  });
});

describe('planRenovations: the calendar is data', () => {
  it('lists the deadlines up to the day the last works count, E 2034 from an 8-year horizon starting 2026', () => {
    const dates = (years: number) => planRenovations(base({ years })).deadlines.map((d) => d.date);
    expect(dates(7)).toEqual(['2025-01-01', '2028-01-01']); // ends 2033-01-01
    expect(dates(8)).toEqual(['2025-01-01', '2028-01-01', '2034-01-01']); // ends 2034-01-01
  });

  it('follows a calendar with other dates', () => {
    // F banned from 2027-01-01: only the works of 2026 count in time.
    const cal = { ...CAL, steps: CAL.steps.map((s) => (s.class === 'F' ? { ...s, from: '2027-01-01' } : s)) };
    const plan = planRenovations(base({ calendar: cal }));
    const f = plan.deadlines.find((d) => d.banned_letter === 'F')!;
    expect(f.date).toBe('2027-01-01');
    expect(f.non_compliant.map((n) => [n.house_id, n.reason])).toEqual([
      [3, 'budget'],
      [4, 'budget'],
    ]);
  });
});
