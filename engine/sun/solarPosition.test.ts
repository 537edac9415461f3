import { describe, expect, it } from 'vitest';
import { solarPosition } from './solarPosition';

describe('solarPosition', () => {
  // Reda, I. & Andreas, A. (2004, rev. 2008) "Solar Position Algorithm for Solar Radiation Applications",
  // NREL/TP-560-34302, doi:10.2172/15003974, Table A4.1: Golden CO, 2003-10-17 12:30:30 local (−7 h),
  // 39.742476 N, −105.1786 E, 1830.14 m, 820 mbar, 11 °C → topocentric zenith 50.11162°, azimuth 194.34024°.
  const spaInstant = Date.UTC(2003, 9, 17, 12 + 7, 30, 30);

  it('matches the NREL SPA worked example within 0.05°', () => {
    const p = solarPosition(spaInstant, 39.742476, -105.1786);
    expect(Math.abs(p.zenith_deg - 50.11162)).toBeLessThan(0.05);
    expect(Math.abs(p.azimuth_deg - 194.34024)).toBeLessThan(0.05);
    // What remains (documented in solarPosition.ts): standard-air refraction and no topocentric parallax.
    expect(Math.abs(p.zenith_deg - 50.11162)).toBeLessThan(0.006);
    expect(Math.abs(p.azimuth_deg - 194.34024)).toBeLessThan(0.002);
  });

  it('returns zenith = 90 − elevation and an azimuth within [0, 360)', () => {
    for (let h = 0; h < 24; h++) {
      const p = solarPosition(Date.UTC(2024, 2, 20, h), 50.4322, 2.8333);
      expect(p.zenith_deg).toBeCloseTo(90 - p.elevation_deg, 12);
      expect(p.azimuth_deg).toBeGreaterThanOrEqual(0);
      expect(p.azimuth_deg).toBeLessThan(360);
    }
  });

  it('puts the noon sun due south at Lens, higher in June than in December', () => {
    const june = solarPosition(Date.UTC(2024, 5, 21, 11, 50), 50.4322, 2.8333);
    const december = solarPosition(Date.UTC(2024, 11, 21, 11, 49), 50.4322, 2.8333);
    expect(june.azimuth_deg).toBeCloseTo(180, 0);
    // Noon elevations: 90 − φ ± ε with φ = 50.43°, ε = 23.44°, plus ≈ 0.01-0.04° refraction.
    expect(june.elevation_deg).toBeCloseTo(90 - 50.4322 + 23.44, 1);
    expect(december.elevation_deg).toBeCloseTo(90 - 50.4322 - 23.44 + 0.04, 1);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => solarPosition(0, 95, 0)).toThrow(/latitude_deg must be within \[-90, 90\], got 95/);
    expect(() => solarPosition(0, 50, 200)).toThrow(/longitude_deg/);
    expect(() => solarPosition(NaN, 50, 2)).toThrow(/timeUtcMs/);
    expect(() => solarPosition(0, NaN, 2)).toThrow(RangeError);
  });
});
