import { describe, expect, it } from 'vitest';
import { rangeScale, sweepChartGeometry, type SweepBox } from './farmSweepGeometry';

/** A plot of 100 × 100 units from (0, 0): positions are read straight off the scales. */
const BOX: SweepBox = { width: 100, height: 100, left: 0, right: 0, top: 0, bottom: 0 };
const point = (tilt_deg: number, gcr: number, mwp: number, y: number) => ({
  tilt_deg,
  gcr,
  mwp,
  mwh_yr: mwp * y,
  specific_yield_kwh_kwp: y,
});

describe('rangeScale', () => {
  it('spans the data on round steps', () => {
    // 913–987 kWh/kWc: span 74 → niceScale step 20 (74/4 = 18.5 → 20); ends 900 and 1,000.
    expect(rangeScale(913, 987)).toEqual({ min: 900, max: 1000, ticks: [900, 920, 940, 960, 980, 1000] });
    // 1.2–3.4 MWc: span 2.2 → step 1 (2.2 / 4 = 0.55 → 1); ends 1 and 4.
    expect(rangeScale(1.2, 3.4)).toEqual({ min: 1, max: 4, ticks: [1, 2, 3, 4] });
    // One value: a step of its own size around it.
    expect(rangeScale(950, 950).max).toBeGreaterThan(950);
    expect(() => rangeScale(2, 1)).toThrow(/lo and hi/);
  });
});

describe('sweepChartGeometry', () => {
  it('draws one line per tilt through its GCRs, placed on both scales', () => {
    const chart = sweepChartGeometry(
      [point(25, 0.5, 3, 920), point(15, 0.3, 2, 970), point(25, 0.3, 2, 990), point(15, 0.5, 3, 930)],
      BOX,
    );
    expect(chart.lines.map((l) => l.tilt_deg)).toEqual([15, 25]);
    expect(chart.lines[1]!.points.map((p) => p.gcr)).toEqual([0.3, 0.5]);
    // x: 2–3 MWc → step 0.25 (1/4), ends 2 and 3: 2 MWc at x 0, 3 MWc at x 100.
    // y: 920–990 → span 70 → step 20, ends 920 and 1,000: 990 at 100 − 70/80·100 = 12.5, 920 at 100.
    const [a, b] = chart.lines[1]!.points;
    expect([a!.x, a!.y]).toEqual([0, 12.5]);
    expect([b!.x, b!.y]).toEqual([100, 100]);
    expect(chart.lines[1]!.path).toBe('0,12.5 100,100');
    expect(chart.yTicks.map((t) => t.value)).toEqual([920, 940, 960, 980, 1000]);
    expect(chart.xTicks.map((t) => t.value)).toEqual([2, 2.25, 2.5, 2.75, 3]);
  });

  it('refuses an empty sweep', () => {
    expect(() => sweepChartGeometry([], BOX)).toThrow(/sweep/);
  });
});
