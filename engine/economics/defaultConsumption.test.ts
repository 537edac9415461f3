import { describe, expect, it } from 'vitest';
import { consumptionParts } from './consumptionParts';
import { defaultConsumption } from './defaultConsumption';

describe('defaultConsumption', () => {
  it('matches Panel Elecdom specific electricity for an average household without electric heating', () => {
    // ADEME/RTE/Enertech Panel Elecdom year 1: 2,228 kWh/yr specific electricity per dwelling; INSEE: 2.19 persons
    // per household. Tolerance 5 % (the panel is 100 dwellings).
    const kwh = defaultConsumption({ heating: 'gas', occupants: 2.19 });
    expect(Math.abs(kwh - 2228) / 2228).toBeLessThan(0.05);
    expect(defaultConsumption({ heating: 'other', occupants: 2.19 })).toBe(kwh);
  });

  it('puts an all-electric 4-person 100 m² house in the published 12,000–16,000 kWh/yr range', () => {
    // Retail guides: all-electric households 12,000–14,000 kWh/yr (TotalEnergies, citing ADEME/INSEE 2024–2025);
    // ≈ 15,600 kWh/yr for 100 m², 4 persons, electric heating (Butagaz). Range taken as 12,000–16,000.
    const kwh = defaultConsumption({ heating: 'electric', occupants: 4, floor_area_m2: 100 });
    expect(kwh).toBeGreaterThanOrEqual(12000);
    expect(kwh).toBeLessThanOrEqual(16000);
  });

  it('adds hot water and heating only for electric homes, heating divided by the heat pump SCOP', () => {
    const e = consumptionParts({ heating: 'electric', occupants: 3, floor_area_m2: 80 });
    const hp = consumptionParts({ heating: 'heat_pump', occupants: 3, floor_area_m2: 80 });
    const gas = consumptionParts({ heating: 'gas', occupants: 3, floor_area_m2: 80 });
    expect(gas.hot_water_kwh).toBe(0);
    expect(gas.heating_kwh).toBe(0);
    expect(hp.hot_water_kwh).toBe(e.hot_water_kwh);
    expect(e.hot_water_kwh).toBeGreaterThan(0);
    // Same heat delivered: heat pump electricity × SCOP = direct electric heating (SCOP 2.8, householdDefaults.ts).
    expect(hp.heating_kwh * 2.8).toBeCloseTo(e.heating_kwh, 9);
    // Heating grows with floor area, everything else with occupants.
    expect(defaultConsumption({ heating: 'electric', occupants: 3, floor_area_m2: 120 })).toBeGreaterThan(
      defaultConsumption({ heating: 'electric', occupants: 3, floor_area_m2: 80 }),
    );
    expect(defaultConsumption({ heating: 'gas', occupants: 5 })).toBeGreaterThan(
      defaultConsumption({ heating: 'gas', occupants: 1 }),
    );
  });

  it('throws a RangeError naming the field', () => {
    expect(() => defaultConsumption({ heating: 'gas', occupants: 0 })).toThrow(/occupants/);
    expect(() => defaultConsumption({ heating: 'gas', occupants: 13 })).toThrow(/occupants/);
    expect(() => defaultConsumption({ heating: 'coal' as 'gas', occupants: 2 })).toThrow(/heating/);
    expect(() => defaultConsumption({ heating: 'electric', occupants: 2, floor_area_m2: -5 })).toThrow(/floor_area_m2/);
  });
});
