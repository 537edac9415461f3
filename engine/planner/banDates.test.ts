import { describe, expect, it } from 'vitest';
import { loadRenovationCatalogue } from '../../tests/engine/fixtures';
import { rentalBan } from '../renovation/rentalBan';
import { DPE_CLASSES } from '../renovation/types';
import { banDates, NEVER } from './banDates';

const cal = loadRenovationCatalogue().rental_ban;

describe('banDates', () => {
  it('reads the loi Climat et Résilience calendar: G 2025-01-01, F 2028-01-01, E 2034-01-01, A–D never', () => {
    // Source: loi n° 2021-1104 art. 160 (dates in fixtures/renovation/measures.json rental_ban).
    expect(banDates(cal)).toEqual({
      A: NEVER,
      B: NEVER,
      C: NEVER,
      D: NEVER,
      E: '2034-01-01',
      F: '2028-01-01',
      G: '2025-01-01',
    });
  });

  it('agrees with rentalBan: allowed the day before, forbidden on the date', () => {
    const dates = banDates(cal);
    for (const letter of DPE_CLASSES) {
      const d = dates[letter];
      if (d === NEVER) {
        expect(rentalBan(letter, '2099-12-31', cal).allowed).toBe(true);
        continue;
      }
      const before = new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(rentalBan(letter, before, cal).allowed).toBe(true);
      expect(rentalBan(letter, d, cal).allowed).toBe(false);
    }
  });

  it('takes the earliest step at or above a class, whatever the order of the steps', () => {
    const shuffled = { ...cal, steps: [cal.steps[2]!, cal.steps[0]!, cal.steps[1]!] };
    expect(banDates(shuffled)).toEqual(banDates(cal));
    // A hypothetical calendar where E is banned before F: F inherits the E date.
    const odd = { ...cal, steps: [{ class: 'E' as const, from: '2026-01-01', source: 'test' }] };
    expect(banDates(odd)).toMatchObject({ D: NEVER, E: '2026-01-01', F: '2026-01-01', G: '2026-01-01' });
  });

  it('names a bad step', () => {
    expect(() => banDates({ ...cal, steps: [{ class: 'H' as never, from: '2025-01-01', source: '' }] })).toThrow(
      /calendar\.steps\[0\]\.class/,
    );
    expect(() => banDates({ ...cal, steps: [{ class: 'G', from: '2025-02-30', source: '' }] })).toThrow(
      /calendar\.steps\[0\]\.from/,
    );
    expect(() => banDates({} as never)).toThrow(/calendar\.steps/);
  });
});
