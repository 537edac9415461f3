import { describe, expect, it } from 'vitest';
import { selfConsumption } from './selfConsumption';

/** Deterministic pseudo-random numbers in [0, 1) (LCG, Numerical Recipes constants) for invariant checks. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('selfConsumption', () => {
  it('nets hour by hour: a 4-hour case computed by hand', () => {
    // hour:        0    1    2    3
    // production:  0    2    3    1   → Σ 6
    // load:        1    1    4    0.5 → Σ 6.5
    // min:         0    1    3    0.5 → self 4.5; export 6 − 4.5 = 1.5; import 6.5 − 4.5 = 2
    const r = selfConsumption([0, 2, 3, 1], [1, 1, 4, 0.5], Uint8Array.from([0, 0, 6, 11]));
    expect(r.self_consumed_kwh).toBe(4.5);
    expect(r.exported_kwh).toBe(1.5);
    expect(r.imported_kwh).toBe(2);
    expect(r.production_kwh).toBe(6);
    expect(r.consumption_kwh).toBe(6.5);
    expect(r.self_consumption_pct).toBeCloseTo(75, 12);
    expect(r.self_sufficiency_pct).toBeCloseTo((100 * 4.5) / 6.5, 12);
    expect(r.monthly.production_kwh).toEqual([2, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 1]);
    expect(r.monthly.consumption_kwh).toEqual([2, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0.5]);
    expect(r.monthly.self_consumed_kwh).toEqual([1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0.5]);
  });

  it('keeps self ≤ min(production, consumption) every hour and closes both balances (random year)', () => {
    const rand = lcg(42);
    const n = 8760;
    const prod = new Float64Array(n);
    const load = new Float64Array(n);
    const month = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      prod[i] = rand() < 0.5 ? 0 : rand() * 5;
      load[i] = rand() * 3;
      month[i] = Math.min(11, Math.floor(i / 730));
    }
    const r = selfConsumption(prod, load, month);
    // Per hour: each one-hour slice satisfies the invariant.
    for (let i = 0; i < n; i += 97) {
      const h = selfConsumption(prod.subarray(i, i + 1), load.subarray(i, i + 1), month.subarray(i, i + 1));
      expect(h.self_consumed_kwh).toBeLessThanOrEqual(Math.min(prod[i]!, load[i]!));
      expect(h.self_consumed_kwh).toBe(Math.min(prod[i]!, load[i]!));
    }
    expect(r.self_consumed_kwh).toBeLessThanOrEqual(Math.min(r.production_kwh, r.consumption_kwh));
    expect(r.self_consumed_kwh + r.exported_kwh).toBeCloseTo(r.production_kwh, 9);
    expect(r.self_consumed_kwh + r.imported_kwh).toBeCloseTo(r.consumption_kwh, 9);
    expect(r.exported_kwh).toBeGreaterThanOrEqual(0);
    expect(r.imported_kwh).toBeGreaterThanOrEqual(0);
    for (let m = 0; m < 12; m++) {
      expect(r.monthly.self_consumed_kwh[m]!).toBeLessThanOrEqual(
        Math.min(r.monthly.production_kwh[m]!, r.monthly.consumption_kwh[m]!),
      );
    }
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    expect(sum(r.monthly.production_kwh)).toBeCloseTo(r.production_kwh, 9);
    expect(r.self_consumption_pct).toBeGreaterThan(0);
    expect(r.self_consumption_pct).toBeLessThanOrEqual(100);
  });

  it('gives 0 % rates, not NaN, when there is no production or no load', () => {
    const r = selfConsumption([0, 0], [0, 0], new Uint8Array(2));
    expect(r.self_consumption_pct).toBe(0);
    expect(r.self_sufficiency_pct).toBe(0);
  });

  it('throws a RangeError naming the argument and hour', () => {
    expect(() => selfConsumption([1, 2], [1], new Uint8Array(2))).toThrow(/load_kwh/);
    expect(() => selfConsumption([1, 2], [1, 2], new Uint8Array(3))).toThrow(/month/);
    expect(() => selfConsumption([1, -2], [1, 2], new Uint8Array(2))).toThrow(/production_kwh\[1\]/);
    expect(() => selfConsumption([1, 2], [Number.NaN, 2], new Uint8Array(2))).toThrow(/load_kwh\[0\]/);
    expect(() => selfConsumption([1, 2], [1, 2], Uint8Array.from([0, 12]))).toThrow(/month\[1\]/);
  });
});
