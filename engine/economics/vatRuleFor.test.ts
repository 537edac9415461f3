import { describe, expect, it } from 'vitest';
import { loadTariffs } from '../../tests/engine/fixtures';
import { pvEconomics } from './pvEconomics';
import { testTariffs } from './testTariffs.testkit';
import { vatRuleFor, type VatFacts } from './vatRuleFor';

const home: VatFacts = { dwelling: true, compliant_equipment: true, dwelling_over_2_years: true };

describe('vatRuleFor on the tariffs fixture (article 278-0 bis CGI, from 2025-10-01)', () => {
  const { rules } = loadTariffs().vat;
  it('5.5 % only for ≤ 9 kWc in a dwelling with compliant equipment', () => {
    expect(vatRuleFor(rules, 2, home).rate_pct).toBe(5.5);
    expect(vatRuleFor(rules, 9, home).rate_pct).toBe(5.5);
    expect(vatRuleFor(rules, 9.01, home).rate_pct).toBe(20);
    expect(vatRuleFor(rules, 6, { ...home, dwelling: false }).rate_pct).toBe(20);
  });
  it('without compliant equipment: 10 % ≤ 3 kWc in a dwelling over two years old, else 20 %', () => {
    const plain = { ...home, compliant_equipment: false };
    expect(vatRuleFor(rules, 3, plain).rate_pct).toBe(10);
    expect(vatRuleFor(rules, 3, { ...plain, dwelling_over_2_years: false }).rate_pct).toBe(20);
    expect(vatRuleFor(rules, 6, plain).rate_pct).toBe(20);
  });
  it('kwp ≤ 0 and a rule list with no unconditional rule throw RangeError', () => {
    expect(() => vatRuleFor(rules, 0, home)).toThrow(/kwp/);
    expect(() => vatRuleFor(rules.slice(0, 1), 20, home)).toThrow(/vat\.rules/);
  });
});

describe('pvEconomics with VAT facts', () => {
  it('converts the band price from its quoted VAT to the rule that applies', () => {
    // Test band: 2,000 € TTC/kWc quoted with 20 % VAT, i.e. 1,666.67 € HT; the only rule is 20 % → unchanged.
    const t = testTariffs();
    expect(
      pvEconomics({ kwp: 3, production_kwh: 3000, self_consumed_kwh: 1000, exported_kwh: 2000, tariffs: t, vat: home })
        .capex_eur,
    ).toBeCloseTo(6000, 9);
    // A 5.5 % rule first: 3 × 2,000 / 1.2 × 1.055 = 5,275 €.
    const reduced = {
      ...t,
      vat: {
        note: 't',
        rules: [
          {
            rate_pct: 5.5,
            max_kwp: 9,
            valid_from: '2025-10-01',
            applies_to: 't',
            requires: ['dwelling' as const],
            source: 't',
          },
          ...t.vat.rules,
        ],
      },
    };
    const r = pvEconomics({
      kwp: 3,
      production_kwh: 3000,
      self_consumed_kwh: 1000,
      exported_kwh: 2000,
      tariffs: reduced,
      vat: home,
    });
    expect(r.capex_eur).toBeCloseTo(5275, 9);
    expect(r.assumptions.vat_rate_pct).toBe(5.5);
    expect(r.assumptions.vat_rule?.rate_pct).toBe(5.5);
    // Without facts, or with a quote, the price stays as given.
    expect(
      pvEconomics({ kwp: 3, production_kwh: 3000, self_consumed_kwh: 1000, exported_kwh: 2000, tariffs: reduced })
        .capex_eur,
    ).toBe(6000);
    const quote = pvEconomics({
      kwp: 3,
      production_kwh: 3000,
      self_consumed_kwh: 1000,
      exported_kwh: 2000,
      tariffs: reduced,
      vat: home,
      capex_eur: 7000,
    });
    expect(quote.capex_eur).toBe(7000);
    expect(quote.assumptions.vat_rate_pct).toBeNull();
  });
});
