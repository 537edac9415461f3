import { describe, expect, it } from 'vitest';
import { monthlyChartGeometry, niceStep, type ChartBox } from './monthlyChartGeometry';

describe('niceStep', () => {
  it('picks the smallest of 1, 2, 2.5, 5 × 10^k not below max / count', () => {
    // 430 / 5 = 86 → 100; 1,000 / 5 = 200 → 200; 1,100 / 5 = 220 → 250; 12 / 5 = 2.4 → 2.5; 0.7 / 5 = 0.14 → 0.2.
    expect(niceStep(430)).toBe(100);
    expect(niceStep(1000)).toBe(200);
    expect(niceStep(1100)).toBe(250);
    expect(niceStep(12)).toBe(2.5);
    expect(niceStep(0.7)).toBeCloseTo(0.2, 12);
    expect(niceStep(0)).toBe(1);
  });
});

describe('monthlyChartGeometry', () => {
  // A 12-month plot area of 120 × 100 units (left 10, top 5): each month a 10-unit slot, baseline at y = 105.
  const box: ChartBox = { width: 140, height: 120, left: 10, right: 10, top: 5, bottom: 15 };
  const production = [20, 35, 60, 85, 100, 105, 105, 90, 70, 45, 25, 20];
  const consumption = [330, 300, 290, 250, 230, 220, 220, 230, 250, 280, 300, 300];
  const chart = monthlyChartGeometry(production, consumption, box);

  it('scales the y axis to a round top over both series', () => {
    // max 330 → step 100 (330 / 5 = 66) → top 400, ticks 0, 100, 200, 300, 400.
    expect(chart.yMax).toBe(400);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 100, 200, 300, 400]);
    expect(chart.ticks[0]!.y).toBe(105);
    expect(chart.ticks[4]!.y).toBe(5);
  });

  it('places a bar per month at its slot, 70 % wide, as tall as its share of the axis', () => {
    // June: 105 / 400 × 100 = 26.25 units tall; slot 5 centre at 10 + 10 × 5.5 = 65, 7 units wide.
    const june = chart.bars[5]!;
    expect(june.height).toBeCloseTo(26.25, 12);
    expect(june.y).toBeCloseTo(105 - 26.25, 12);
    expect(june.x).toBeCloseTo(61.5, 12);
    expect(june.width).toBeCloseTo(7, 12);
    expect(chart.monthX[0]).toBe(15);
  });

  it('draws the consumption line through the month centres', () => {
    // January 330 kWh: 105 − 330 / 400 × 100 = 22.5.
    expect(chart.line[0]).toEqual([15, 22.5]);
    expect(chart.line).toHaveLength(12);
  });

  it('refuses a series that is not twelve months', () => {
    expect(() => monthlyChartGeometry(production.slice(1), consumption)).toThrow(/production must have 12 months/);
  });
});
