import { describe, expect, it } from 'vitest';
import { relativeAirMass } from './relativeAirMass';

describe('relativeAirMass (Kasten & Young 1989)', () => {
  // pvlib-python tests/test_atmosphere.py test_airmass, 'kastenyoung1989': zeniths [100, 89.9, 80, 0] →
  // [nan, 36.467, 5.586, 1.000], atol 0.001.
  it('matches pvlib check values within 0.001', () => {
    expect(relativeAirMass(100)).toBeNaN();
    expect(Math.abs(relativeAirMass(89.9) - 36.467)).toBeLessThan(0.001);
    expect(Math.abs(relativeAirMass(80) - 5.586)).toBeLessThan(0.001);
    expect(Math.abs(relativeAirMass(0) - 1.0)).toBeLessThan(0.001);
  });

  it('stays within 0.5 % of the secant law up to 60° (plane-parallel limit)', () => {
    for (const z of [10, 30, 45, 60]) {
      const secant = 1 / Math.cos((z * Math.PI) / 180);
      expect(Math.abs(relativeAirMass(z) / secant - 1)).toBeLessThan(0.005);
    }
  });

  it('is finite at the horizon (≈ 37.9) and NaN below it', () => {
    expect(relativeAirMass(90)).toBeCloseTo(37.92, 2);
    expect(relativeAirMass(90.0001)).toBeNaN();
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => relativeAirMass(-1)).toThrow(/zenith_deg must be within \[0, 180\], got -1/);
    expect(() => relativeAirMass(NaN)).toThrow(/zenith_deg/);
  });
});
