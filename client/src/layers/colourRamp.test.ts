import { describe, expect, it } from 'vitest';
import { RAMP_STOPS, rampColour, rampColourAt, rampGradientCss, rampPosition, rampTable } from './colourRamp';

/** Relative luminance of an sRGB colour (IEC 61966-2-1 transfer, Rec. 709 weights). */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

describe('colour ramp', () => {
  it('runs from plasma dark blue at ≤ 700 to plasma yellow at ≥ 1,200 kWh/m²/yr', () => {
    expect(rampColour(400)).toEqual([13, 8, 135]);
    expect(rampColour(700)).toEqual([13, 8, 135]);
    expect(rampColour(1200)).toEqual([240, 249, 33]);
    expect(rampColour(1500)).toEqual([240, 249, 33]);
    expect(rampPosition(950)).toBeCloseTo(0.5, 12);
  });

  it('is orange in the upper middle and passes through every stop', () => {
    // 1,057 kWh/m² sits at t = 5/7: the sixth stop, #f48849.
    expect(rampColour(700 + (500 * 5) / 7)).toEqual([244, 136, 73]);
    for (let k = 0; k < RAMP_STOPS.length; k++) {
      const hex = rampColourAt(k / (RAMP_STOPS.length - 1))
        .map((c) => c.toString(16).padStart(2, '0'))
        .join('');
      expect(`#${hex}`).toBe(RAMP_STOPS[k]);
    }
  });

  it('gets lighter all the way, so higher irradiation always reads brighter', () => {
    let previous = -1;
    for (let kwh = 700; kwh <= 1200; kwh += 5) {
      const y = luminance(rampColour(kwh));
      expect(y).toBeGreaterThan(previous);
      previous = y;
    }
  });

  it('fills a 256-entry table and a CSS gradient', () => {
    const table = rampTable();
    expect([...table.slice(0, 3)]).toEqual([13, 8, 135]);
    expect([...table.slice(255 * 3)]).toEqual([240, 249, 33]);
    expect(rampGradientCss()).toMatch(/^linear-gradient\(to right, #0d0887 0\.0%, .* #f0f921 100\.0%\)$/);
  });

  it('refuses NaN', () => {
    expect(() => rampColour(Number.NaN)).toThrow(RangeError);
  });
});
