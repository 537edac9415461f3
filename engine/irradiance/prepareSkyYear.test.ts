import { describe, expect, it } from 'vitest';
import { extraterrestrialIrradiance } from '../sun/extraterrestrialIrradiance';
import { relativeAirMass } from '../sun/relativeAirMass';
import { solarPosition } from '../sun/solarPosition';
import { DEFAULT_TIME_OFFSET_MINUTES, prepareSkyYear } from './prepareSkyYear';
import { syntheticYear } from './testing';

describe('prepareSkyYear', () => {
  const labels = [Date.UTC(2015, 0, 1, 0), Date.UTC(2016, 5, 20, 11), Date.UTC(2009, 8, 30, 23)];
  const year = syntheticYear(labels, [0, 700, 0], [0, 600, 0], [0, 150, 0]);

  it('puts the sun at label + 10 min by default, with E₀, air mass and the label’s month', () => {
    expect(DEFAULT_TIME_OFFSET_MINUTES).toBe(10);
    const sky = prepareSkyYear(year, { latitude_deg: 50.4322, longitude_deg: 2.8333 });
    expect(sky.timeOffsetMinutes).toBe(10);
    labels.forEach((label, i) => {
      const p = solarPosition(label + 10 * 60_000, 50.4322, 2.8333);
      expect(sky.azimuth_deg[i]).toBeCloseTo(p.azimuth_deg, 12);
      expect(sky.elevation_deg[i]).toBeCloseTo(p.elevation_deg, 12);
      expect(sky.zenith_deg[i]).toBeCloseTo(p.zenith_deg, 12);
    });
    expect(Array.from(sky.month)).toEqual([0, 5, 8]);
    expect(sky.dniExtra[1]).toBeCloseTo(extraterrestrialIrradiance(172), 9); // 20 June of a leap year
    expect(sky.airmass[1]).toBeCloseTo(relativeAirMass(sky.zenith_deg[1]!), 12);
    expect(sky.airmass[0]).toBeNaN(); // midnight: sun below the horizon
    expect(sky.ghi).toBe(year.ghi_w_m2);
  });

  it('honours another offset', () => {
    const sky = prepareSkyYear(year, { latitude_deg: 50.4322, longitude_deg: 2.8333, timeOffsetMinutes: -30 });
    expect(sky.elevation_deg[1]).toBeCloseTo(
      solarPosition(labels[1]! - 30 * 60_000, 50.4322, 2.8333).elevation_deg,
      12,
    );
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => prepareSkyYear(year, { latitude_deg: 95, longitude_deg: 2 })).toThrow(/latitude_deg/);
    expect(() => prepareSkyYear(year, { latitude_deg: 50, longitude_deg: 2, timeOffsetMinutes: 90 })).toThrow(
      'timeOffsetMinutes must be within [-60, 60], got 90',
    );
    const broken = { ...year, dni_w_m2: new Float32Array(2) };
    expect(() => prepareSkyYear(broken, { latitude_deg: 50, longitude_deg: 2 })).toThrow(/weather.dni_w_m2/);
  });
});
