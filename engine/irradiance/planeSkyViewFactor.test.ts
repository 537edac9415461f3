import { describe, expect, it } from 'vitest';
import { planeSkyViewFactor } from './planeSkyViewFactor';

const RAD = Math.PI / 180;

describe('planeSkyViewFactor', () => {
  it('gives (1 + cos β)/2 for an empty horizon', () => {
    for (const [tilt, azimuth] of [
      [0, 180],
      [35, 180],
      [60, 75],
      [90, 0],
      [135, 270],
    ] as const) {
      expect(planeSkyViewFactor(new Float32Array(72), tilt, azimuth)).toBeCloseTo((1 + Math.cos(tilt * RAD)) / 2, 12);
    }
  });

  // DESIGN.md §4 reference: a horizontal point at the centre of an infinite street canyon of height/width 1 has
  // SVF = 1/√5. Street along north-south: the walls at ±W/2 east and west rise to tan h = H/(W/2)·|sin φ| = 2|sin φ|.
  it('gives 1/√5 at the centre of a street canyon of height = width', () => {
    const sectors = 360;
    const horizon = Float32Array.from(
      { length: sectors },
      (_, s) => Math.atan(2 * Math.abs(Math.sin((s + 0.5) * (360 / sectors) * RAD))) / RAD,
    );
    expect(planeSkyViewFactor(horizon, 0, 180)).toBeCloseTo(1 / Math.sqrt(5), 4);
  });

  // A vertical plane under a uniform horizon h: SVF = 1/2 − h/π − sin(2h)/(2π) (integral of cos(φ − γ)·cos² e over
  // the front half-space above h, divided by π).
  it('matches the closed form for a wall under a uniform horizon', () => {
    for (const h of [10, 30, 60]) {
      const expected = 0.5 - (h * RAD) / Math.PI - Math.sin(2 * h * RAD) / (2 * Math.PI);
      expect(planeSkyViewFactor(new Float32Array(72).fill(h), 90, 200)).toBeCloseTo(expected, 6);
    }
  });

  it('ignores obstructions below the plane itself and reaches 0 under a 90° horizon', () => {
    const behind = new Float32Array(72);
    // North-west to north-east behind a south plane tilted 35°: its own sky starts at atan(tan 35°·cos 45°) ≈ 26°.
    for (let s = 0; s < 72; s++) if (s < 9 || s >= 63) behind[s] = 20;
    expect(planeSkyViewFactor(behind, 35, 180)).toBeCloseTo((1 + Math.cos(35 * RAD)) / 2, 12);
    expect(planeSkyViewFactor(new Float32Array(72).fill(90), 35, 180)).toBe(0);
    expect(planeSkyViewFactor(new Float32Array(72), 180, 0)).toBe(0);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => planeSkyViewFactor(new Float32Array(72), 200, 180)).toThrow(
      'surfaceTilt must be within [0, 180], got 200',
    );
    expect(() => planeSkyViewFactor(Float32Array.from([0, 0, 95, 0]), 30, 180)).toThrow(/horizon\[2\]/);
    expect(() => planeSkyViewFactor(new Float32Array(2), 30, 180)).toThrow(
      'horizon must have at least 4 sectors, got 2',
    );
  });
});
