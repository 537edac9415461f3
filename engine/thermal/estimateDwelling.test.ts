import { describe, expect, it } from 'vitest';
import { adultEquivalents } from './adultEquivalents';
import { estimateDwelling } from './estimateDwelling';
import { hotWaterNeed } from './hotWaterNeed';
import { flatClimate, record, rectangularHouse } from '../../tests/engine/referenceHouse';

describe('estimateDwelling', () => {
  const climate = flatClimate(6, 30);
  const gasHouse = rectangularHouse(record('cite_jardin', '1915_1948'), 80, 2, 1);

  it('is flagged as an estimate and ties the chain together', () => {
    const e = estimateDwelling(gasHouse, climate, '2026-02-01');
    expect(e.estimate).toBe(true);
    expect(e.notice).toMatch(/pas un DPE/);
    const final = e.final.lines.reduce((s, l) => s + l.final_kwh, 0);
    expect(e.final.total_kwh).toBeCloseTo(final, 9);
    // gas 1, electricity (lighting) 1.9 in 2026
    const expectedEp = e.final.lines.reduce((s, l) => s + l.final_kwh * (l.carrier === 'electricity' ? 1.9 : 1), 0);
    expect(e.primary_kwh).toBeCloseTo(expectedEp, 6);
  });
  it('an electrically heated house scores lower EP from 2026 (factor 2.3 → 1.9)', () => {
    const d = {
      ...gasHouse,
      heating: { system: 'electric_direct' as const, carrier: 'electricity' as const, efficiency: 0.95 },
    };
    const before = estimateDwelling(d, climate, '2025-12-31').ep_kwh_m2;
    const after = estimateDwelling(d, climate, '2026-01-01').ep_kwh_m2;
    expect(after / before).toBeLessThan(1);
    expect(() => estimateDwelling(d, climate, '3000-01-01')).toThrow(/date/);
  });
  it('3CL hot water: N_adeq(100 m²) = 1.975; need = 1.163·1.975·56·29·365/1000 = 1 361.5 kWh (hand)', () => {
    expect(adultEquivalents(100)).toBeCloseTo(1.975, 9);
    expect(adultEquivalents(50)).toBeCloseTo(1.375, 9);
    expect(adultEquivalents(20)).toBe(1);
    expect(hotWaterNeed(1.975, 11)).toBeCloseTo(1361.53, 1);
  });
});
