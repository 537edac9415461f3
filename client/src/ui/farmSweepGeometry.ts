/**
 * Pure: the tilt × GCR sweep as a line chart in SVG user units — x the farm's power [MWc], y its specific yield
 * [kWh/kWc], one line per tilt through its GCRs in increasing order. Denser rows (higher GCR) put more MWc on the
 * site at the cost of more row-to-row shading (lower kWh/kWc): the chart shows that trade-off for each tilt. Both axes
 * span the data's range on round steps (niceScale), since a yield axis from 0 would flatten the differences.
 */
import type { FarmSweepPoint } from '../../../contracts';
import { niceScale } from './niceScale';

export interface SweepBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const SWEEP_BOX: SweepBox = { width: 360, height: 200, left: 44, right: 10, top: 10, bottom: 28 };

export interface SweepLine {
  tilt_deg: number;
  points: (FarmSweepPoint & { x: number; y: number })[];
  /** "x,y x,y …" for a polyline. */
  path: string;
}

/** An axis over [lo, hi] on round steps: the step of niceScale over the span, ends on whole steps. */
export function rangeScale(lo: number, hi: number, maxTicks = 4): { min: number; max: number; ticks: number[] } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi)
    throw new RangeError(`lo and hi must be finite with lo ≤ hi, got ${lo}, ${hi}`);
  const span = hi - lo;
  const step = niceScale(span > 0 ? span : Math.abs(hi) || 1, maxTicks).step;
  const min = Math.floor(lo / step + 1e-9) * step;
  let max = Math.ceil(hi / step - 1e-9) * step;
  if (max <= min) max = min + step;
  const n = Math.round((max - min) / step);
  // Rounded to the step's decimals so ticks read 0.3, not 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return { min, max, ticks: Array.from({ length: n + 1 }, (_, k) => Number((min + k * step).toFixed(digits))) };
}

/**
 * @param sweep points of the sweep (any order)
 * @returns one line per tilt (ascending), each through its GCRs (ascending), and the ticks of both axes
 */
export function sweepChartGeometry(
  sweep: readonly FarmSweepPoint[],
  box: SweepBox = SWEEP_BOX,
): {
  lines: SweepLine[];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  baseline: number;
} {
  if (sweep.length === 0) throw new RangeError('sweep must hold at least one point');
  const xs = rangeScale(Math.min(...sweep.map((p) => p.mwp)), Math.max(...sweep.map((p) => p.mwp)));
  const ys = rangeScale(
    Math.min(...sweep.map((p) => p.specific_yield_kwh_kwp)),
    Math.max(...sweep.map((p) => p.specific_yield_kwh_kwp)),
  );
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const baseline = box.top + plotH;
  const xOf = (v: number) => box.left + ((v - xs.min) / (xs.max - xs.min)) * plotW;
  const yOf = (v: number) => baseline - ((v - ys.min) / (ys.max - ys.min)) * plotH;
  const tilts = [...new Set(sweep.map((p) => p.tilt_deg))].sort((a, b) => a - b);
  const lines = tilts.map((tilt_deg) => {
    const points = sweep
      .filter((p) => p.tilt_deg === tilt_deg)
      .sort((a, b) => a.gcr - b.gcr)
      .map((p) => ({ ...p, x: xOf(p.mwp), y: yOf(p.specific_yield_kwh_kwp) }));
    return { tilt_deg, points, path: points.map((p) => `${p.x},${p.y}`).join(' ') };
  });
  return {
    lines,
    xTicks: xs.ticks.map((value) => ({ value, x: xOf(value) })),
    yTicks: ys.ticks.map((value) => ({ value, y: yOf(value) })),
    baseline,
  };
}
