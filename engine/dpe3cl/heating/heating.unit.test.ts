import { describe, expect, it } from 'vitest';
import { baseTemperature } from './climate';
import { defaultNominalPower } from './combustionCharacteristics';
import { pcsPciRatio } from './combustionEfficiency';
import { generationAuxiliaries } from './heatingAuxiliaries';
import { installationShare } from './installationShares';
import { intermittenceFactor } from './intermittence';
import { recoveredGeneratorLosses } from './recoveredGeneratorLosses';
import { evaluateTableFormula, powerCriterionHolds } from './tableFormula';

// Hand-checked against the formulas of the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1).
describe('3CL heating formulas', () => {
  it('§13.2.1 Tbase: −9.5 °C in H1 below 400 m, −7.5 °C in H3 above 800 m', () => {
    expect(baseTemperature(1, 1)).toBe(-9.5);
    expect(baseTemperature(8, 3)).toBe(-7.5);
    expect(() => baseTemperature(9, 1)).toThrow(/enum_zone_climatique_id/);
  });
  it('§8 INT = I0 / (1 + 0.1 (G − 1)), G = GV / (Sh × HSP)', () => {
    expect(intermittenceFactor(0.91, 250, 100, 2.5)).toBeCloseTo(0.91, 12); // G = 1
    expect(intermittenceFactor(0.9, 500, 100, 2.5)).toBeCloseTo(0.9 / 1.1, 12); // G = 2
    expect(() => intermittenceFactor(0.9, 500, 0, 2.5)).toThrow(/surface_m2/);
  });
  it('§13.2.1 table formulas and power criteria', () => {
    expect(evaluateTableFormula('84+2*log10(Pn)', { Pn: 25 })).toBeCloseTo(84 + 2 * Math.log10(25), 12);
    expect(evaluateTableFormula('1.50%', {})).toBeCloseTo(0.015, 12);
    expect(evaluateTableFormula('0.08*Pn*(Pn)^-0.27', { Pn: 20 })).toBeCloseTo(0.08 * 20 * 20 ** -0.27, 12);
    expect(evaluateTableFormula('Pn*(E+F*log10(Pn))/100', { Pn: 24, E: 2.5, F: -0.8 })).toBeCloseTo(
      (24 * (2.5 - 0.8 * Math.log10(24))) / 100,
      12,
    );
    expect(() => evaluateTableFormula('Pn+X', { Pn: 1 })).toThrow(/unknown variable X/);
    expect(powerCriterionHolds('70<Pn≤400', 100)).toBe(true);
    expect(powerCriterionHolds('70<Pn≤400', 70)).toBe(false);
    expect(powerCriterionHolds('Pn>400', 401)).toBe(true);
    expect(powerCriterionHolds(undefined, 1)).toBe(true);
  });
  it('§13.2.1 default Pn = 1.2 GV (19 − Tbase) / 0.95³', () => {
    expect(defaultNominalPower(100, -9.5)).toBeCloseTo((1.2 * 100 * 28.5) / 0.857375, 9);
    expect(() => defaultNominalPower(0, -9.5)).toThrow(/gv_w_k/);
    expect(pcsPciRatio(2)).toBe(1.11);
  });
  it('§9 configuration shares: wood backup 0.75 / 0.25, boiler relieving a heat pump 0.8 / 0.2', () => {
    expect(installationShare(3, 0, 0.5)).toBe(0.75);
    expect(installationShare(3, 1, 0.5)).toBe(0.25);
    expect(installationShare(8, 1, 0.5)).toBe(0.2);
    expect(() => installationShare(12, 0, 0.5)).toThrow(/enum_cfg_installation_ch_id/);
  });
  it('§15.1 gas boiler: Paux = 20 + 1.6 × 25 kW = 60 W over Bch / Pn hours', () => {
    // 2125E0981916Z: 0.75 × 25 600 kWh on a 25 kW condensing boiler → 46.1 kWh (the record: 46.129).
    expect(generationAuxiliaries(96, 25000, 0.75 * 25600.47)).toBeCloseTo((60 * 0.75 * 25600.47) / 25000, 9);
    expect(generationAuxiliaries(98, 5000, 1000)).toBe(0); // direct electric: none
  });
  it('§9.1.1 recovered losses 0.48 × Cper × QP0 × min(Nref, 1.3 Bch / (0.3 Pn))', () => {
    const g = {
      qp0_w: 250,
      pn_w: 25000,
      presence_ventouse: false,
      enum_usage_generateur_id: 1,
      inHeatedVolume: true,
      isAirHeater: false,
    };
    expect(recoveredGeneratorLosses(g, 700, 1e6)).toBeCloseTo(0.48 * 0.5 * 250 * (1.3e6 / 7500), 9);
    expect(recoveredGeneratorLosses({ ...g, inHeatedVolume: false }, 700, 1e6)).toBe(0);
  });
});
