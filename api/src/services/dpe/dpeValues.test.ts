import { describe, expect, it } from 'vitest';
import { METHODE_APPLICATION_DPE_LOG } from './dpeEnumLabels.js';
import { buildingTypeOfMethod, dpeClass, integer, isoDate, number, rnbId, tenYearsAfter } from './dpeValues.js';
import { DpeFormatError } from './types.js';

describe('dpeValues', () => {
  it('reads numbers as ADEME writes them, a decimal comma included, and refuses text', () => {
    expect(number('313.6', 'x', 'row 1')).toBe(313.6);
    expect(number(' 1147,4 ', 'Besoin_ECS', 'row 1')).toBe(1147.4);
    expect(number('2.5e3', 'x', 'row 1')).toBe(2500);
    expect(number('', 'x', 'row 1')).toBeNull();
    for (const bad of ['abc', 'NaN', 'Infinity', '1 234', '1,234.5', '12kWh']) {
      expect(() => number(bad, 'x', 'row 1')).toThrow(DpeFormatError);
    }
    expect(integer('1976.0', 'annee', 'row 1')).toBe(1976);
    expect(() => integer('1976.5', 'annee', 'row 1')).toThrow(/whole number/);
  });

  it('reads classes A–G and calendar dates only', () => {
    expect(dpeClass(' e ', 'c', 'row 1')).toBe('E');
    expect(() => dpeClass('H', 'c', 'row 1')).toThrow(/class A to G/);
    expect(isoDate('2024-02-29', 'd', 'row 1')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2023-13-01', '31/01/2023', '2023-01-31T00:00:00']) {
      expect(() => isoDate(bad, 'd', 'row 1')).toThrow(/YYYY-MM-DD/);
    }
  });

  it('dates the end of validity the day before the tenth anniversary (ADEME: 2024-02-29 → 2034-02-27)', () => {
    expect(tenYearsAfter('2023-01-31')).toBe('2033-01-30');
    expect(tenYearsAfter('2021-01-01')).toBe('2030-12-31');
    expect(tenYearsAfter('2024-02-29')).toBe('2034-02-27');
  });

  it('tells the building type of every method of application ADEME enumerates', () => {
    const types = Object.values(METHODE_APPLICATION_DPE_LOG).map(buildingTypeOfMethod);
    expect(types).not.toContain(null);
    expect(
      buildingTypeOfMethod(
        'dpe appartement généré à partir des données dpe immeuble chauffage collectif ecs collectif',
      ),
    ).toBe('flat');
    expect(buildingTypeOfMethod("dpe issu d'une étude thermique réglementaire rt2012 bâtiment : immeuble")).toBe(
      'building',
    );
    expect(buildingTypeOfMethod('dpe maison individuelle')).toBe('house');
  });

  it('reads RNB ids of 12 characters', () => {
    expect(rnbId('K46ZW4VJNAVH', 'id_rnb', 'row 1')).toBe('K46ZW4VJNAVH');
    expect(rnbId('', 'id_rnb', 'row 1')).toBeNull();
    expect(() => rnbId('K46ZW4VJNAV', 'id_rnb', 'row 1')).toThrow(/12-character/);
  });
});
