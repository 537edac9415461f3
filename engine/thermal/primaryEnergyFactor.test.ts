import { describe, expect, it } from 'vitest';
import { ghgFactor } from './ghg';
import { primaryEnergyFactor } from './primaryEnergyFactor';

describe('primaryEnergyFactor (arrêté du 13 août 2025: electricity 1.9 from 1 January 2026, 2.3 before)', () => {
  it('switches on 1 January 2026', () => {
    expect(primaryEnergyFactor('electricity', '2025-12-31')).toBe(2.3);
    expect(primaryEnergyFactor('electricity', '2025-12-31T23:59:59Z')).toBe(2.3);
    expect(primaryEnergyFactor('electricity', '2026-01-01')).toBe(1.9);
    expect(primaryEnergyFactor('electricity', new Date(Date.UTC(2026, 0, 1)))).toBe(1.9);
  });
  it('other carriers count 1', () => {
    for (const c of ['gas', 'oil', 'wood', 'district_heat', 'lpg', 'coal'] as const) {
      expect(primaryEnergyFactor(c, '2025-06-01')).toBe(1);
    }
  });
  it('a date out of range names the field', () => {
    expect(() => primaryEnergyFactor('gas', '3000-01-01')).toThrow(/date/);
    expect(() => primaryEnergyFactor('gas', 'yesterday')).toThrow(/date/);
  });
  it('3CL GHG factors (Open3CL coef_ges): gas 0.227, electric heating 0.079, electric hot water 0.065', () => {
    expect(ghgFactor('gas', 'heating')).toBe(0.227);
    expect(ghgFactor('electricity', 'heating')).toBe(0.079);
    expect(ghgFactor('electricity', 'hot_water')).toBe(0.065);
  });
});
