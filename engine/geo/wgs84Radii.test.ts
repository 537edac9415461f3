import { describe, expect, it } from 'vitest';
import { wgs84Radii } from './wgs84Radii';

describe('wgs84Radii', () => {
  it('gives the textbook radii at the equator and the pole', () => {
    // a(1 − e²) = 6 335 439.327 m and a = 6 378 137 m at the equator; a²/b = 6 399 593.626 m at the pole (NIMA TR8350.2).
    expect(wgs84Radii(0).meridional_m).toBeCloseTo(6_335_439.327, 2);
    expect(wgs84Radii(0).primeVertical_m).toBeCloseTo(6_378_137, 3);
    expect(wgs84Radii(90).meridional_m).toBeCloseTo(6_399_593.626, 2);
    expect(wgs84Radii(90).primeVertical_m).toBeCloseTo(6_399_593.626, 2);
  });

  it('rejects a latitude out of range', () => {
    expect(() => wgs84Radii(91)).toThrow(/latitude_deg/);
  });
});
