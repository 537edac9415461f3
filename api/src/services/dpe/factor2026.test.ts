import { describe, expect, it } from 'vitest';
import { reclassUnder2026Factor } from './factor2026.js';

// The rule (arrêté du 13 août 2025, applied by ADEME from 1 January 2026): electricity counts 1.9 kWhEP per kWhEF
// instead of 2.3, so a label's primary energy falls by 0.4 × its electricity use; emissions do not change; the class
// follows the double threshold (arrêté du 31 mars 2021: E < 330, F < 420 kWhEP/m²; climate C < 30 kgCO2e/m²).
describe('a label under the 2026 electricity factor', () => {
  const flat = {
    issue_date: '2023-05-10',
    energy_class: 'G' as const,
    primary_kwh_m2: 440,
    ghg_kg_m2: 14,
    living_area_m2: 50,
    // All-electric flat: 150 kWhEF/m² of electricity (7,500 kWh over 50 m²).
    energies: [{ energy: 'électricité', final_kwh: 7500 }],
  };

  it('an all-electric G issued in 2023 becomes F: 440 − 0.4 × 150 = 380 kWhEP/m²', () => {
    const r = reclassUnder2026Factor(flat);
    expect(r.primary_kwh_m2).toBeCloseTo(380, 6);
    expect(r.energy_class).toBe('F');
    expect(r.electricity_factor).toBe(1.9);
    expect(r.rule_date).toBe('2026-01-01');
  });

  it('a gas-heated house keeps its class (no electricity listed, nothing to take off)', () => {
    const r = reclassUnder2026Factor({
      ...flat,
      energy_class: 'E',
      primary_kwh_m2: 300,
      ghg_kg_m2: 60,
      energies: [{ energy: 'gaz naturel', final_kwh: 15000 }],
    });
    expect(r.primary_kwh_m2).toBe(300);
    expect(r.energy_class).toBe('E');
  });

  it('the climate letter still bounds the class: 60 kgCO2e/m² is E whatever the energy', () => {
    const r = reclassUnder2026Factor({ ...flat, primary_kwh_m2: 200, ghg_kg_m2: 60 });
    expect(r.primary_kwh_m2).toBeCloseTo(140, 6);
    expect(r.energy_class).toBe('E');
  });

  it('a label issued from 2026 is returned as issued', () => {
    const r = reclassUnder2026Factor({ ...flat, issue_date: '2026-01-01' });
    expect(r).toMatchObject({ energy_class: 'G', primary_kwh_m2: 440, reason: null });
  });

  it('says why when it cannot be computed', () => {
    expect(reclassUnder2026Factor({ ...flat, living_area_m2: null }).reason).toBe('living area not given');
    expect(reclassUnder2026Factor({ ...flat, energies: [{ energy: 'électricité', final_kwh: null }] })).toMatchObject({
      energy_class: null,
      reason: 'electricity consumption not given',
    });
  });
});
