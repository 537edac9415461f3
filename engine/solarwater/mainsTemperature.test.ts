import { describe, expect, it } from 'vitest';
import { mainsTemperature } from './mainsTemperature';

const LENS_AIR_C = [3.5, 4, 6.5, 9, 12.5, 15.5, 17.5, 17.5, 15, 11, 7, 4];

describe('mainsTemperature', () => {
  it('follows the Hendron–Burch–Christensen correlation (hand computation, not a measured series)', () => {
    // python, from the printed correlation: T̄ = 10.25 °C = 50.45 °F, ΔT = 14 K = 25.2 °F, ratio 0.4645, lag 28.55 d,
    // mid-month days 16, 45.5, …: January 10.690 °C, February 10.334 °C, August 16.833 °C.
    const t = mainsTemperature(LENS_AIR_C);
    expect(t[0]).toBeCloseTo(10.69, 2);
    expect(t[1]).toBeCloseTo(10.334, 2);
    expect(t[7]).toBeCloseTo(16.833, 2);
    // Annual mean ≈ T̄ + 6 °F = T̄ + 3.33 K.
    expect(t.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(10.25 + 6 / 1.8, 1);
  });

  it('rejects anything but 12 temperatures', () => {
    expect(() => mainsTemperature([1, 2, 3])).toThrow(/ambient_c must hold 12 monthly values, got 3/);
    expect(() => mainsTemperature([...LENS_AIR_C.slice(0, 11), Number.NaN])).toThrow(/ambient_c\[11\]/);
  });
});
