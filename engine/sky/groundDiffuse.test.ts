import { describe, expect, it } from 'vitest';
import { groundDiffuse } from './groundDiffuse';

describe('groundDiffuse', () => {
  // pvlib-python tests/test_irradiance.py: test_get_ground_diffuse_simple_float (tilt 40°, GHI 900, albedo 0.25 →
  // 26.32000014911496) and test_get_ground_diffuse_albedo_series (45°, 1000, 0.2 → 0.2·0.5·(1 − √2/2)·1000).
  it('matches pvlib get_ground_diffuse', () => {
    expect(groundDiffuse(900, 40, 0.25)).toBeCloseTo(26.32000014911496, 10);
    expect(groundDiffuse(1000, 45, 0.2)).toBeCloseTo(0.2 * 0.5 * (1 - Math.SQRT2 / 2) * 1000, 10);
  });

  it('is 0 on a horizontal plane and GHI·albedo facing the ground', () => {
    expect(groundDiffuse(800, 0, 0.2)).toBe(0);
    expect(groundDiffuse(800, 180, 0.2)).toBeCloseTo(160, 10);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => groundDiffuse(-1, 30, 0.2)).toThrow(/ghi/);
    expect(() => groundDiffuse(100, 200, 0.2)).toThrow('surfaceTilt must be within [0, 180], got 200');
    expect(() => groundDiffuse(100, 30, 1.5)).toThrow(/albedo/);
  });
});
