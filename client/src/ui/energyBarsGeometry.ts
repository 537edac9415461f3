/**
 * Pure: the before/after breakdown of final energy by end use as horizontal bars, in SVG user units — one group per
 * end use (chauffage, eau chaude, éclairage, auxiliaires), the "before" bar above the "after" bar, both on one scale
 * whose end is the largest value shown. The DOM side (energyBreakdownChart.ts) only draws what this returns.
 */
import type { DwellingState } from '../../../contracts';

/** The four end uses of the chart, in the order it shows them (its own keys, one per i18n label). */
export const END_USES = ['heating', 'hotWater', 'lighting', 'auxiliaries'] as const;
export type EndUse = (typeof END_USES)[number];

/** The chart's end uses of a state's `final_kwh` [kWh/yr]. */
export function endUses(final_kwh: DwellingState['final_kwh']): Record<EndUse, number> {
  return {
    heating: final_kwh.heating,
    hotWater: final_kwh.hot_water,
    lighting: final_kwh.lighting,
    auxiliaries: final_kwh.auxiliaries,
  };
}

export interface BarsBox {
  width: number;
  /** Room for the end-use names on the left and the values on the right. */
  labelWidth: number;
  valueWidth: number;
  bar: number;
  /** Between the two bars of a group, and between groups. */
  barGap: number;
  groupGap: number;
}

export const BARS_BOX: BarsBox = { width: 320, labelWidth: 76, valueWidth: 58, bar: 9, barGap: 2, groupGap: 8 };

export interface EnergyBar {
  use: EndUse;
  when: 'before' | 'after';
  x: number;
  y: number;
  width: number;
  height: number;
  value_kwh: number;
}

export interface EnergyBars {
  height: number;
  bars: EnergyBar[];
  /** Baseline of each group's name (the middle of the group). */
  labels: { use: EndUse; y: number }[];
}

/**
 * @param before final energy by end use before works [kWh/yr], each ≥ 0
 * @param after the same after works [kWh/yr]; null draws the "before" bars alone
 */
export function energyBarsGeometry(
  before: Record<EndUse, number>,
  after: Record<EndUse, number> | null,
  box: BarsBox = BARS_BOX,
): EnergyBars {
  for (const [name, values] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (values === null) continue;
    for (const use of END_USES)
      if (!(Number.isFinite(values[use]) && values[use] >= 0))
        throw new RangeError(`${name}.${use} must be a number ≥ 0 [kWh/yr], got ${values[use]}`);
  }
  const whens = after === null ? (['before'] as const) : (['before', 'after'] as const);
  const max = Math.max(...END_USES.flatMap((u) => whens.map((w) => (w === 'before' ? before : after!)[u])));
  const plot = box.width - box.labelWidth - box.valueWidth;
  const groupHeight = whens.length * box.bar + (whens.length - 1) * box.barGap;
  const bars: EnergyBar[] = [];
  const labels: EnergyBars['labels'] = [];
  END_USES.forEach((use, g) => {
    const top = g * (groupHeight + box.groupGap);
    labels.push({ use, y: top + groupHeight / 2 });
    whens.forEach((when, k) => {
      const value_kwh = (when === 'before' ? before : after!)[use];
      bars.push({
        use,
        when,
        x: box.labelWidth,
        y: top + k * (box.bar + box.barGap),
        width: max > 0 ? (value_kwh / max) * plot : 0,
        height: box.bar,
        value_kwh,
      });
    });
  });
  return { height: END_USES.length * (groupHeight + box.groupGap) - box.groupGap, bars, labels };
}
