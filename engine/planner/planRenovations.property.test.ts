import { describe, expect, it } from 'vitest';
import { planRenovations } from './planRenovations';
import { CAL, randomStock, seeded, shuffled } from './planStock.testkit';
import { STRATEGIES, type PlanInput } from './types';

// Costs are whole euros, so every sum below is exact in binary floating point and order-independent.
function randomInput(seed: number): Omit<PlanInput, 'strategy'> {
  const r = seeded(seed * 7919);
  const years = 1 + Math.floor(r() * 12);
  const n = 1 + Math.floor(r() * 150);
  const scale = [0, 20_000, 80_000, 300_000, 2_000_000][Math.floor(r() * 5)]!;
  const budget = r() < 0.5 ? Math.floor(r() * scale) : Array.from({ length: years }, () => Math.floor(r() * scale));
  return {
    houses: randomStock(seed, n),
    start_year: 2024 + Math.floor(r() * 6),
    years,
    budget_eur_per_year: budget,
    target: r() < 0.5 ? { kind: 'legal' } : { kind: 'min_class', letter: (['B', 'C', 'D', 'E'] as const)[seed % 4]! },
    ...(r() < 0.4 ? { max_houses_per_year: Math.floor(r() * 6) } : {}),
    calendar: CAL,
  };
}

describe('planRenovations: invariants over seeded random stocks', () => {
  it('never exceeds a year budget or the house cap, renovates a house at most once and only when available', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const base = randomInput(seed);
      for (const strategy of STRATEGIES) {
        const input = { ...base, strategy };
        const plan = planRenovations(input);
        const budgets = Array.isArray(input.budget_eur_per_year)
          ? input.budget_eur_per_year
          : new Array<number>(input.years).fill(input.budget_eur_per_year);
        const byId = new Map(input.houses.map((h) => [h.id, h]));
        const spend = new Map<number, number>();
        const count = new Map<number, number>();
        for (const a of plan.assignments) {
          spend.set(a.year, (spend.get(a.year) ?? 0) + a.cost_eur);
          count.set(a.year, (count.get(a.year) ?? 0) + 1);
          const h = byId.get(a.house_id)!;
          expect(a.year).toBeGreaterThanOrEqual(h.available_from_year ?? input.start_year);
          expect(h.options.find((o) => o.package_id === a.package_id)?.cost_eur).toBe(a.cost_eur);
        }
        budgets.forEach((b, y) => {
          expect(spend.get(input.start_year + y) ?? 0).toBeLessThanOrEqual(b);
          expect(plan.years[y]!.spend_eur).toBe(spend.get(input.start_year + y) ?? 0);
          if (input.max_houses_per_year !== undefined)
            expect(count.get(input.start_year + y) ?? 0).toBeLessThanOrEqual(input.max_houses_per_year);
        });
        expect(new Set(plan.assignments.map((a) => a.house_id)).size).toBe(plan.assignments.length);
        // Class counts always total the stock.
        for (const y of plan.years)
          expect(Object.values(y.classes).reduce((s, c) => s + c, 0)).toBe(input.houses.length);
      }
    }
  });

  it('gives the same plan for the same input, and for the input shuffled', () => {
    for (let seed = 100; seed <= 115; seed++) {
      const base = randomInput(seed);
      for (const strategy of STRATEGIES) {
        const input = { ...base, strategy };
        const once = planRenovations(input);
        expect(planRenovations(structuredClone(input))).toEqual(once);
        const houses = shuffled(input.houses, seed).map((h, k) => ({ ...h, options: shuffled(h.options, seed + k) }));
        expect(planRenovations({ ...input, houses })).toEqual(once);
      }
    }
  });

  it('never meets a deadline flagged provably infeasible', () => {
    for (let seed = 200; seed <= 240; seed++) {
      const base = randomInput(seed);
      for (const strategy of STRATEGIES) {
        const plan = planRenovations({ ...base, strategy });
        for (const d of plan.deadlines)
          if (d.provably_infeasible && !d.passed_at_start) expect(d.non_compliant.length).toBeGreaterThan(0);
      }
    }
  });
});
