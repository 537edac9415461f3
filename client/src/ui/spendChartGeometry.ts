/**
 * Pure: spend per year as vertical bars and the yearly budget as a line over them, in SVG user units, on one axis
 * whose end is a nice number above the largest of both. The DOM side (spendChart.ts) only draws what this returns.
 */
import type { ColumnsBox } from './classChartGeometry';
import { niceScale } from './niceScale';

export const SPEND_CHART_BOX: ColumnsBox = { width: 360, height: 170, left: 44, bottom: 20, top: 8, gap: 0.3 };

export interface SpendBar {
  year: number;
  spend_eur: number;
  budget_eur: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Middle of the year's slot (bar and budget point). */
  centre: number;
  /** Height of the budget line at the year [SVG units]. */
  budgetY: number;
}

/**
 * @param years one per year: spend and budget [€], each ≥ 0
 * @returns bars, the budget polyline's points ("x,y x,y …", from the left edge of the first slot to the right edge of
 *   the last, a step per year), the axis ticks [€] and the baseline
 */
export function spendChartGeometry(
  years: readonly { year: number; spend_eur: number; budget_eur: number }[],
  box: ColumnsBox = SPEND_CHART_BOX,
): { bars: SpendBar[]; budgetLine: string; ticks: { value_eur: number; y: number }[]; baseline: number } {
  years.forEach((y, k) => {
    if (!(y.spend_eur >= 0) || !(y.budget_eur >= 0))
      throw new RangeError(`years[${k}] spend_eur and budget_eur must be ≥ 0, got ${y.spend_eur}, ${y.budget_eur}`);
  });
  const scale = niceScale(Math.max(0, ...years.map((y) => Math.max(y.spend_eur, y.budget_eur))), 4);
  const plotHeight = box.height - box.top - box.bottom;
  const baseline = box.top + plotHeight;
  const yOf = (eur: number) => baseline - (eur / scale.max) * plotHeight;
  const slot = years.length > 0 ? (box.width - box.left) / years.length : 0;
  const barWidth = slot * (1 - box.gap);
  const bars = years.map((y, k) => {
    const left = box.left + k * slot;
    return {
      year: y.year,
      spend_eur: y.spend_eur,
      budget_eur: y.budget_eur,
      x: left + (slot - barWidth) / 2,
      y: yOf(y.spend_eur),
      width: barWidth,
      height: baseline - yOf(y.spend_eur),
      centre: left + slot / 2,
      budgetY: yOf(y.budget_eur),
    };
  });
  // A step line: the budget holds for the whole of its year's slot.
  const points = bars.flatMap((b, k) => {
    const left = box.left + k * slot;
    return [`${left},${b.budgetY}`, `${left + slot},${b.budgetY}`];
  });
  return {
    bars,
    budgetLine: points.join(' '),
    ticks: scale.ticks.map((value_eur) => ({ value_eur, y: yOf(value_eur) })),
    baseline,
  };
}
