import { describe, expect, it } from 'vitest';
import { dayOfYear } from './dayOfYear';
import { extraterrestrialIrradiance } from './extraterrestrialIrradiance';

describe('extraterrestrialIrradiance', () => {
  // pvlib-python tests/test_irradiance.py: test_get_extra_radiation (2016-10-26, day 300 → 1383.636203 W/m²) and the
  // fixture dni_et = 1321.1655834833093 W/m² for 2014-06-24 (day 175), both from method='spencer'.
  it('matches pvlib get_extra_radiation (Spencer) to 1e-6 W/m²', () => {
    expect(extraterrestrialIrradiance(300)).toBeCloseTo(1383.636203, 6);
    expect(extraterrestrialIrradiance(175)).toBeCloseTo(1321.1655834833093, 9);
  });

  it('stays within ±3.4 % of the solar constant (perihelion early January, aphelion early July)', () => {
    let min = Infinity;
    let max = -Infinity;
    for (let n = 1; n <= 365; n++) {
      const e = extraterrestrialIrradiance(n);
      min = Math.min(min, e);
      max = Math.max(max, e);
    }
    expect(max / 1366.1).toBeGreaterThan(1.032);
    expect(max / 1366.1).toBeLessThan(1.036);
    expect(min / 1366.1).toBeGreaterThan(0.964);
    expect(min / 1366.1).toBeLessThan(0.968);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => extraterrestrialIrradiance(0)).toThrow(/dayOfYear must be within \[1, 367\], got 0/);
    expect(() => extraterrestrialIrradiance(NaN)).toThrow(RangeError);
  });
});

describe('dayOfYear', () => {
  it('counts from 1 on the UTC date', () => {
    expect(dayOfYear(Date.UTC(2016, 9, 26))).toBe(300);
    expect(dayOfYear(Date.UTC(2015, 0, 1, 23, 59))).toBe(1);
    expect(dayOfYear(Date.UTC(2015, 11, 31, 12))).toBe(365);
    expect(dayOfYear(Date.UTC(2016, 11, 31, 12))).toBe(366);
  });
});
