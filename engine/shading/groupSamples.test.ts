import { describe, expect, it } from 'vitest';
import { groupSamples } from './groupSamples';

describe('groupSamples', () => {
  it('keeps the samples of a house in one group', () => {
    // A 16 m × 8 m roof: half-diagonal 8.9 m ≤ 12 m.
    const samples = Float64Array.of(0, 0, 5, 16, 8, 7, 8, 4, 6);
    const { order, start } = groupSamples(samples);
    expect(Array.from(order)).toEqual([0, 1, 2]);
    expect(Array.from(start)).toEqual([0, 3]);
  });

  it('splits a long building into 16 m cells, each within 11.3 m of its centre', () => {
    // 100 m × 10 m, one sample per metre along the middle line and the edges.
    const points: number[] = [];
    for (let x = 0.5; x < 100; x++) for (const y of [0.5, 5, 9.5]) points.push(x, y, 8);
    const samples = Float64Array.from(points);
    const { order, start } = groupSamples(samples);
    expect(start.length - 1).toBe(7);
    expect(new Set(order).size).toBe(samples.length / 3);
    for (let g = 0; g + 1 < start.length; g++) {
      const xs = Array.from(order.subarray(start[g]!, start[g + 1]!), (i) => samples[3 * i]!);
      const ys = Array.from(order.subarray(start[g]!, start[g + 1]!), (i) => samples[3 * i + 1]!);
      const half = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2;
      expect(half).toBeLessThanOrEqual(Math.hypot(16, 16) / 2);
    }
  });
});
