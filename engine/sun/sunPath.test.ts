import { describe, expect, it } from 'vitest';
import { solarPosition } from './solarPosition';
import { sunPath } from './sunPath';

describe('sunPath', () => {
  const lens = { lat: 50.4322, lon: 2.8333 };

  it('samples the UTC day and brackets the events', () => {
    const path = sunPath(Date.UTC(2024, 5, 21, 15, 7), lens.lat, lens.lon, 30);
    expect(path.positions).toHaveLength(48);
    expect(path.positions[0]!.timeUtcMs).toBe(Date.UTC(2024, 5, 21));
    expect(path.alwaysUp || path.alwaysDown).toBe(false);
    const rise = path.sunriseUtcMs!;
    const set = path.sunsetUtcMs!;
    // Sunrise/sunset: geometric centre at −0.833°; solarPosition adds suncalc's refraction, which it holds at its
    // horizon value (Meeus 16.4 at h = 0: 0.484°) for negative altitudes, so the apparent elevation reads −0.349°.
    expect(solarPosition(rise, lens.lat, lens.lon).elevation_deg).toBeCloseTo(-0.833 + 0.484, 2);
    expect(solarPosition(set, lens.lat, lens.lon).elevation_deg).toBeCloseTo(-0.833 + 0.484, 2);
    expect(rise).toBeLessThan(path.solarNoonUtcMs);
    expect(set).toBeGreaterThan(path.solarNoonUtcMs);
    // Longest day at Lens: ≈ 16 h 26 min of daylight (published almanacs give 16 h 25-27 min for 50.4° N).
    expect((set - rise) / 3_600_000).toBeCloseTo(16.44, 1);
    const noon = solarPosition(path.solarNoonUtcMs, lens.lat, lens.lon);
    expect(noon.azimuth_deg).toBeCloseTo(180, 1);
  });

  it('reports polar day and night', () => {
    expect(sunPath(Date.UTC(2024, 5, 21), 80, 0, 60).alwaysUp).toBe(true);
    const night = sunPath(Date.UTC(2024, 11, 21), 80, 0, 60);
    expect(night.alwaysDown).toBe(true);
    expect(night.sunriseUtcMs).toBeNull();
    expect(night.positions.every((p) => p.elevation_deg < 0)).toBe(true);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => sunPath(0, 50, 2, 0)).toThrow(/stepMinutes must be within \[1, 1440\], got 0/);
    expect(() => sunPath(0, 95, 2, 60)).toThrow(/latitude_deg/);
    expect(() => sunPath(NaN, 50, 2, 60)).toThrow(/dateUtcMs/);
  });
});
