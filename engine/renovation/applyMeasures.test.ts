import { describe, expect, it } from 'vitest';
import { applyMeasures } from './applyMeasures';
import { combinedU } from './combinedU';
import { loadRenovationCatalogue } from '../../tests/engine/fixtures';
import { packageMeasures } from './packageMeasures';
import { minerHouse } from './testDwelling.testkit';
import type { RoofElement } from './types';

const cat = loadRenovationCatalogue();

describe('combinedU', () => {
  it('adds the insulation resistance in series (by hand)', () => {
    // U = 2.0 → R_old = 0.5; + 3.7 → R = 4.2 → U = 1/4.2 = 0.238095 (hand computation, tolerance 1e-9).
    expect(combinedU(2.0, 3.7)).toBeCloseTo(1 / 4.2, 9);
    // U = 2.5 → R_old = 0.4; + 7 → 7.4 → U = 0.135135.
    expect(combinedU(2.5, 7)).toBeCloseTo(1 / 7.4, 9);
    expect(combinedU(0.3, 0)).toBe(0.3);
  });

  it('never raises U, whatever the existing wall', () => {
    for (const u of [0.1, 0.25, 0.5, 1, 2, 3.5, 6])
      for (const r of [0, 0.5, 3, 7, 12]) expect(combinedU(u, r)).toBeLessThanOrEqual(u);
  });

  it('names the bad argument', () => {
    expect(() => combinedU(-1, 3)).toThrow(/uOld/);
    expect(() => combinedU(1, -3)).toThrow(/rAdded/);
  });
});

describe('applyMeasures', () => {
  it('replaces every wall U by the combined U (ITE, R 4.4)', () => {
    const after = applyMeasures(minerHouse(), ['wall_insulation_external'], cat);
    // 1/(1/2.0 + 4.4) = 1/4.9 and 1/(1/2.5 + 4.4) = 1/4.8 (hand computation).
    expect(after.walls[0]!.u_w_m2k).toBeCloseTo(1 / 4.9, 9);
    expect(after.walls[1]!.u_w_m2k).toBeCloseTo(1 / 4.8, 9);
    expect(after.walls[0]!.area_m2).toBe(30);
    expect(after.walls[0]!.azimuth_deg).toBe(180);
  });

  it('insulates roof, floor, windows and replaces systems as the catalogue says', () => {
    const after = applyMeasures(
      minerHouse(),
      [
        'attic_insulation',
        'floor_insulation',
        'windows_uw13',
        'double_flow_vmc',
        'heat_pump_air_water',
        'solar_water_heater',
      ],
      cat,
    );
    expect(after.roof[0]!.u_w_m2k).toBeCloseTo(1 / (0.4 + 7), 9);
    expect(after.floors[0]!.u_w_m2k).toBeCloseTo(1 / (0.5 + 3), 9);
    expect(after.floors[0]!.b).toBe(0.8);
    expect(after.windows.map((w) => [w.u_w_m2k, w.g_value])).toEqual([
      [1.3, 0.5],
      [1.3, 0.5],
    ]);
    expect(after.windows[0]!.shading_factor).toBe(0.9);
    expect(after.ventilation).toBe('double_flow');
    expect(after.heat_recovery_efficiency).toBe(0.85);
    expect(after.heating).toEqual({ system: 'heat_pump_air_water', carrier: 'electricity', efficiency: 3.0 });
    expect(after.hot_water.system).toBe('solar_water_heater_electric_backup');
    expect(after.infiltration_ach).toBe(0.6);
  });

  it('never raises any U, even on an already well-insulated house', () => {
    const good = minerHouse({
      walls: [{ area_m2: 50, u_w_m2k: 0.15 }],
      roof: [{ area_m2: 35, u_w_m2k: 0.1 }],
      floors: [{ area_m2: 35, u_w_m2k: 0.2 }],
      windows: [{ area_m2: 8, u_w_m2k: 0.8, azimuth_deg: 180, g_value: 0.45 }],
    });
    const after = applyMeasures(
      good,
      ['wall_insulation_internal', 'attic_insulation', 'floor_insulation', 'windows_uw13'],
      cat,
    );
    for (const k of ['walls', 'roof', 'floors', 'windows'] as const)
      after[k].forEach((e, i) => expect(e.u_w_m2k).toBeLessThanOrEqual(good[k][i]!.u_w_m2k));
  });

  it('does not mutate the input dwelling', () => {
    const before = minerHouse();
    const copy = structuredClone(before);
    const after = applyMeasures(before, ['wall_insulation_external', 'windows_uw13', 'heat_pump_air_water'], cat);
    expect(before).toEqual(copy);
    expect(after.walls).not.toBe(before.walls);
  });

  it('refuses ITE in a UNESCO-listed cité and accepts ITI there', () => {
    const listed = minerHouse({ unesco: true });
    expect(() => applyMeasures(listed, ['wall_insulation_external'], cat)).toThrow(RangeError);
    expect(() => applyMeasures(listed, ['wall_insulation_external'], cat)).toThrow(/wall_insulation_external.*UNESCO/);
    expect(applyMeasures(listed, ['wall_insulation_internal'], cat).walls[0]!.u_w_m2k).toBeCloseTo(1 / (0.5 + 3.7), 9);
    expect(packageMeasures('bbc_renovation', listed, cat)).toContain('wall_insulation_internal');
    expect(packageMeasures('bbc_renovation', listed, cat)).not.toContain('wall_insulation_external');
    expect(() => applyMeasures(listed, packageMeasures('bbc_renovation', listed, cat), cat)).not.toThrow();
  });

  it('refuses unknown, repeated and conflicting measures, naming them', () => {
    expect(() => applyMeasures(minerHouse(), ['attic_insulation', 'solar_roof_magic'], cat)).toThrow(
      /measureIds\[1\].*solar_roof_magic/,
    );
    expect(() => applyMeasures(minerHouse(), ['attic_insulation', 'attic_insulation'], cat)).toThrow(/listed twice/);
    expect(() => applyMeasures(minerHouse(), ['heat_pump_air_water', 'condensing_gas_boiler'], cat)).toThrow(
      /condensing_gas_boiler.*heat_pump_air_water/,
    );
    expect(() => applyMeasures(minerHouse(), ['wall_insulation_external', 'wall_insulation_internal'], cat)).toThrow(
      RangeError,
    );
    expect(() => applyMeasures(minerHouse(), ['pkg'] as string[], cat)).toThrow(/unknown measure 'pkg'/);
    expect(() => packageMeasures('nope', minerHouse(), cat)).toThrow(/packageId/);
  });

  it('insulates only the roof elements of the measure kind when the roof says its kind', () => {
    const roof: RoofElement[] = [
      { area_m2: 20, u_w_m2k: 2.5, roof_kind: 'attic_floor' },
      { area_m2: 25, u_w_m2k: 2.0, roof_kind: 'sloped' },
    ];
    const after = applyMeasures(minerHouse({ roof }), ['attic_insulation'], cat);
    expect(after.roof[0]!.u_w_m2k).toBeCloseTo(1 / 7.4, 9);
    expect(after.roof[1]!.u_w_m2k).toBe(2.0);
    const both = applyMeasures(minerHouse({ roof }), ['attic_insulation', 'sloped_roof_insulation'], cat);
    expect(both.roof[1]!.u_w_m2k).toBeCloseTo(1 / 6.5, 9);
    // Without kinds, attic and sloped measures would insulate the same elements twice.
    expect(() => applyMeasures(minerHouse(), ['attic_insulation', 'sloped_roof_insulation'], cat)).toThrow(/roof_kind/);
  });

  it('rejects bad dwelling fields, naming them', () => {
    expect(() => applyMeasures(minerHouse({ floor_area_m2: 0 }), [], cat)).toThrow(/dwelling\.floor_area_m2/);
    const bad = minerHouse();
    bad.walls[1]!.u_w_m2k = -1;
    expect(() => applyMeasures(bad, ['attic_insulation'], cat)).toThrow(/dwelling\.walls\[1\]\.u_w_m2k/);
    expect(() => applyMeasures(minerHouse(), 'attic_insulation' as unknown as string[], cat)).toThrow(/measureIds/);
  });
});
