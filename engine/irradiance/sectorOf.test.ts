import { describe, expect, it } from 'vitest';
import { sectorOf } from './sectorOf';
import { seededRandom } from './testing';

/** The definition sectorOf keeps: wrap with two remainders, scale, floor, clamp. */
function plainSectorOf(azimuth_deg: number, sectors: number): number {
  const s = Math.floor((((azimuth_deg % 360) + 360) % 360) * (sectors / 360));
  return s >= sectors ? sectors - 1 : s;
}

describe('sectorOf', () => {
  it('places azimuths in sectors clockwise from north', () => {
    expect(sectorOf(0, 72)).toBe(0);
    expect(sectorOf(4.999, 72)).toBe(0);
    expect(sectorOf(5, 72)).toBe(1);
    expect(sectorOf(180, 72)).toBe(36);
    expect(sectorOf(359.9, 72)).toBe(71);
    expect(sectorOf(360, 72)).toBe(0);
    expect(sectorOf(-5, 72)).toBe(71);
  });

  // The fast path for [0, 360) skips the remainders; it must give the plain definition's sector for every azimuth,
  // down to the ones where a + 360 rounds (359.99999999999994 + 360 rounds to 720: sector 0 in both).
  it('equals the plain definition, edge azimuths and 100 000 random ones included', () => {
    const random = seededRandom(360);
    const edges = [0, -0, 1e-300, 5e-324, 1e-14, 359.99999999999994, 360 - 1e-13, 360, 720, -1e-14, -360.5, 1e6, NaN];
    const mismatches: [number, number][] = [];
    for (const sectors of [4, 7, 72, 360, 3600]) {
      const azimuths = [...edges];
      for (let k = 0; k < 20_000; k++) {
        // Half uniform, half within 1e-12° of a sector boundary.
        azimuths.push(k % 2 === 0 ? 360 * random() : (k % sectors) * (360 / sectors) + 1e-12 * (random() - 0.5));
      }
      for (const azimuth of azimuths) {
        if (!Object.is(sectorOf(azimuth, sectors), plainSectorOf(azimuth, sectors)))
          mismatches.push([azimuth, sectors]);
      }
    }
    expect(mismatches).toEqual([]);
    expect(sectorOf(359.99999999999994, 72)).toBe(0);
  });
});
