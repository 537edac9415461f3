import { describe, expect, it } from 'vitest';
import { incomeBand } from './incomeBand';
import { loadRenovationCatalogue } from '../../tests/engine/fixtures';
import { maPrimeRenov, type MaPrimeRenovInput } from './maPrimeRenov';

const cat = loadRenovationCatalogue();
const ceilings = cat.maprimerenov.income_ceilings;

// A "BBC rénovation" of a miner's house, F → C (3 classes): 52,750 € TTC = 50,000 € HT at 5.5 % VAT.
const bbc: Omit<MaPrimeRenovInput, 'income_band' | 'household_size'> = {
  region: 'other',
  owner: 'owner_occupier',
  measures: [
    { id: 'attic_insulation', quantity: 35 },
    { id: 'wall_insulation_external', quantity: 55 },
    { id: 'windows_uw13', quantity: 10 },
    { id: 'heat_pump_air_water', quantity: 1 },
  ],
  classes_before: 'F',
  classes_after: 'C',
  cost: 52750,
};

describe('incomeBand (2026 ceilings, other regions)', () => {
  it('puts an income equal to a ceiling in that band and one euro more in the next', () => {
    // 2 people: 25,393 / 32,553 / 45,842 € (Anah 2026 via caprenov-nouveautes-2026).
    expect(incomeBand(25393, 2, 'other', ceilings)).toBe('tres_modeste');
    expect(incomeBand(25394, 2, 'other', ceilings)).toBe('modeste');
    expect(incomeBand(32553, 2, 'other', ceilings)).toBe('modeste');
    expect(incomeBand(45842, 2, 'other', ceilings)).toBe('intermediaire');
    expect(incomeBand(45843, 2, 'other', ceilings)).toBe('superieur');
    expect(incomeBand(17363, 1, 'other', ceilings)).toBe('tres_modeste');
  });

  it('adds the extra-person amount above five people', () => {
    // 7 people, très modeste: 40,835 + 2 × 5,150 = 51,135 € (5-person ceiling confirmed, extra derived).
    expect(incomeBand(51135, 7, 'other', ceilings)).toBe('tres_modeste');
    expect(incomeBand(51136, 7, 'other', ceilings)).toBe('modeste');
  });

  it('uses the higher Île-de-France ceilings', () => {
    // 1 person: 24,031 € in Île-de-France (2025's 23,768 × 1.011064) vs 17,363 € elsewhere.
    expect(incomeBand(20000, 1, 'ile_de_france', ceilings)).toBe('tres_modeste');
    expect(incomeBand(20000, 1, 'other', ceilings)).toBe('modeste');
  });

  it('names bad arguments', () => {
    expect(() => incomeBand(-1, 2, 'other', ceilings)).toThrow(/income_eur/);
    expect(() => incomeBand(20000, 0, 'other', ceilings)).toThrow(/household_size/);
    expect(() => incomeBand(20000, 2.5, 'other', ceilings)).toThrow(/household_size/);
    expect(() => incomeBand(20000, 2, 'paris' as never, ceilings)).toThrow(/region/);
  });
});

describe("maPrimeRenov: rénovation d'ampleur (≥ 2 classes from E/F/G, ≥ 2 insulation measures)", () => {
  // Hand computation: HT = 52,750 / 1.055 = 50,000 € > ceiling 40,000 € HT (≥ 3 classes) → rate × 40,000.
  // Effy's table of the September 2025 rules gives the same maxima: 32,000 / 24,000 / 18,000 / 4,000 €.
  it.each([
    ['tres_modeste', 32000],
    ['modeste', 24000],
    ['intermediaire', 18000],
    ['superieur', 4000],
  ] as const)('%s household: %d €', (band, expected) => {
    const r = maPrimeRenov({ ...bbc, income_band: band, household_size: 2 }, cat);
    expect(r.path).toBe('ampleur');
    expect(r.aid_eur).toBeCloseTo(expected, 6);
  });

  it('caps a two-class gain at 30,000 € HT and uses the HT cost below the cap', () => {
    const twoClasses = { ...bbc, income_band: 'tres_modeste' as const, household_size: 2, classes_after: 'D' as const };
    expect(maPrimeRenov(twoClasses, cat).aid_eur).toBeCloseTo(0.8 * 30000, 6);
    // 21,100 € TTC = 20,000 € HT < 30,000 → 60 % × 20,000 = 12,000 € for a modest household.
    expect(maPrimeRenov({ ...twoClasses, income_band: 'modeste', cost: 21100 }, cat).aid_eur).toBeCloseTo(12000, 6);
  });

  it('finds the band from the income when none is given', () => {
    // 3 people earning 35,000 € outside Île-de-France: 30,540 < 35,000 ≤ 39,148 → modeste → 60 % × 40,000.
    const r = maPrimeRenov({ ...bbc, income_eur: 35000, household_size: 3 }, cat);
    expect(r.band).toBe('modeste');
    expect(r.aid_eur).toBeCloseTo(24000, 6);
  });
});

describe('maPrimeRenov: par geste', () => {
  const geste = (
    band: 'tres_modeste' | 'modeste' | 'intermediaire' | 'superieur',
    cost: number,
  ): MaPrimeRenovInput => ({
    income_band: band,
    household_size: 4,
    region: 'other',
    owner: 'owner_occupier',
    measures: [
      { id: 'heat_pump_air_water', quantity: 1 },
      { id: 'windows_uw13', quantity: 10 },
      { id: 'attic_insulation', quantity: 35 },
    ],
    classes_before: 'E',
    classes_after: 'D',
    cost,
  });

  it('sums the forfaits by band (one class gained: not ampleur)', () => {
    // Heat pump 5,000 / 4,000 / 3,000 €; 10 m² of windows = ceil(10 / 1.25) = 8 windows × 100 / 80 / 40 €;
    // attic insulation is not a geste (CEE only).
    expect(maPrimeRenov(geste('tres_modeste', 20000), cat).aid_eur).toBeCloseTo(5000 + 800, 6);
    expect(maPrimeRenov(geste('modeste', 20000), cat).aid_eur).toBeCloseTo(4000 + 640, 6);
    expect(maPrimeRenov(geste('intermediaire', 20000), cat).aid_eur).toBeCloseTo(3000 + 320, 6);
    const attic = maPrimeRenov(geste('tres_modeste', 20000), cat).lines.find((l) => l.id === 'attic_insulation');
    expect(attic?.aid_eur).toBe(0);
  });

  it('gives nothing to the highest band and caps by the écrêtement share of the TTC cost', () => {
    const sup = maPrimeRenov(geste('superieur', 20000), cat);
    expect(sup.aid_eur).toBe(0);
    expect(sup.path).toBe('none');
    // Modeste: 4,640 € of forfaits on 6,000 € of works → capped at 75 % × 6,000 = 4,500 €.
    expect(maPrimeRenov(geste('modeste', 6000), cat).aid_eur).toBeCloseTo(4500, 6);
  });

  it('does not pay wall insulation per geste in 2026', () => {
    const walls = { ...geste('tres_modeste', 10000), measures: [{ id: 'wall_insulation_internal', quantity: 55 }] };
    expect(maPrimeRenov(walls, cat).aid_eur).toBe(0);
  });
});

describe('maPrimeRenov: who is eligible', () => {
  it('gives 0 to a social landlord, with the reason', () => {
    const r = maPrimeRenov({ ...bbc, income_band: 'tres_modeste', household_size: 2, owner: 'social_landlord' }, cat);
    expect(r.aid_eur).toBe(0);
    expect(r.path).toBe('none');
    expect(r.reason).toMatch(/ne sont pas éligibles/);
    expect(r.reason).toMatch(/éco-PLS/);
  });

  it('treats a private landlord with the owner-occupier amounts', () => {
    const r = maPrimeRenov({ ...bbc, income_band: 'modeste', household_size: 2, owner: 'landlord_private' }, cat);
    expect(r.aid_eur).toBeCloseTo(24000, 6);
  });

  it('names bad fields', () => {
    const ok = { ...bbc, income_band: 'modeste' as const, household_size: 2 };
    expect(() => maPrimeRenov({ ...ok, cost: -5 }, cat)).toThrow(/cost/);
    expect(() => maPrimeRenov({ ...ok, classes_before: 'H' as never }, cat)).toThrow(/classes_before/);
    expect(() => maPrimeRenov({ ...ok, measures: [{ id: 'nope', quantity: 1 }] }, cat)).toThrow(/measures\[0\]\.id/);
    expect(() => maPrimeRenov({ ...ok, owner: 'bank' as never }, cat)).toThrow(/owner/);
    expect(() => maPrimeRenov({ ...ok, income_band: undefined }, cat)).toThrow(/income_eur/);
  });
});
