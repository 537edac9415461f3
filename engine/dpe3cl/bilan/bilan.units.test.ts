import { describe, expect, it } from 'vitest';
import { loadTables3cl } from '../records.testkit';
import {
  climateClass,
  combustionFromTable,
  combustionRow,
  electricTankLosses_wh,
  emissionFactor,
  energyClass,
  evaluateCombustionFormula,
  lightingConsumption_kwh,
  primaryEnergyFactor,
  worseClass,
} from './index';

const tables = loadTables3cl();
const ctx = { zoneId: '1', altitudeId: '1', surface_m2: 80, dateDpe: '2023-05-01' };

describe('3CL balance formulas, checked by hand against the method', () => {
  it('primary-energy factor: electricity 2.3 before 1 Jan 2026, 1.9 from then, others 1', () => {
    expect(primaryEnergyFactor('1', '2025-12-31')).toBe(2.3);
    expect(primaryEnergyFactor('1', '2026-01-01')).toBe(1.9);
    expect(primaryEnergyFactor('2', '2026-06-01')).toBe(1);
    expect(() => primaryEnergyFactor('1', 'NON_DEPOSE')).toThrow(/date_etablissement_dpe/);
  });

  it('emission factors by carrier and use (annexe: electricity heating 0.079, ECS 0.065, lighting 0.069; gas 0.227)', () => {
    expect(emissionFactor('1', 'ch')).toBe(0.079);
    expect(emissionFactor('1', 'ecs')).toBe(0.065);
    expect(emissionFactor('1', 'eclairage')).toBe(0.069);
    expect(emissionFactor('2', 'ecs')).toBe(0.227);
    expect(() => emissionFactor('99', 'ch')).toThrow(/enum_type_energie_id/);
  });

  it('§16.1 lighting: 0.9 × 1.4 W/m² × 1500 h (H1a) = 1.89 kWh/m²', () => {
    expect(lightingConsumption_kwh('1', 100)).toBeCloseTo(189, 9);
    expect(() => lightingConsumption_kwh('9', 100)).toThrow(/enum_zone_climatique_id/);
  });

  it('§14.2 electric tank losses: 8592 × 45/24 × 150 L × Cr 0.23 (vertical, other, 100–200 L)', () => {
    expect(electricTankLosses_wh(tables, '69', 150)).toBeCloseTo(((8592 * 45) / 24) * 150 * 0.23, 6);
  });

  it('§13.2.1 combustion table formulas: Rpn = 84 + 2 log10(24) %, QP0 = 1 % Pn for a 2001–2015 standard gas boiler', () => {
    expect(evaluateCombustionFormula('0.085*Pn*(Pn)^-0.4', { Pn: 24 })).toBeCloseTo(0.085 * 24 * 24 ** -0.4, 12);
    expect(() => evaluateCombustionFormula('Pn+', { Pn: 1 })).toThrow(/formula/);
    const row = combustionRow(tables, '49', 24000)!;
    const c = combustionFromTable(row, 24000, false);
    expect(c.rpn).toBeCloseTo((84 + 2 * Math.log10(24)) / 100, 12);
    expect(c.qp0_w).toBeCloseTo(240, 9);
  });

  it('classes: double threshold, altitude and the small-dwelling limits from 1 July 2024', () => {
    expect(energyClass(tables, 69, ctx)).toBe('A');
    expect(energyClass(tables, 70, ctx)).toBe('B');
    expect(energyClass(tables, 420, ctx)).toBe('G');
    expect(climateClass(tables, 50, ctx)).toBe('E');
    expect(worseClass('C', 'E')).toBe('E');
    const mountain = { ...ctx, zoneId: '2', altitudeId: '3' };
    expect(energyClass(tables, 380, mountain)).toBe('E');
    // 20 m²: table dpe_class_limit row 20 (below 400 m) raises the limits, but only for DPE from 1 July 2024.
    const small = { ...ctx, surface_m2: 20 };
    const lim = (tables['dpe_class_limit'] as Record<string, Record<string, Record<string, number>>>)[
      'inférieur à 400m'
    ]!['20']!;
    expect(energyClass(tables, lim['D']! - 1, { ...small, dateDpe: '2024-07-01' })).toBe('D');
    expect(energyClass(tables, lim['D']! - 1, { ...small, dateDpe: '2024-06-30' })).not.toBe('D');
    expect(() => energyClass(tables, -1, ctx)).toThrow(/ep_conso_5_usages_m2/);
  });
});
