import { describe, expect, it } from 'vitest';
import { dpeClass } from './dpeClass';
import { dpeThresholds } from './dpeThresholds';

// Standard scale, arrêté du 31 mars 2021 annexe 5: A <70/<6, B <110/<11, C <180/<30, D <250/<50, E <330/<70,
// F <420/<100, else G; the class is the worse of the two letters. Exact, no tolerance.
const EP = [70, 110, 180, 250, 330, 420];
const GHG = [6, 11, 30, 50, 70, 100];
const L = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

describe('dpeClass, 40 m² and more', () => {
  it('each energy boundary: just below stays in the class, at the boundary moves up', () => {
    EP.forEach((b, i) => {
      expect(dpeClass(b - 0.01, 0, 80).letter).toBe(L[i]);
      expect(dpeClass(b, 0, 80).letter).toBe(L[i + 1]);
    });
  });
  it('each climate boundary on both sides', () => {
    GHG.forEach((b, i) => {
      expect(dpeClass(0, b - 0.01, 80).letter).toBe(L[i]);
      expect(dpeClass(0, b, 80).letter).toBe(L[i + 1]);
    });
  });
  it('double threshold: the worse letter wins, either way', () => {
    expect(dpeClass(60, 55, 80)).toEqual({ letter: 'E', energyLetter: 'A', ghgLetter: 'E' });
    expect(dpeClass(430, 3, 80)).toEqual({ letter: 'G', energyLetter: 'G', ghgLetter: 'A' });
    expect(dpeClass(200, 20, 80).letter).toBe('D');
  });
  it('40 m² uses the standard scale', () => {
    expect(dpeThresholds(40).energy).toEqual(EP);
    expect(dpeClass(330, 0, 40).letter).toBe('F');
  });
  it('bad inputs name the field', () => {
    expect(() => dpeClass(100, 5, 0)).toThrow(/floor_area_m2/);
    expect(() => dpeClass(-1, 5, 50)).toThrow(/ep_kwh_m2/);
    expect(() => dpeClass(1, NaN, 50)).toThrow(/ghg_kg_m2/);
  });
});

describe('dpeClass under 40 m² (arrêté du 25 mars 2024)', () => {
  it('published E/F boundary: 349 at 30 m², 385 at 20 m² (Dalloz actualité on the arrêté); exact', () => {
    expect(dpeThresholds(30).energy[4]).toBe(349);
    expect(dpeThresholds(20).energy[4]).toBe(385);
    expect(dpeClass(348.9, 0, 30).letter).toBe('E');
    expect(dpeClass(349, 0, 30).letter).toBe('F');
    expect(dpeClass(340, 0, 40).letter).toBe('F'); // same value is F at 40 m²
  });
  it('F/G boundary 439 at 30 m² (batimedianews on the draft arrêté), ±3', () => {
    expect(Math.abs(dpeThresholds(30).energy[5] - 439)).toBeLessThanOrEqual(3);
  });
  it('10 m² row of Open3CL limit tables (A 124, C 329, F 640; GHG A 10, C 40, F 115), ±3 % or ±1 (integer rounding)', () => {
    const t = dpeThresholds(10);
    for (const [got, ref] of [
      [t.energy[0], 124],
      [t.energy[2], 329],
      [t.energy[5], 640],
      [t.ghg[0], 10],
      [t.ghg[2], 40],
      [t.ghg[5], 115],
    ] as const) {
      expect(Math.abs(got - ref)).toBeLessThanOrEqual(Math.max(0.03 * ref, 1));
    }
  });
  it('8 m² and less: the 8 m² row; a smaller dwelling never has stricter thresholds', () => {
    expect(dpeThresholds(5).energy).toEqual([146, 186, 386, 505, 622, 739]);
    for (let s = 8; s < 45; s++) {
      const a = dpeThresholds(s);
      const b = dpeThresholds(s + 1);
      a.energy.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(b.energy[i]!));
      a.ghg.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(b.ghg[i]!));
    }
  });
});
