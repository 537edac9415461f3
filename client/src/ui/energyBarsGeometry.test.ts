import { describe, expect, it } from 'vitest';
import { BARS_BOX, energyBarsGeometry } from './energyBarsGeometry';

const before = { heating: 14000, hotWater: 2500, lighting: 300, auxiliaries: 200 };
const after = { heating: 2800, hotWater: 800, lighting: 300, auxiliaries: 600 };

describe('the end-use bars', () => {
  it('puts before above after for each end use, on one scale ending at the largest value', () => {
    const chart = energyBarsGeometry(before, after);
    expect(chart.bars).toHaveLength(8);
    // Plot width 320 − 76 − 58 = 186; the largest value (heating before, 14,000) fills it.
    const bar = (use: string, when: string) => chart.bars.find((b) => b.use === use && b.when === when)!;
    expect(bar('heating', 'before').width).toBeCloseTo(186, 9);
    // 2,800 / 14,000 × 186 = 37.2; 2,500 / 14,000 × 186 = 33.2143.
    expect(bar('heating', 'after').width).toBeCloseTo(37.2, 9);
    expect(bar('hotWater', 'before').width).toBeCloseTo(33.2143, 4);
    expect(bar('lighting', 'before').width).toBe(bar('lighting', 'after').width);
    // Groups of 9 + 2 + 9 = 20 every 28: lighting (g = 2) after at 2 × 28 + 11 = 67.
    expect(bar('lighting', 'after').y).toBe(67);
    expect(bar('heating', 'before').x).toBe(BARS_BOX.labelWidth);
    expect(chart.labels.map((l) => l.y)).toEqual([10, 38, 66, 94]);
    // 4 × 28 − 8.
    expect(chart.height).toBe(104);
  });

  it('draws the "before" bars alone without a package, and refuses a negative value', () => {
    const alone = energyBarsGeometry(before, null);
    expect(alone.bars.map((b) => b.when)).toEqual(['before', 'before', 'before', 'before']);
    // Groups of 9 every 17: 4 × 17 − 8.
    expect(alone.height).toBe(60);
    expect(energyBarsGeometry({ heating: 0, hotWater: 0, lighting: 0, auxiliaries: 0 }, null).bars[0]!.width).toBe(0);
    expect(() => energyBarsGeometry(before, { ...after, lighting: -1 })).toThrow(
      /after\.lighting must be a number ≥ 0/,
    );
  });
});
