import { describe, expect, it } from 'vitest';
import { DPE_BOX, DPE_COLOURS, dpeScaleGeometry, relativeLuminance, textColourOn } from './dpeScaleGeometry';

describe('the DPE scale', () => {
  it('computes relative luminance as WCAG 2.1 defines it', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
    // A #009036 by hand: G 144/255 → ((0.5647 + 0.055) / 1.055)^2.4 = 0.2789, B 54/255 → 0.0369;
    // 0.7152 × 0.2789 + 0.0722 × 0.0369 = 0.2021 (4 digits carried: ± 0.0005).
    expect(relativeLuminance(DPE_COLOURS.A)).toBeCloseTo(0.2021, 3);
    // G #E30613: R 227/255 → 0.7681, G 6/255 → 0.0235 / 12.92 = 0.00182, B 19/255 → 0.00651;
    // 0.2126 × 0.7681 + 0.7152 × 0.00182 + 0.0722 × 0.00651 = 0.1651 (± 0.0005).
    expect(relativeLuminance(DPE_COLOURS.G)).toBeCloseTo(0.1651, 3);
    expect(() => relativeLuminance('red')).toThrow(/hex must be "#RRGGBB"/);
  });

  it('writes each letter in black or white, whichever contrasts more', () => {
    // A: black 0.2521 / 0.05 = 5.04 against white 1.05 / 0.2521 = 4.17 → black.
    expect(textColourOn(DPE_COLOURS.A)).toBe('#000000');
    // G: black 0.2151 / 0.05 = 4.30 against white 1.05 / 0.2151 = 4.88 → white.
    expect(textColourOn(DPE_COLOURS.G)).toBe('#ffffff');
    // The yellow D is as light as it gets on the scale.
    expect(textColourOn(DPE_COLOURS.D)).toBe('#000000');
  });

  it('lays the seven bars out longer from A to G, and points the arrows at their rows', () => {
    const scale = dpeScaleGeometry('F', 'C');
    expect(scale.rows.map((r) => r.letter).join('')).toBe('ABCDEFG');
    // Bars 70 + 18 k: A 70, G 70 + 6 × 18 = 178.
    expect(scale.rows[0]!.width).toBe(70);
    expect(scale.rows[6]!.width).toBe(178);
    // Rows every 20 + 3 below a 14 header: F (k = 5) at 14 + 5 × 23 = 129, C (k = 2) at 60.
    expect(scale.rows[5]!.y).toBe(129);
    expect(scale.current).toMatchObject({ letter: 'F', y: 129, tipX: DPE_BOX.currentX, tipY: 139 });
    expect(scale.after).toMatchObject({ letter: 'C', y: 60, tipX: DPE_BOX.afterX, tipY: 70 });
    // The arrow point on the left, then clockwise: 196,139 204,129 256,129 256,149 204,149.
    expect(scale.current.points).toBe('196,139 204,129 256,129 256,149 204,149');
    // 14 + 7 × 23 − 3.
    expect(scale.height).toBe(172);
    // Every arrow stays within the box, right of the longest bar.
    expect(DPE_BOX.afterX + DPE_BOX.arrowWidth).toBeLessThanOrEqual(DPE_BOX.width);
    expect(DPE_BOX.currentX).toBeGreaterThan(scale.rows[6]!.width);
  });

  it('draws no "after" arrow without a package, and refuses a class outside A–G', () => {
    expect(dpeScaleGeometry('G', null).after).toBeNull();
    expect(() => dpeScaleGeometry('H' as 'A', null)).toThrow(/letter must be one of A–G, got "H"/);
  });
});
