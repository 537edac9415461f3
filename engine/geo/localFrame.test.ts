import { describe, expect, it } from 'vitest';
import { createLocalFrame } from './localFrame';
import { wgs84Radii } from './wgs84Radii';

/** Meridian arc length between two latitudes [m], by Simpson integration of M(φ) (reference, independent of the frame). */
function meridianArc_m(lat1_deg: number, lat2_deg: number, steps = 200): number {
  const h = (lat2_deg - lat1_deg) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const w = i === 0 || i === steps ? 1 : i % 2 ? 4 : 2;
    sum += w * wgs84Radii(lat1_deg + i * h).meridional_m;
  }
  return ((sum * h) / 3) * (Math.PI / 180);
}

describe('createLocalFrame', () => {
  const lens = createLocalFrame(2.8333, 50.4322);

  it('maps the origin to [0, 0]', () => {
    expect(lens.toLocal([2.8333, 50.4322])).toEqual([0, 0]);
  });

  it('round-trips within 1 mm over ±20 km', () => {
    for (const p of [
      [0, 0],
      [20_000, -20_000],
      [-15_432.123, 7_890.456],
      [3.2, 0.001],
    ] as [number, number][]) {
      const back = lens.toLocal(lens.toLonLat(p));
      expect(Math.hypot(back[0] - p[0], back[1] - p[1])).toBeLessThan(0.001);
    }
  });

  it('measures 1° of latitude at 50.4° N as ≈ 111.2 km (WGS84 meridian arc)', () => {
    // Reference: the meridian arc from 49.9° to 50.9° N integrated from M(φ) (Torge & Müller 2012, §4.1.2).
    // Tolerance 1 m against the integral, 0.05 km against the rounded figure.
    const frame = createLocalFrame(2.8, 50.4);
    const north_m = frame.toLocal([2.8, 50.9])[1] - frame.toLocal([2.8, 49.9])[1];
    expect(north_m).toBeCloseTo(meridianArc_m(49.9, 50.9), 0);
    expect(north_m / 1000).toBeCloseTo(111.2, 1);
  });

  it('matches the published lengths of a degree on WGS84 (Wikipedia "Latitude" and "Longitude" tables, ±1 m)', () => {
    // Latitude: 110.574 km at 0°, 111.132 km at 45°, 111.412 km at 60°; longitude: 111.320, 78.847, 55.800 km.
    const cases: [number, number, number][] = [
      [0, 110_574, 111_320],
      [45, 111_132, 78_847],
      [60, 111_412, 55_800],
    ];
    for (const [lat, latDegree_m, lonDegree_m] of cases) {
      const frame = createLocalFrame(2, lat);
      const [east] = frame.toLocal([3, lat]);
      const [, north] = frame.toLocal([2, lat + 1e-3]);
      expect(Math.abs(east - lonDegree_m)).toBeLessThan(1);
      expect(Math.abs(north * 1000 - latDegree_m)).toBeLessThan(1);
    }
  });

  it('stays within the documented error 20 km from the origin', () => {
    const origin_lat = 50.4;
    const frame = createLocalFrame(2.8, origin_lat);
    // North: find the latitude 20 km north along the true meridian arc; the frame's north is 0.3 m off.
    const lat20 = origin_lat + 20_000 / (wgs84Radii(origin_lat).meridional_m * (Math.PI / 180));
    const northError_m = frame.toLocal([2.8, lat20])[1] - meridianArc_m(origin_lat, lat20);
    expect(Math.abs(northError_m)).toBeLessThan(0.35);
    // East: along the parallel 20 km north, the frame's east scale is off by tanφ₀·d/R ≈ 0.38 %.
    const { primeVertical_m } = wgs84Radii(lat20);
    const trueEast_m = primeVertical_m * Math.cos((lat20 * Math.PI) / 180) * (Math.PI / 180) * 0.2;
    const frameEast_m = frame.toLocal([3.0, lat20])[0];
    const relative = Math.abs(frameEast_m - trueEast_m) / trueEast_m;
    expect(relative).toBeGreaterThan(0.0035);
    expect(relative).toBeLessThan(0.004);
  });

  it('rejects an origin out of range, naming the argument', () => {
    expect(() => createLocalFrame(200, 50)).toThrow(/originLon_deg/);
    expect(() => createLocalFrame(2, 89)).toThrow(/originLat_deg/);
    expect(() => createLocalFrame(2, Number.NaN)).toThrow(/originLat_deg/);
  });
});
