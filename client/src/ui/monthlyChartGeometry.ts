/**
 * Pure: where the monthly chart's marks go, in SVG user units: twelve production bars, the consumption line through
 * the month centres, and round y ticks. The DOM side (pvChart.ts) only draws what this returns.
 */

export interface ChartBox {
  width: number;
  height: number;
  /** Margins left for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_BOX: ChartBox = { width: 320, height: 170, left: 40, right: 8, top: 16, bottom: 24 };
/** Share of a month's slot a bar fills [-]. */
const BAR_SHARE = 0.7;

/**
 * The round step for about `count` ticks up to `max`: the smallest of 1, 2, 2.5, 5 × 10^k not below max / count.
 * @example niceStep(430, 5) // 100 (430 / 5 = 86 → 100)
 */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  if (!(count >= 1)) throw new RangeError(`count must be ≥ 1, got ${count}`);
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw * (1 - 1e-12))!;
  return factor * magnitude;
}

export interface MonthlyChart {
  /** Top of the y axis [kWh]. */
  yMax: number;
  ticks: { value: number; y: number }[];
  bars: { x: number; y: number; width: number; height: number }[];
  /** Consumption line, one point per month. */
  line: [number, number][];
  /** Centre of each month's slot (x of its label). */
  monthX: number[];
}

/**
 * @param production twelve monthly values [kWh], January first
 * @param consumption twelve monthly values [kWh]
 */
export function monthlyChartGeometry(
  production: readonly number[],
  consumption: readonly number[],
  box: ChartBox = CHART_BOX,
): MonthlyChart {
  if (production.length !== 12) throw new RangeError(`production must have 12 months, got ${production.length}`);
  if (consumption.length !== 12) throw new RangeError(`consumption must have 12 months, got ${consumption.length}`);
  const max = Math.max(...production, ...consumption, 0);
  const step = niceStep(max);
  const yMax = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const baseline = box.top + plotHeight;
  const y = (value: number) => baseline - (Math.max(value, 0) / yMax) * plotHeight;
  const slot = plotWidth / 12;
  const monthX = Array.from({ length: 12 }, (_, m) => box.left + slot * (m + 0.5));
  const ticks: MonthlyChart['ticks'] = [];
  for (let k = 0; k * step <= yMax * (1 + 1e-12); k++) ticks.push({ value: k * step, y: y(k * step) });
  return {
    yMax,
    ticks,
    bars: production.map((v, m) => ({
      x: monthX[m]! - (slot * BAR_SHARE) / 2,
      y: y(v),
      width: slot * BAR_SHARE,
      height: baseline - y(v),
    })),
    line: consumption.map((v, m) => [monthX[m]!, y(v)]),
    monthX,
  };
}
