/**
 * Pure: the end of a chart's value axis and its ticks — the smallest 1, 2, 2.5 or 5 × 10ⁿ step that covers `max` in at
 * most `maxTicks` steps (the usual "nice numbers" of chart axes; Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990).
 * @param max the largest value to show, ≥ 0
 * @param maxTicks steps wanted at most, ≥ 1
 * @example niceScale(45000, 5) // { max: 50000, step: 10000, ticks: [0, 10000, …, 50000] }
 */
export function niceScale(max: number, maxTicks = 5): { max: number; step: number; ticks: number[] } {
  if (!Number.isFinite(max) || max < 0) throw new RangeError(`max must be a finite number ≥ 0, got ${max}`);
  if (!Number.isInteger(maxTicks) || maxTicks < 1)
    throw new RangeError(`maxTicks must be an integer ≥ 1, got ${maxTicks}`);
  if (max === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s * maxTicks >= max - 1e-9 * max)!;
  const n = Math.ceil(max / step - 1e-9);
  return { max: n * step, step, ticks: Array.from({ length: n + 1 }, (_, k) => k * step) };
}
