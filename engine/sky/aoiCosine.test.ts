import { describe, expect, it } from 'vitest';
import { aoiCosine } from './aoiCosine';

describe('aoiCosine', () => {
  // pvlib-python tests/test_irradiance.py test_aoi_and_aoi_projection: (tilt, azimuth, zenith, solar azimuth) →
  // aoi projection, atol 1e-6.
  it.each([
    [0, 0, 0, 0, 1],
    [30, 180, 30, 180, 1],
    [30, 180, 150, 0, -1],
    [90, 0, 30, 60, 0.25],
    [90, 0, 30, 170, -0.4924038],
  ])('aoiCosine(%d, %d, %d, %d) = %d (pvlib)', (tilt, azimuth, zenith, solarAzimuth, expected) => {
    expect(Math.abs(aoiCosine(tilt, azimuth, zenith, solarAzimuth) - expected)).toBeLessThan(1e-6);
  });

  it('never exceeds 1 for identical directions (pvlib GH 1185)', () => {
    expect(aoiCosine(89.26778228223463, 60.932028605997004, 89.26778228223463, 60.932028605997004)).toBeLessThanOrEqual(
      1,
    );
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => aoiCosine(200, 180, 30, 180)).toThrow('surfaceTilt must be within [0, 180], got 200');
    expect(() => aoiCosine(30, 361, 30, 180)).toThrow(/surfaceAzimuth/);
    expect(() => aoiCosine(30, 180, NaN, 180)).toThrow(/solarZenith/);
    expect(() => aoiCosine(30, 180, 30, -1)).toThrow(/solarAzimuth/);
  });
});
