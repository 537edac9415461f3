import { describe, expect, it } from 'vitest';
import { loadRenovationCatalogue } from '../../tests/engine/fixtures';
import { rentalBan } from './rentalBan';

// Loi Climat et Résilience (2021-1104, art. 160): G from 2025-01-01, F from 2028-01-01, E from 2034-01-01;
// décret 2021-19: above 450 kWh/m²/yr of final energy from 2023-01-01.
const cal = loadRenovationCatalogue().rental_ban;

describe('rentalBan', () => {
  it('allows F on 31 Dec 2027 and forbids it on 1 Jan 2028', () => {
    expect(rentalBan('F', '2027-12-31', cal)).toMatchObject({ allowed: true, next_deadline: '2028-01-01' });
    expect(rentalBan('F', '2028-01-01', cal)).toMatchObject({ allowed: false, banned_since: '2028-01-01' });
  });

  it('bans G from 1 Jan 2025 and E from 1 Jan 2034', () => {
    expect(rentalBan('G', '2024-12-31', cal)).toMatchObject({ allowed: true, next_deadline: '2025-01-01' });
    expect(rentalBan('G', '2025-01-01', cal).allowed).toBe(false);
    expect(rentalBan('G', '2030-06-01', cal).banned_since).toBe('2025-01-01');
    expect(rentalBan('E', '2033-12-31', cal)).toMatchObject({ allowed: true, next_deadline: '2034-01-01' });
    expect(rentalBan('E', '2034-01-01', cal).allowed).toBe(false);
    expect(rentalBan('E', '2026-11-26', cal).next_deadline).toBe('2034-01-01');
  });

  it('never bans A to D and schedules nothing for them', () => {
    for (const c of ['A', 'B', 'C', 'D'] as const)
      expect(rentalBan(c, '2040-01-01', cal)).toMatchObject({ allowed: true, next_deadline: null });
  });

  it('bans a dwelling above 450 kWh/m²/yr of final energy from 1 Jan 2023', () => {
    expect(rentalBan('G', '2022-12-31', cal, 500).allowed).toBe(true);
    expect(rentalBan('G', '2023-01-01', cal, 500)).toMatchObject({ allowed: false, banned_since: '2023-01-01' });
    expect(rentalBan('G', '2023-01-01', cal, 450).allowed).toBe(true);
  });

  it('names bad arguments', () => {
    expect(() => rentalBan('H' as never, '2026-01-01', cal)).toThrow(/dpe_class/);
    expect(() => rentalBan('F', '01/01/2028', cal)).toThrow(/date/);
    expect(() => rentalBan('F', '2028-13-45', cal)).toThrow(/date/);
    expect(() => rentalBan('F', '2027-02-30', cal)).toThrow(/date/);
    expect(() => rentalBan('F', '2028-01-01', cal, -3)).toThrow(/final_kwh_m2_yr/);
  });
});
