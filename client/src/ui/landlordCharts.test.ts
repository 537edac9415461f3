import { describe, expect, it } from 'vitest';
import { classChartGeometry, type ColumnsBox } from './classChartGeometry';
import { niceScale } from './niceScale';
import { spendChartGeometry } from './spendChartGeometry';

const none = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 0 };
/** A round box: plot 100 units high from y 10 to y 110, columns from x 20 in slots of (220 − 20) / n. */
const BOX: ColumnsBox = { width: 220, height: 130, left: 20, bottom: 20, top: 10, gap: 0.5 };

describe('niceScale', () => {
  it('ends the axis on the first 1, 2, 2.5 or 5 × 10ⁿ step covering the value', () => {
    // 45,000 in ≤ 5 steps: 9,000 rough → 10,000 steps, 5 of them.
    expect(niceScale(45000, 5)).toEqual({ max: 50000, step: 10000, ticks: [0, 10000, 20000, 30000, 40000, 50000] });
    // 30,000 in ≤ 4 steps: 7,500 rough → 10,000 (5,000 × 4 = 20,000 falls short) → 3 steps of 10,000.
    expect(niceScale(30000, 4)).toEqual({ max: 30000, step: 10000, ticks: [0, 10000, 20000, 30000] });
    // 900 in ≤ 4: 225 rough → 250 steps, 4 of them = 1,000.
    expect(niceScale(900, 4).max).toBe(1000);
    expect(niceScale(0).max).toBe(1);
    expect(() => niceScale(-1)).toThrow(/max must be a finite number ≥ 0/);
  });
});

describe('classChartGeometry', () => {
  it('stacks G at the bottom up to A, each segment its share of the plot height', () => {
    // The fixture plan of landlordAnswer.testkit: start D 1, F 1, G 1; after 2027 D 2, F 1; after 2028 C 1, D 2.
    const chart = classChartGeometry(
      [
        { label: 'Départ', classes: { ...none, D: 1, F: 1, G: 1 } },
        { label: '2027', classes: { ...none, D: 2, F: 1 } },
        { label: '2028', classes: { ...none, C: 1, D: 2 } },
      ],
      BOX,
    );
    // Slots of 200 / 3 = 66.67, bars half as wide (33.33), centred: the first bar from 20 + 16.67 = 36.67.
    const [start, , end] = chart.columns;
    expect(start!.segments.map((s) => s.letter)).toEqual(['G', 'F', 'D']);
    expect(start!.segments[0]!.x).toBeCloseTo(36.667, 3);
    expect(start!.segments[0]!.width).toBeCloseTo(33.333, 3);
    // G: one house in three → 33.33 units, from the baseline 110 up to 76.67.
    expect(start!.segments[0]!.y).toBeCloseTo(76.667, 3);
    expect(start!.segments[0]!.height).toBeCloseTo(33.333, 3);
    expect(start!.segments[0]!.colour).toBe('#E30613');
    // The top of every column is the top of the plot (y 10).
    for (const column of chart.columns) expect(column.segments.at(-1)!.y).toBeCloseTo(10, 9);
    // 2028: D two thirds (66.67) at the bottom, C a third on top.
    expect(end!.segments.map((s) => [s.letter, s.houses])).toEqual([
      ['D', 2],
      ['C', 1],
    ]);
    expect(end!.segments[0]!.height).toBeCloseTo(66.667, 3);
    expect(end!.x).toBeCloseTo(20 + 2.5 * (200 / 3), 9);
    expect(chart.ticks.map((t) => t.y)).toEqual([110, 85, 60, 35, 10]);
    expect(() => classChartGeometry([{ label: 'x', classes: { ...none, A: -1 } }])).toThrow(/classes.A must be ≥ 0/);
  });
});

describe('spendChartGeometry', () => {
  it('draws spend bars and the budget step line on one nice axis', () => {
    // The fixture: 25,000 € then 20,000 € spent of 30,000 €/yr → axis to 30,000 € (steps of 10,000).
    const chart = spendChartGeometry(
      [
        { year: 2027, spend_eur: 25000, budget_eur: 30000 },
        { year: 2028, spend_eur: 20000, budget_eur: 30000 },
      ],
      BOX,
    );
    expect(chart.ticks.map((t) => t.value_eur)).toEqual([0, 10000, 20000, 30000]);
    const [a, b] = chart.bars;
    // 25,000 / 30,000 of 100 units = 83.33 high, from the baseline 110.
    expect(a!.height).toBeCloseTo(83.333, 3);
    expect(a!.y).toBeCloseTo(26.667, 3);
    expect(b!.height).toBeCloseTo(66.667, 3);
    // Slots of 100 units, bars 50 wide and centred: x 45 and 145.
    expect(a!.x).toBe(45);
    expect(b!.x).toBe(145);
    expect(a!.budgetY).toBe(10);
    expect(chart.budgetLine).toBe('20,10 120,10 120,10 220,10');
    expect(() => spendChartGeometry([{ year: 2027, spend_eur: -1, budget_eur: 0 }])).toThrow(/must be ≥ 0/);
  });
});
