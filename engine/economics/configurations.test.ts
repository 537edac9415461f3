import { describe, expect, it } from 'vitest';
import { loadTariffs } from '../../tests/engine/fixtures';
import { countsToEvaluate, evaluateCounts, productionOf, type EvaluationContext } from './configurations';
import { selfConsumption } from './selfConsumption';

/** A deterministic year: three faces with day-shaped DC (one of them clipped by a high DC/AC ratio), a load with a peak. */
function context(dcAcRatio: number): EvaluationContext {
  const hours = 8760;
  const month = new Uint8Array(hours);
  const load = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    month[h] = Math.min(11, Math.floor(h / 730));
    const hod = h % 24;
    load[h] = 0.2 + (hod >= 18 && hod < 22 ? 0.9 : 0) + 0.05 * Math.sin(h / 97);
  }
  const face = (phase: number, peak: number) => {
    const dc = new Float32Array(hours);
    for (let h = 0; h < hours; h++) {
      const s = Math.sin(((h % 24) - 6 - phase) * (Math.PI / 12));
      dc[h] = s > 0 ? peak * s * (0.6 + 0.4 * Math.cos(h / 1400)) : 0;
    }
    return { dc_w_per_kwp: dc, poa_kwh_m2: 1000 };
  };
  const faces = new Map([
    [0, face(0, 900)],
    [1, face(1.5, 700)],
    [2, face(-2, 400)],
  ]);
  const panels = Array.from({ length: 40 }, (_, i) => ({
    face_index: i % 5 === 4 ? 2 : i % 3 === 2 ? 1 : 0,
    kwp: 0.4,
    light_ratio: 0.8 + (i % 7) / 20,
  }));
  return { panels, faces, load_kwh: load, month, tariffs: loadTariffs(), dcAcRatio, inverterEfficiency: 0.96 };
}

describe('evaluateCounts', () => {
  // Reference: the straightforward chain, the hourly AC of the first n panels (productionOf) balanced against the
  // load hour by hour (selfConsumption). evaluateCounts skips night hours and builds no hourly series: its balance
  // must be the same, to the last bit (same terms, same order).
  it.each([1.2, 2.5])('gives the balance of productionOf then selfConsumption for every count (DC/AC %s)', (ratio) => {
    const ctx = context(ratio);
    const counts = countsToEvaluate(ctx.panels.length);
    const evaluated = evaluateCounts(ctx, counts);
    expect(evaluated.map((e) => e.config.panels)).toEqual(counts);
    const hourly = new Float64Array(ctx.load_kwh.length);
    for (const e of evaluated) {
      const kwp = productionOf(ctx, e.config.panels, hourly);
      const reference = selfConsumption(hourly, ctx.load_kwh, ctx.month);
      expect(e.balance).toEqual(reference);
      expect(e.config.kwp).toBeCloseTo(kwp, 9);
    }
    // The high ratio clips: production grows less than the rating at the top counts.
    const last = evaluated[evaluated.length - 1]!;
    expect(last.balance.production_kwh).toBeGreaterThan(0);
  });

  it('names the hour of a load that is not a finite number ≥ 0', () => {
    const ctx = context(1.2);
    ctx.load_kwh[100] = -1;
    expect(() => evaluateCounts(ctx, [1])).toThrow(/load_kwh\[100\]/);
  });
});
