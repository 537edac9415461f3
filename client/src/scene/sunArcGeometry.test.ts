import { describe, expect, it } from 'vitest';
import { sunPath } from '../../../engine/sun/sunPath';
import { arcAboveHorizon, skyDirection } from './sunArcGeometry';
import { daylight, skyColour, sunStrength } from './daylight';

describe('skyDirection', () => {
  it('points south and up for a noon sun, in three.js axes', () => {
    const [x, y, z] = skyDirection(180, 30);
    expect(x).toBeCloseTo(0, 12);
    expect(y).toBeCloseTo(0.5, 12);
    expect(z).toBeCloseTo(Math.cos(Math.PI / 6), 12);
    expect(skyDirection(90, 0)[0]).toBeCloseTo(1, 12);
  });
});

describe('arcAboveHorizon', () => {
  it('keeps the day part of the path and starts and ends on the horizon', () => {
    // Lens, 21 June: sunrise in the north-east, sunset in the north-west (sunPath over the UTC day, 10 min steps).
    const path = sunPath(Date.UTC(2025, 5, 21), 50.4385, 2.7915, 10).positions;
    const arc = arcAboveHorizon(path);
    expect(arc[0]!.elevation_deg).toBe(0);
    expect(arc[arc.length - 1]!.elevation_deg).toBe(0);
    expect(arc[0]!.azimuth_deg).toBeGreaterThan(40);
    expect(arc[0]!.azimuth_deg).toBeLessThan(60);
    expect(arc[arc.length - 1]!.azimuth_deg).toBeGreaterThan(300);
    expect(arc.slice(1, -1).every((p) => p.elevation_deg > 0)).toBe(true);
    // About 16 h 20 min of day: 98 samples of 10 min plus the two crossings.
    expect(arc.length).toBeGreaterThan(95);
    expect(arc.length).toBeLessThan(102);
  });

  it('interpolates a crossing across north and gives nothing for a sun that never rises', () => {
    const arc = arcAboveHorizon([
      { azimuth_deg: 350, elevation_deg: -1 },
      { azimuth_deg: 10, elevation_deg: 1 },
      { azimuth_deg: 20, elevation_deg: 2 },
    ]);
    expect(arc[0]).toEqual({ azimuth_deg: 0, elevation_deg: 0 });
    expect(arcAboveHorizon([{ azimuth_deg: 0, elevation_deg: -3 }])).toEqual([]);
  });
});

describe('daylight', () => {
  it('is night below −6°, day above +6°, and the sky darkens accordingly', () => {
    expect(daylight(-10)).toBe(0);
    expect(daylight(0)).toBe(0.5);
    expect(daylight(20)).toBe(1);
    expect(skyColour(30)).toBe('#b9d2e8');
    expect(skyColour(-30)).toBe('#141d2b');
    expect(sunStrength(-1)).toBe(0);
    expect(sunStrength(3)).toBe(0.5);
    expect(() => daylight(Number.NaN)).toThrow(RangeError);
  });
});
