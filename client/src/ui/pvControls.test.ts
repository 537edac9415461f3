import { describe, expect, it } from 'vitest';
import { readNumber } from './pvControls';

describe('readNumber', () => {
  it('keeps the household’s answers within the API’s limits (contract: budget > 0, consumption ≤ 100,000, 1–12 occupants)', () => {
    expect(readNumber('', 'budget_eur')).toBeNull();
    expect(readNumber('  ', 'consumption_kwh')).toBeNull();
    expect(readNumber('8000', 'budget_eur')).toBe(8000);
    expect(readNumber('3,5', 'budget_eur')).toBe(3.5);
    expect(readNumber('0', 'budget_eur')).toBeUndefined();
    expect(readNumber('-5', 'consumption_kwh')).toBeUndefined();
    expect(readNumber('100000', 'consumption_kwh')).toBe(100000);
    expect(readNumber('100001', 'consumption_kwh')).toBeUndefined();
    expect(readNumber('abc', 'consumption_kwh')).toBeUndefined();
    expect(readNumber('12', 'occupants')).toBe(12);
    expect(readNumber('13', 'occupants')).toBeUndefined();
    expect(readNumber('2.5', 'occupants')).toBeUndefined();
  });
});
