import { describe, expect, it } from 'vitest';
import { capitalRecoveryFactor } from './capitalRecoveryFactor';
import { farmEconomics, loadFarmEconomics } from '../../tests/engine/fixtures';
import type { FarmEconomicsData } from './types';

const fig = (value: number) => ({ value, source: 'test' });
const flat: FarmEconomicsData = {
  ...loadFarmEconomics(),
  capex_eur_per_wp: fig(0.97),
  opex_eur_per_kwp_yr: fig(15),
  discount_rate_pct: fig(4),
  life_years: fig(25),
  degradation_pct_yr: fig(0),
  household_kwh_yr: fig(3000),
  co2_kg_kwh: fig(0.0217),
};

describe('capitalRecoveryFactor', () => {
  it('4 %, 25 years: 0.04 × 1.04²⁵ / (1.04²⁵ − 1) = 0.04 × 2.665836 / 1.665836 = 0.064012 (hand, ±1e-6)', () => {
    expect(capitalRecoveryFactor(4, 25)).toBeCloseTo(0.064012, 6);
  });
  it('is 1/n at a zero rate, and refuses a negative rate', () => {
    expect(capitalRecoveryFactor(0, 20)).toBe(0.05);
    expect(() => capitalRecoveryFactor(-1, 20)).toThrow(/rate_pct/);
  });
});

describe('farmEconomics', () => {
  it('1 MWp producing 1,000 MWh/yr, no degradation: LCOE = (970,000 × 0.064012 + 15,000) / 1,000 = 77.09 €/MWh', () => {
    const e = farmEconomics(1000, 1_000_000, flat);
    expect(e.capex_eur).toBeCloseTo(970_000, 6);
    expect(e.opex_eur_yr).toBeCloseTo(15_000, 6);
    expect(e.lcoe_eur_mwh).toBeCloseTo(77.09, 2);
    expect(e.households).toBeCloseTo(333.33, 2);
    // 1,000,000 kWh × 0.0217 kg/kWh = 21.7 t.
    expect(e.co2_avoided_t_yr).toBeCloseTo(21.7, 9);
    expect(e.assumptions.capital_recovery_factor).toBeCloseTo(0.064012, 6);
  });

  it('degradation of 0.5 %/yr raises the LCOE by 1 / 0.951736 (hand: CRF × Σ 0.995^(t−1) / 1.04^t = 0.951736)', () => {
    const e = farmEconomics(1000, 1_000_000, { ...flat, degradation_pct_yr: fig(0.5) });
    expect(e.lcoe_eur_mwh).toBeCloseTo(77.0916 / 0.951736, 2);
  });

  it('with the fixture, a farm like Leforest costs in the range of the French ground-mounted tenders', () => {
    const e = farmEconomics(18_540, 18_329_000);
    // CRE PPE2 PV Sol, 6th period (2024): weighted mean 79.3 €/MWh; the LCOE is a cost, not a bid: within ±30 %.
    expect(e.lcoe_eur_mwh).toBeGreaterThan(0.7 * 79.3);
    expect(e.lcoe_eur_mwh).toBeLessThan(1.3 * 79.3);
    // 18 M€ announced for the real farm: 18,540 kWp × 970 €/kWp = 17.98 M€.
    expect(e.capex_eur / 1e6).toBeCloseTo(17.98, 2);
  });

  it('refuses bad inputs naming the argument', () => {
    expect(() => farmEconomics(0, 1000, flat)).toThrow(/kwp/);
    expect(() => farmEconomics(10, -1, flat)).toThrow(/annual_kwh/);
  });
});

describe('loadFarmEconomics', () => {
  it('reads the sourced fixture: every figure names a listed source', () => {
    const e = loadFarmEconomics();
    const ids = new Set(e.sources.map((s) => s.id));
    for (const key of ['capex_eur_per_wp', 'opex_eur_per_kwp_yr', 'discount_rate_pct', 'life_years'] as const) {
      expect(ids.has(e[key].source)).toBe(true);
    }
    expect(e.co2_kg_kwh.value).toBe(0.0217);
  });
  it('names the bad field of a bad file', () => {
    expect(() => loadFarmEconomics('')).toThrow(/path/);
  });
});
