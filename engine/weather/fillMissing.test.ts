import { describe, expect, it } from 'vitest';
import { hourOfTypicalYear, labelOfTypicalHour, monthOfTypicalHour } from './calendar';
import { fillGaps, standardPressurePa } from './fillMissing';

describe('fillGaps', () => {
  it('interpolates inside, holds the nearest value at the ends, and counts', () => {
    const s = Float32Array.from([NaN, 2, NaN, NaN, 8, NaN]);
    expect(fillGaps(s, 0)).toBe(4);
    expect(Array.from(s)).toEqual([2, 2, 4, 6, 8, 8]);
  });

  it('uses the fallback when no value is valid, and leaves a full series alone', () => {
    const empty = Float32Array.from([NaN, NaN]);
    expect(fillGaps(empty, 5)).toBe(2);
    expect(Array.from(empty)).toEqual([5, 5]);
    expect(fillGaps(Float32Array.from([1, 2]), 5)).toBe(0);
  });
});

describe('standardPressurePa', () => {
  // ISO 2533 standard atmosphere: 101325 Pa at sea level, 89875 Pa at 1000 m (tolerance 0.1 %).
  it.each([
    [null, 101325],
    [0, 101325],
    [1000, 89875],
  ])('elevation %s m → %d Pa', (h, p) => {
    expect(Math.abs(standardPressurePa(h) / p - 1)).toBeLessThan(0.001);
  });
});

describe('typical-year calendar', () => {
  it('places hours of a non-leap year and rejects impossible dates', () => {
    expect(hourOfTypicalYear(1, 1, 0)).toBe(0);
    expect(hourOfTypicalYear(3, 1, 0)).toBe(59 * 24);
    expect(hourOfTypicalYear(12, 31, 23)).toBe(8759);
    expect(hourOfTypicalYear(2, 29, 0)).toBe(-1);
    expect(hourOfTypicalYear(13, 1, 0)).toBe(-1);
    expect(hourOfTypicalYear(4, 31, 0)).toBe(-1);
    expect(hourOfTypicalYear(1, 1, 24)).toBe(-1);
  });

  it('names months and labels of hour indices', () => {
    expect([0, 743, 744, 8759].map(monthOfTypicalHour)).toEqual([1, 1, 2, 12]);
    expect(labelOfTypicalHour(59 * 24 + 5)).toBe('03-01 05:00');
  });
});
