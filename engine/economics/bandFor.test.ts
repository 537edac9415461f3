import { describe, expect, it } from 'vitest';
import { bandFor } from './bandFor';

describe('bandFor', () => {
  const bands = [{ max_kwp: 3 }, { max_kwp: 9 }, { max_kwp: 36 }, { max_kwp: 100 }];

  it('picks the first band whose max is ≥ kwp, bounds inclusive (CRE bands are "≤ 3 kWc", "≤ 9 kWc", …)', () => {
    expect(bandFor(bands, 0.4)).toBe(bands[0]);
    expect(bandFor(bands, 3)).toBe(bands[0]);
    expect(bandFor(bands, 3.01)).toBe(bands[1]);
    expect(bandFor(bands, 9)).toBe(bands[1]);
    expect(bandFor(bands, 36.5)).toBe(bands[3]);
    expect(bandFor(bands, 100)).toBe(bands[3]);
  });

  it('throws a RangeError naming kwp outside the bands', () => {
    expect(() => bandFor(bands, 0)).toThrow(RangeError);
    expect(() => bandFor(bands, -1)).toThrow(/kwp/);
    expect(() => bandFor(bands, Number.NaN)).toThrow(/kwp/);
    expect(() => bandFor(bands, 101)).toThrow(/kwp must be ≤ 100/);
  });
});
