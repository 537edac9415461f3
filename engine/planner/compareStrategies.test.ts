import { describe, expect, it } from 'vitest';
import { compareStrategies } from './compareStrategies';
import { planRenovations } from './planRenovations';
import { CAL, house, opt, randomStock } from './planStock.testkit';
import { STRATEGIES } from './types';

const input = {
  houses: randomStock(7, 120),
  start_year: 2026,
  years: 9,
  budget_eur_per_year: 400_000,
  target: { kind: 'legal' } as const,
  calendar: CAL,
};

describe('compareStrategies', () => {
  it('runs every strategy by default and reports what each plan reports', () => {
    const rows = compareStrategies(input);
    expect(rows.map((r) => r.strategy)).toEqual([...STRATEGIES]);
    for (const row of rows) {
      const plan = planRenovations({ ...input, strategy: row.strategy });
      expect(row.totals).toEqual(plan.totals);
      expect(row.target_met).toBe(plan.target_met);
      expect(row.non_compliant).toEqual(
        plan.deadlines.map((d) => ({ date: d.date, banned_letter: d.banned_letter, houses: d.non_compliant.length })),
      );
    }
  });

  it('counts, on a case worked by hand, the houses missing the 2028 deadline under each strategy', () => {
    // Legal target over 2026–2027 (ends 2028-01-01: target E). Two F houses, 30,000 € in 2026 and 0 in 2027:
    //   1: F, EP 420, to E for 30,000 €, saves 3,000 kWh   2: F, EP 400, to E for 10,000 €, saves 2,000 kWh
    // worst_first takes 1 (higher EP) and leaves 2 (budget spent); kwh_per_eur takes 2 (0.2 > 0.1 kWh/€) then
    // 1 no longer fits (40,000 > 30,000). Either way one house misses 2028-01-01.
    const houses = [
      house(1, 'F', 420, [opt('e', 'E', 30_000, { energy_saved_kwh_yr: 3_000 })]),
      house(2, 'F', 400, [opt('e', 'E', 10_000, { energy_saved_kwh_yr: 2_000 })]),
    ];
    const rows = compareStrategies(
      {
        houses,
        start_year: 2026,
        years: 2,
        budget_eur_per_year: [30_000, 0],
        target: { kind: 'legal' },
        calendar: CAL,
      },
      ['worst_first', 'kwh_per_eur'],
    );
    expect(rows.map((r) => [r.strategy, r.totals.spend_eur, r.totals.energy_saved_kwh_yr])).toEqual([
      ['worst_first', 30_000, 3_000],
      ['kwh_per_eur', 10_000, 2_000],
    ]);
    for (const r of rows) {
      expect(r.non_compliant).toEqual([
        { date: '2025-01-01', banned_letter: 'G', houses: 0 },
        { date: '2028-01-01', banned_letter: 'F', houses: 1 },
      ]);
      expect(r.totals.classes_end).toMatchObject({ E: 1, F: 1 });
    }
  });

  it('names a bad strategy', () => {
    expect(() => compareStrategies(input, ['worst_first', 'nope' as never])).toThrow(/strategies\[1\]/);
    expect(() => compareStrategies(input, [])).toThrow(/strategies/);
    expect(() => compareStrategies({ ...input, years: 0 })).toThrow(/years/);
  });
});
