import { describe, expect, it } from 'vitest';
import { createShadingScene } from './createShadingScene';
import { horizonAt } from './horizonAt';
import { skyViewFactor } from './skyViewFactor';
import { boxBuilding } from './testing/boxBuilding';

const RAD = Math.PI / 180;

/**
 * Reference by brute force: midpoint rule over 3600 azimuths × 2000 elevations of max(0, cos θ)·cos e above each
 * sector's horizon, divided by π. Its own error is ~5e-8 on smooth parts.
 */
function bruteForce(horizon: Float32Array, tilt: number, azimuth: number): number {
  const n = [
    Math.sin(tilt * RAD) * Math.sin(azimuth * RAD),
    Math.sin(tilt * RAD) * Math.cos(azimuth * RAD),
    Math.cos(tilt * RAD),
  ];
  const NP = 3600;
  const NE = 2000;
  let sum = 0;
  for (let i = 0; i < NP; i++) {
    const phi = ((i + 0.5) / NP) * 2 * Math.PI;
    const h = horizon[Math.floor((i * horizon.length) / NP)]! * RAD;
    const de = (Math.PI / 2 - h) / NE;
    for (let j = 0; j < NE; j++) {
      const e = h + (j + 0.5) * de;
      const c = n[0]! * Math.cos(e) * Math.sin(phi) + n[1]! * Math.cos(e) * Math.cos(phi) + n[2]! * Math.sin(e);
      if (c > 0) sum += c * Math.cos(e) * ((2 * Math.PI) / NP) * de;
    }
  }
  return sum / Math.PI;
}

describe('skyViewFactor', () => {
  it('gives (1 + cos β)/2 for an unobstructed plane of any tilt and azimuth', () => {
    // Source: the isotropic sky view factor of a tilted plane (Liu & Jordan 1963; Duffie & Beckman 2013 §2.16).
    // Tolerance 1e-8: closed forms for β ≤ 90° (measured ≤ 2e-15), Gauss–Legendre for β > 90° (measured ≤ 2e-9).
    const open = new Float32Array(72);
    for (const tilt of [0, 10, 30, 45, 60, 89, 90, 91, 120, 179, 180]) {
      for (const azimuth of [0, 37, 180, 271.5]) {
        expect(Math.abs(skyViewFactor(open, tilt, azimuth) - (1 + Math.cos(tilt * RAD)) / 2)).toBeLessThan(1e-8);
      }
    }
  });

  it('gives cos² h for a horizontal plane under a uniform horizon h', () => {
    // Source: (1/π)∫₀^{2π}∫_h^{π/2} sin e cos e de dφ = cos² h. Tolerance 1e-12.
    for (const h of [0, 5, 20, 45, 80, 90]) {
      expect(skyViewFactor(new Float32Array(36).fill(h), 0, 0)).toBeCloseTo(Math.cos(Math.fround(h) * RAD) ** 2, 12);
    }
  });

  it('gives 1/√5 at the centre of a street canyon with H/W = 1 (Oke 1987)', () => {
    // Source: Oke 1987 (Boundary Layer Climates), ψ_sky = cos(atan(2H/W)) = 1/√5 = 0.44721 for H/W = 1, infinite
    // canyon. Model: two 1 m thick walls 10 m high, 2 km long, 10 m apart; point on the ground at the centre. The
    // horizon is a sector maximum, so the SVF errs low by ≈ 1.6/sectors (0.022 with 72 sectors, 0.0044 with 360);
    // 3600 sectors bring it within the tolerance of 1e-3.
    const canyon = createShadingScene({
      buildings: [boxBuilding(1, 5, -1000, 6, 1000, 10), boxBuilding(2, -6, -1000, -5, 1000, 10)],
      heaps: [],
    });
    const svf = skyViewFactor(horizonAt(canyon, [0, 0, 0], { sectors: 3600 }), 0, 0);
    expect(Math.abs(svf - 1 / Math.sqrt(5))).toBeLessThan(1e-3);
    expect(svf).toBeLessThan(1 / Math.sqrt(5));
    expect(Math.abs(skyViewFactor(horizonAt(canyon, [0, 0, 0], { sectors: 72 }), 0, 0) - 0.425)).toBeLessThan(1e-3);
  });

  it('matches a brute-force double integral for tilted planes under an irregular horizon', () => {
    // Reference: `bruteForce`; tolerance 1e-6 (measured differences ≤ 5e-8).
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const horizon = Float32Array.from({ length: 36 }, () => random() * 40);
    for (const [tilt, azimuth] of [
      [30, 180],
      [60, 100],
      [90, 250],
      [135, 20],
    ] as const) {
      expect(Math.abs(skyViewFactor(horizon, tilt, azimuth) - bruteForce(horizon, tilt, azimuth))).toBeLessThan(1e-6);
    }
  });

  it('decreases when the horizon rises', () => {
    const low = new Float32Array(72).fill(5);
    const high = low.slice();
    high.fill(25, 30, 42);
    expect(skyViewFactor(high, 35, 180)).toBeLessThan(skyViewFactor(low, 35, 180));
    expect(skyViewFactor(high, 35, 0)).toBeLessThanOrEqual(skyViewFactor(low, 35, 0));
  });

  it('rejects invalid arguments with a RangeError naming them', () => {
    expect(() => skyViewFactor(new Float32Array(3), 0, 0)).toThrow(/horizon/);
    expect(() => skyViewFactor(new Float32Array(72).fill(-1), 0, 0)).toThrow(/horizon\[0\]/);
    expect(() => skyViewFactor(new Float32Array(72), 200, 0)).toThrow(/tilt_deg/);
    expect(() => skyViewFactor(new Float32Array(72), 20, NaN)).toThrow(/azimuth_deg/);
  });
});
