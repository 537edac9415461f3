/**
 * Pure: the class distribution per year as stacked vertical bars, in SVG user units — one column per year (the first
 * for the stock before any works), G at the bottom and A on top, each segment's height its share of the houses. The
 * DOM side (classChart.ts) only draws what this returns.
 */
import { DPE_LETTERS, type DpeLetter } from '../data/requests';
import { DPE_COLOURS } from './dpeScaleGeometry';

export interface ColumnsBox {
  width: number;
  height: number;
  /** Room on the left for the axis values, under the bars for the years. */
  left: number;
  bottom: number;
  top: number;
  /** Space between columns as a share of a column's slot (0–1). */
  gap: number;
}

export const CLASS_CHART_BOX: ColumnsBox = { width: 360, height: 200, left: 34, bottom: 20, top: 6, gap: 0.25 };

export interface ClassSegment {
  letter: DpeLetter;
  houses: number;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

export interface ClassColumn {
  label: string;
  /** Middle of the column, for its label. */
  x: number;
  total: number;
  segments: ClassSegment[];
}

/**
 * @param columns one per bar, left to right: a label and the houses per class (each ≥ 0, same total in every column)
 * @returns the columns with their segments (empty classes left out) and the axis ticks [%]
 */
export function classChartGeometry(
  columns: readonly { label: string; classes: Record<DpeLetter, number> }[],
  box: ColumnsBox = CLASS_CHART_BOX,
): { columns: ClassColumn[]; ticks: { percent: number; y: number }[]; baseline: number } {
  const plotHeight = box.height - box.top - box.bottom;
  const baseline = box.top + plotHeight;
  const slot = columns.length > 0 ? (box.width - box.left) / columns.length : 0;
  const barWidth = slot * (1 - box.gap);
  const out = columns.map((column, k) => {
    for (const l of DPE_LETTERS) {
      const n = column.classes[l];
      if (!Number.isFinite(n) || n < 0) throw new RangeError(`columns[${k}].classes.${l} must be ≥ 0, got ${n}`);
    }
    const total = DPE_LETTERS.reduce((sum, l) => sum + column.classes[l], 0);
    const x = box.left + k * slot + (slot - barWidth) / 2;
    let y = baseline;
    const segments: ClassSegment[] = [];
    // G at the bottom: the worst classes are what a landlord must get rid of first.
    for (const letter of [...DPE_LETTERS].reverse()) {
      const houses = column.classes[letter];
      if (houses === 0 || total === 0) continue;
      const height = (houses / total) * plotHeight;
      y -= height;
      segments.push({ letter, houses, x, y, width: barWidth, height, colour: DPE_COLOURS[letter] });
    }
    return { label: column.label, x: x + barWidth / 2, total, segments };
  });
  const ticks = [0, 25, 50, 75, 100].map((percent) => ({ percent, y: baseline - (percent / 100) * plotHeight }));
  return { columns: out, ticks, baseline };
}
