import { describe, expect, it } from 'vitest';
import { loadRenovationCatalogue } from '../../tests/engine/fixtures';
import { measureCost } from './measureCost';
import { minerHouse } from './testDwelling.testkit';

const cat = loadRenovationCatalogue();

describe('measureCost', () => {
  it('multiplies €/m² by the treated area and adds units (by hand)', () => {
    const r = measureCost(
      minerHouse(),
      ['wall_insulation_external', 'attic_insulation', 'windows_uw13', 'heat_pump_air_water'],
      cat,
    );
    // Walls 30 + 25 = 55 m² × 100 / 160 / 250 €/m² (wikitravaux-ite-2025; central is a project choice).
    expect(r.lines[0]).toEqual({
      id: 'wall_insulation_external',
      quantity: 55,
      unit: 'm2',
      low_eur: 5500,
      central_eur: 8800,
      high_eur: 13750,
    });
    // Attic 35 m² × 15 / 26 / 40 €/m².
    expect(r.lines[1]).toMatchObject({ quantity: 35, low_eur: 525, central_eur: 910, high_eur: 1400 });
    // Windows 10 m² × 280 / 480 / 680 €/m² (350–850 € per 1.25 m² window).
    expect(r.lines[2]).toMatchObject({ quantity: 10, low_eur: 2800, central_eur: 4800, high_eur: 6800 });
    // Heat pump one unit 8,000 / 13,000 / 18,000 €.
    expect(r.lines[3]).toMatchObject({ quantity: 1, unit: 'unit', central_eur: 13000 });
    expect(r.total.central_eur).toBeCloseTo(8800 + 910 + 4800 + 13000, 6);
    expect(r.total.low_eur).toBeCloseTo(5500 + 525 + 2800 + 8000, 6);
  });

  it('takes the PV price from the caller and refuses to guess it', () => {
    expect(measureCost(minerHouse(), ['pv'], cat, { pv_eur_ttc: 7500 }).total.central_eur).toBe(7500);
    expect(() => measureCost(minerHouse(), ['pv'], cat)).toThrow(/extra\.pv_eur_ttc/);
  });

  it('applies the same refusals as applyMeasures', () => {
    expect(() => measureCost(minerHouse({ unesco: true }), ['wall_insulation_external'], cat)).toThrow(/UNESCO/);
    expect(() => measureCost(minerHouse(), ['nope'], cat)).toThrow(/nope/);
  });
});
