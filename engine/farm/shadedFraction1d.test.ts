import { describe, expect, it } from 'vitest';
import { shadedFraction1d } from './shadedFraction1d';

describe('shadedFraction1d (2D inter-row shade, Lorenzo et al. 2011 / pvlib shaded_fraction1d)', () => {
  it("pvlib's documented fixed-tilt example: 0.47755694708090535", () => {
    // pvlib shading.shaded_fraction1d docstring, "Fixed-tilt south-facing array on flat terrain": zenith 80°,
    // azimuth 135°, rotation 30°, collector width 2 m, pitch 3 m (GCR 2/3). Tolerance 1e-9.
    expect(shadedFraction1d(10, 135, 30, 180, 2 / 3)).toBeCloseTo(0.47755694708090535, 9);
  });

  it('matches a hand computation with the sun straight in front', () => {
    // Sun due south at 20°, β = 30°, GCR 0.5 (P/L = 2): f = 1 − 2·sin 20° / sin 50° = 1 − 0.684040 / 0.766044
    // = 1 − 0.892951 = 0.107049. Tolerance 5e-6.
    expect(shadedFraction1d(20, 180, 30, 180, 0.5)).toBeCloseTo(0.107049, 5);
  });

  it('is 0 with the sun high, behind the rows or below the horizon, and 1 at grazing sun', () => {
    expect(shadedFraction1d(60, 180, 25, 180, 0.4)).toBe(0);
    expect(shadedFraction1d(30, 0, 25, 180, 0.4)).toBe(0);
    expect(shadedFraction1d(-2, 180, 25, 180, 0.4)).toBe(0);
    expect(shadedFraction1d(0.001, 180, 25, 180, 0.9)).toBeCloseTo(1, 2);
  });
});
