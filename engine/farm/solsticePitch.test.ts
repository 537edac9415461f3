import { describe, expect, it } from 'vitest';
import { layoutFarm } from '../../tests/engine/fixtures';
import { shadedFraction1d } from './shadedFraction1d';
import { solsticeNoonElevation, solsticePitch } from './solsticePitch';

describe('solsticePitch (winter-solstice noon rule)', () => {
  // Hand computation at 50.4° N: h = 90 − 50.4 − 23.44 = 16.16°; tan 16.16° = 0.28975.
  // 2P table of 2.278 m modules: L = 2 × 2.278 + 0.02 = 4.576 m; β = 25°: cos 25° = 0.906308, sin 25° = 0.422618.
  // pitch = 4.576 × (0.906308 + 0.422618 / 0.28975) = 4.576 × 2.364795 = 10.8212 m. Tolerance 1 mm (rounding).
  it('equals the closed form L·(cos β + sin β / tan h) at 50.4° N', () => {
    expect(solsticeNoonElevation(50.4)).toBeCloseTo(16.16, 10);
    expect(solsticePitch(4.576, 25, 50.4)).toBeCloseTo(10.8212, 3);
  });

  it('is the pitch layoutFarm uses, and leaves no shade at solar noon on the solstice (shadedFraction1d = 0)', () => {
    const square: [number, number][] = [
      [0, 0],
      [300, 0],
      [300, 300],
      [0, 300],
    ];
    const layout = layoutFarm(square, [], 50.4, { pitch: { kind: 'solstice' } });
    expect(layout.slant_height_m).toBeCloseTo(4.576, 10);
    expect(layout.pitch_m).toBeCloseTo(10.8212, 3);
    // By construction the noon shadow at h just reaches the next row: shaded fraction 0 at h, > 0 just below.
    expect(shadedFraction1d(16.16, 180, 25, 180, layout.gcr)).toBeCloseTo(0, 9);
    expect(shadedFraction1d(15, 180, 25, 180, layout.gcr)).toBeGreaterThan(0.01);
  });

  it('refuses latitudes where the solstice noon sun is too low', () => {
    expect(() => solsticePitch(4.576, 25, 70)).toThrow(/latitude_deg/);
    expect(() => solsticePitch(4.576, 0, 50)).toThrow(/tilt_deg/);
  });
});
