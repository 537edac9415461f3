import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTariffs } from '../economics/parseTariffs';
import { testTariffs } from '../economics/testTariffs.testkit';
import { batteryEconomics } from './batteryEconomics';
import { batteryAgeing, defaultBattery, parseBatteries, type BatteryData } from './parseBatteries';
import type { BatteryYear, BatteryYears } from './simulateBatteryYears';
import { simulateBatteryYears } from './simulateBatteryYears';
import { syntheticYear } from './syntheticYear.testkit';

const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8')) as unknown;
const fixture = parseBatteries(read('../../fixtures/storage/batteries.json'));

/** The fixture with round test numbers: 1,000 €/kWh TTC, 20 % VAT, replacement at 70 %, 15-year calendar life. */
function testBatteries(): BatteryData {
  const f = (value: number) => ({ value, source: 'project-assumption' });
  return {
    ...fixture,
    cost: { ...fixture.cost, eur_per_kwh_usable_ttc: f(1000), vat_pct: f(20), replacement_cost_pct: f(70) },
    ageing: { ...fixture.ageing, calendar_life_years: f(15) },
  };
}

/**
 * A hand-made year: PV alone self-consumes 1,000 kWh and exports 2,000; the battery takes 550 kWh of the export and
 * gives back 500 kWh to the load (so exported 1,450, imported 2,500 instead of 3,000).
 */
function handYear(year: number, replaced = false, age = year - 1): BatteryYear {
  return {
    year,
    replaced,
    battery_age_years: age,
    capacity_fraction: 1,
    pv_only: {
      production_kwh: 3000,
      load_kwh: 4000,
      self_consumed_kwh: 1000,
      exported_kwh: 2000,
      imported_kwh: 3000,
      self_consumption_pct: 100 / 3,
      self_sufficiency_pct: 25,
    },
    with_battery: {
      production_kwh: 3000,
      load_kwh: 4000,
      self_consumed_direct_kwh: 1000,
      discharged_to_load_kwh: 500,
      charged_from_pv_kwh: 550,
      exported_kwh: 1450,
      imported_kwh: 2500,
      self_consumption_pct: 50,
      self_sufficiency_pct: 37.5,
      equivalent_full_cycles: 100,
    },
  };
}

const threeYears: BatteryYears = {
  years: [handYear(1), handYear(2), handYear(3)],
  first_battery_life_years: null,
  replacement_years: [],
};

describe('batteryEconomics, hand-computed', () => {
  // Every year: gain = 500 kWh × 0.20 € − 550 kWh × 0.05 € = 100 − 27.5 = 72.5 €.
  it('5 kWh at 1,000 €/kWh, no drift, no discounting, 3 years', () => {
    const tariffs = testTariffs({ lifetime: 3, retail: 0.2, exportEurKwh: 0.05 });
    const r = batteryEconomics({ kwp: 3, usable_kwh: 5, simulation: threeYears, batteries: testBatteries(), tariffs });
    expect(r.capex_eur).toBe(5000);
    expect(r.capex_vat_eur).toBeCloseTo(5000 * (20 / 120), 9); // 833.33 € of VAT in the TTC price
    expect(r.first_year_extra_savings_eur).toBeCloseTo(72.5, 9);
    // Not replaced: expected life = calendar life 15; age at the end 3 → residual 5,000 × (1 − 3/15) = 4,000 €.
    expect(r.residual_value_eur).toBeCloseTo(4000, 9);
    expect(r.cashflows_eur).toHaveLength(4);
    [-5000, 72.5, 72.5, 4072.5].forEach((cf, i) => expect(r.cashflows_eur[i]).toBeCloseTo(cf, 9));
    expect(r.npv_eur).toBeCloseTo(-5000 + 3 * 72.5 + 4000, 9);
    expect(r.lifetime_extra_savings_eur).toBeCloseTo(217.5, 9);
    expect(r.payback_years).toBeNull();
  });

  it('shows the with/without figures side by side', () => {
    const tariffs = testTariffs({ lifetime: 3, retail: 0.2, exportEurKwh: 0.05 });
    const r = batteryEconomics({ kwp: 3, usable_kwh: 5, simulation: threeYears, batteries: testBatteries(), tariffs });
    expect(r.pv_only).toMatchObject({ self_consumed_kwh: 1000, exported_kwh: 2000, imported_kwh: 3000 });
    expect(r.pv_only.savings_eur).toBeCloseTo(200, 9);
    expect(r.pv_only.export_eur).toBeCloseTo(100, 9);
    expect(r.pv_only.grid_energy_eur).toBeCloseTo(600, 9);
    expect(r.with_battery).toMatchObject({ self_consumed_kwh: 1500, exported_kwh: 1450, imported_kwh: 2500 });
    expect(r.with_battery.savings_eur).toBeCloseTo(300, 9);
    expect(r.with_battery.export_eur).toBeCloseTo(72.5, 9);
    expect(r.with_battery.grid_energy_eur).toBeCloseTo(500, 9);
    // The gain is the difference of the two sides' money.
    const side = (s: typeof r.pv_only) => s.savings_eur + s.export_eur;
    expect(side(r.with_battery) - side(r.pv_only)).toBeCloseTo(r.first_year_extra_savings_eur, 9);
  });

  it('pays back within the year it crosses zero (cheap quote)', () => {
    // capex 100: after year 1 the cumulative is −27.5; year 2 brings 72.5 → payback 1 + 27.5/72.5.
    const tariffs = testTariffs({ lifetime: 3, retail: 0.2, exportEurKwh: 0.05 });
    const r = batteryEconomics({
      kwp: 3,
      usable_kwh: 5,
      simulation: threeYears,
      batteries: testBatteries(),
      tariffs,
      capex_eur: 100,
    });
    expect(r.payback_years).toBeCloseTo(1 + 27.5 / 72.5, 12);
  });

  it('drift, discounting, end of the OA contract and a replacement', () => {
    // Retail +10 %/yr, discount 5 %, OA contract 2 years then 0 €/kWh; a new battery in year 2 (first life 1 year).
    // gain₁ = 500 × 0.20 − 550 × 0.05 = 72.5;  gain₂ = 500 × 0.22 − 27.5 = 82.5;  gain₃ = 500 × 0.242 − 0 = 121
    // replacement = 70 % × 5,000 = 3,500 in year 2; residual = 3,500 × max(0, 1 − 2/1) = 0
    const tariffs = testTariffs({
      lifetime: 3,
      retail: 0.2,
      exportEurKwh: 0.05,
      driftPct: 10,
      discountPct: 5,
      contractYears: 2,
      afterContract: 0,
    });
    const sim: BatteryYears = {
      years: [handYear(1), handYear(2, true, 0), handYear(3, false, 1)],
      first_battery_life_years: 1,
      replacement_years: [2],
    };
    const r = batteryEconomics({ kwp: 3, usable_kwh: 5, simulation: sim, batteries: testBatteries(), tariffs });
    expect(r.replacements_eur).toBeCloseTo(3500, 9);
    expect(r.residual_value_eur).toBe(0);
    [-5000, 72.5, 82.5 - 3500, 121].forEach((cf, i) => expect(r.cashflows_eur[i]).toBeCloseTo(cf, 9));
    expect(r.npv_eur).toBeCloseTo(-5000 + 72.5 / 1.05 + (82.5 - 3500) / 1.05 ** 2 + 121 / 1.05 ** 3, 9);
    expect(r.lifetime_extra_savings_eur).toBeCloseTo(72.5 + 82.5 + 121, 9);
  });

  it('refuses bad input by name', () => {
    const tariffs = testTariffs({ lifetime: 3 });
    const ok = { kwp: 3, usable_kwh: 5, simulation: threeYears, batteries: testBatteries(), tariffs };
    expect(() => batteryEconomics({ ...ok, usable_kwh: 1000 })).toThrow(/usable_kwh must be within \(0, 30\]/);
    expect(() => batteryEconomics({ ...ok, kwp: 0 })).toThrow(/kwp/);
    expect(() => batteryEconomics({ ...ok, capex_eur: -1 })).toThrow(/capex_eur/);
    expect(() => batteryEconomics({ ...ok, tariffs: testTariffs({ lifetime: 25 }) })).toThrow(
      /simulation\.years must have tariffs\.pv\.lifetime_years \(25\) entries, got 3/,
    );
  });
});

describe('batteryEconomics with the fixtures over a synthetic year', () => {
  it('runs the 25-year horizon with the default battery and reports its life and replacement', () => {
    const tariffs = parseTariffs(read('../../fixtures/tariffs/fr-residential.json'));
    const battery = defaultBattery(fixture);
    const life = tariffs.pv.lifetime_years.value;
    const sim = simulateBatteryYears({
      ...syntheticYear(4, 12),
      ...battery,
      ageing: batteryAgeing(fixture),
      degradation_pct_yr: tariffs.pv.degradation_pct_yr.value,
      years: life,
    });
    const r = batteryEconomics({
      kwp: 4,
      usable_kwh: battery.usable_kwh,
      simulation: sim,
      batteries: fixture,
      tariffs,
    });
    expect(r.capex_eur).toBeCloseTo(battery.usable_kwh * fixture.cost.eur_per_kwh_usable_ttc.value, 9);
    expect(r.cashflows_eur).toHaveLength(life + 1);
    expect(r.with_battery.self_consumption_pct).toBeGreaterThan(r.pv_only.self_consumption_pct);
    expect(r.first_year_extra_savings_eur).toBeGreaterThan(0);
    // The first battery cannot outlive its calendar life, so one replacement at least falls within 25 years.
    expect(r.first_battery_life_years).not.toBeNull();
    expect(r.first_battery_life_years!).toBeLessThanOrEqual(fixture.ageing.calendar_life_years.value);
    expect(r.replacement_years.length).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(r.npv_eur)).toBe(true);
    if (r.payback_years !== null) expect(r.payback_years).toBeLessThanOrEqual(life);
  });
});
