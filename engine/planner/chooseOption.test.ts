import { describe, expect, it } from 'vitest';
import { banDates } from './banDates';
import { chooseOption } from './chooseOption';
import { CAL, house, opt } from './planStock.testkit';
import { targetRank } from './targetRank';

// Calendar: G 2025-01-01, F 2028-01-01, E 2034-01-01 (loi Climat et Résilience, fixtures rental_ban).
const dates = banDates(CAL);

describe('targetRank', () => {
  it('legal: lettable after the last deadline by the end of the horizon', () => {
    expect(targetRank({ kind: 'legal' }, dates, '2027-01-01')).toBe(5); // only G banned by then: F is enough
    expect(targetRank({ kind: 'legal' }, dates, '2031-01-01')).toBe(4); // F banned 2028: E
    expect(targetRank({ kind: 'legal' }, dates, '2034-01-01')).toBe(3); // E banned 2034: D
    expect(targetRank({ kind: 'legal' }, dates, '2024-01-01')).toBe(6); // nothing banned yet
    expect(targetRank({ kind: 'min_class', letter: 'C' }, dates, '2031-01-01')).toBe(2);
  });
});

describe('chooseOption', () => {
  const g = house(1, 'G', 500, [opt('toF', 'F', 10_000), opt('toE', 'E', 30_000), opt('toC', 'C', 60_000)]);

  it('takes the cheapest package meeting the target', () => {
    expect(chooseOption(g, 4, true, dates, 2026)).toMatchObject({ option: { package_id: 'toE' }, reaches: true });
    expect(chooseOption(g, 3, true, dates, 2026)).toMatchObject({ option: { package_id: 'toC' }, reaches: true });
  });

  it('breaks cost ties by better class, then package id, whatever the order of the options', () => {
    const h = house(1, 'G', 500, [opt('b', 'E', 30_000), opt('a', 'E', 30_000), opt('z', 'D', 30_000)]);
    expect(chooseOption(h, 4, true, dates, 2026)!.option.package_id).toBe('z');
    const h2 = house(1, 'G', 500, [opt('b', 'E', 30_000), opt('a', 'E', 30_000)]);
    expect(chooseOption(h2, 4, true, dates, 2026)!.option.package_id).toBe('a');
    expect(chooseOption({ ...h2, options: [...h2.options].reverse() }, 4, true, dates, 2026)!.option.package_id).toBe(
      'a',
    );
  });

  it('legal fallback: the package lettable the longest, if it outlasts the current class and the works date', () => {
    // Target D (2034 in the horizon); only F (2028) and E (2034) reachable: E, lettable the longest.
    const h = house(1, 'G', 500, [opt('toF', 'F', 10_000), opt('toE', 'E', 30_000)]);
    expect(chooseOption(h, 3, true, dates, 2026)).toMatchObject({ option: { package_id: 'toE' }, reaches: false });
    // Starting 2030, F is banned before any works count (2031-01-01): nothing worth doing.
    expect(chooseOption(house(1, 'G', 500, [opt('toF', 'F', 10_000)]), 3, true, dates, 2030)).toBeNull();
    // A package that does not improve the class is never chosen.
    expect(chooseOption(house(1, 'F', 400, [opt('same', 'F', 1_000)]), 4, true, dates, 2026)).toBeNull();
  });

  it('min_class fallback: the best class, then the cheapest, if better than now', () => {
    const h = house(1, 'F', 400, [opt('a', 'D', 50_000), opt('b', 'D', 40_000), opt('c', 'E', 10_000)]);
    expect(chooseOption(h, 1, false, dates, 2026)).toMatchObject({ option: { package_id: 'b' }, reaches: false });
    expect(chooseOption(house(1, 'D', 200, [opt('x', 'D', 1)]), 1, false, dates, 2026)).toBeNull();
  });
});
