import type { VatRequirement, VatRule } from './types';

/** What is known of an installation for its VAT: each requirement a rule may name, met or not. */
export type VatFacts = Record<VatRequirement, boolean>;

/**
 * The VAT rule that applies to a PV installation of `kwp` [kWc]: the first of `rules`, in the fixture's order
 * (lowest rate first), whose `max_kwp` holds the system (null: any size) and whose `requires` are all met by
 * `facts`. Article 278-0 bis CGI as the tariffs fixture transcribes it: 5.5 % for ≤ 9 kWc in a dwelling with
 * equipment meeting the arrêté du 8 septembre 2025 (from 2025-10-01), else 10 % for ≤ 3 kWc in a dwelling over two
 * years old, else 20 %.
 * @throws RangeError when kwp is not > 0, or when no rule applies (the fixture must end with an unconditional rule)
 * @example vatRuleFor(tariffs.vat.rules, 6, { dwelling: true, compliant_equipment: true, dwelling_over_2_years: true }) // 5.5 %
 */
export function vatRuleFor(rules: readonly VatRule[], kwp: number, facts: VatFacts): VatRule {
  if (!(Number.isFinite(kwp) && kwp > 0)) throw new RangeError(`kwp must be a finite number > 0, got ${kwp}`);
  for (const rule of rules) {
    if (rule.max_kwp !== null && kwp > rule.max_kwp) continue;
    if (rule.requires.every((r) => facts[r])) return rule;
  }
  throw new RangeError(`vat.rules must end with a rule of any size and no requirement (none applies to ${kwp} kWc)`);
}
