import { describe, expect, it } from 'vitest';
import { erbs } from './erbs';

describe('erbs', () => {
  // pvlib-python tests/test_irradiance.py test_erbs (the same dni/dhi/kt rows as test_boland and test_louche use for
  // kt, checked there with np.allclose): 2019-01-01 (day 1) and 2019-06-20 (day 171).
  it.each([
    [0, 120, 1, 0, 0, 0],
    [50, 85, 1, 96.7192672, 41.5703604, 0.405723511],
    [1000, 10, 1, 794.205651, 217.860117, 0.718132729],
    [1000, 10, 171, 842.001578, 170.790318, 0.768214312],
  ])('erbs(%d, %d°, day %d) matches pvlib to 1e-6 relative', (ghi, zenith, day, dni, dhi, kt) => {
    const out = erbs(ghi, zenith, day);
    const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, b));
    close(out.dni, dni);
    close(out.dhi, dhi);
    close(out.kt, kt);
  });

  // pvlib test_erbs_min_cos_zenith_max_zenith, default limits, GHI 1 at z = 90°, 2016-07-19 (day 201).
  it('gives DNI 0 and DHI = GHI at the horizon (pvlib limits: cos z ≥ 0.065, z ≤ 87°)', () => {
    const out = erbs(1, 90, 201);
    expect(out.dni).toBe(0);
    expect(out.dhi).toBe(1);
    expect(out.kt).toBeCloseTo(0.01163776, 7);
  });

  it('closes GHI = DNI·cos z + DHI', () => {
    const out = erbs(600, 40, 100);
    expect(out.dni * Math.cos((40 * Math.PI) / 180) + out.dhi).toBeCloseTo(600, 9);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => erbs(-5, 30, 1)).toThrow(/ghi/);
    expect(() => erbs(100, 190, 1)).toThrow(/zenith_deg/);
    expect(() => erbs(100, 30, 0)).toThrow(/dayOfYear/);
  });
});
