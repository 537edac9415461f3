import { describe, expect, it } from 'vitest';
import { parseRenovation } from './parseRenovation';
import { renovationAnswerJson, type RenovationAnswerJson } from './renovationAnswer.testkit';

/** A copy of the fixture with one change applied. */
function changed(change: (json: RenovationAnswerJson & Record<string, unknown>) => void): unknown {
  const json = renovationAnswerJson() as RenovationAnswerJson & Record<string, unknown>;
  change(json);
  return json;
}

type Loose = Record<string, unknown>;
const loose = (value: unknown) => value as Loose;

describe('parseRenovation', () => {
  it('reads the answer into the client’s names', () => {
    const r = parseRenovation(renovationAnswerJson());
    expect(r.buildingId).toBe(42);
    expect(r.date).toBe('2026-11-26');
    expect(r.owner).toBe('owner_occupier');
    expect(r.notice).toBe('Estimation, pas un DPE officiel.');
    expect(r.current.letter).toBe('F');
    expect(r.current.energyLetter).toBe('F');
    expect(r.current.ghgLetter).toBe('E');
    expect(r.current.ep_kwh_m2).toBe(380);
    // 14,000 + 2,500 + 300 + 200 kWh, written by hand in the fixture.
    expect(r.current.final_kwh).toEqual({
      heating: 14000,
      hotWater: 2500,
      lighting: 300,
      auxiliaries: 200,
      total: 17000,
    });
    expect(r.current.rental).toEqual({ allowed: true, bannedFrom: '2028-01-01' });
    expect(r.packages.map((p) => p.id)).toEqual(['bbc_renovation', 'sortie_de_passoire_pac', 'gestes_simples']);
    const bbc = r.packages[0]!;
    expect(bbc.after.letter).toBe('B');
    expect(bbc.cost).toEqual({ low_eur: 60000, central_eur: 75000, high_eur: 90000 });
    expect(bbc.aid_eur).toBe(24000);
    expect(bbc.netCost_eur).toBe(51000);
    expect(bbc.classesGained).toBe(4);
    expect(bbc.measures[1]).toEqual({
      id: 'wall_insulation_internal',
      labelFr: 'Isolation des murs par l’intérieur',
      labelEn: 'Isolation des murs par l’intérieur (en)',
      cost: { low_eur: 12000, central_eur: 16000, high_eur: 20000 },
    });
    expect(r.dwelling.floorArea_m2).toBe(72);
    expect(r.dwelling.unesco).toBe(true);
    expect(r.dwelling.hotWater).toBe('gas_boiler');
    expect(r.withPv!.kwp).toBe(3);
    expect(r.withPv!.current.letter).toBe('E');
    expect(r.withPv!.bestPackage!.letter).toBe('B');
    expect(r.energyPrices.eur_kwh.electricity).toBe(0.194);
  });

  it('accepts a house without PV estimate, no package, unknown year and typology, a string id', () => {
    const r = parseRenovation(
      changed((j) => {
        j.with_pv = null;
        j.packages = [];
        j.dwelling.year_built = null;
        j.dwelling.typology = null;
        loose(j).building_id = '42';
      }),
    );
    expect(r.withPv).toBeNull();
    expect(r.packages).toEqual([]);
    expect(r.dwelling.yearBuilt).toBeNull();
    expect(r.buildingId).toBe(42);
  });

  it('accepts a payback without savings being null, and a G house banned since 2025', () => {
    const r = parseRenovation(
      changed((j) => {
        const p = j.packages[2]!;
        // Bill after = bill before: no savings, no payback.
        p.after.bill_eur_yr = 1900;
        p.savings_eur_yr = 0;
        loose(p).payback_years = null;
        j.current.rental = { allowed: false, banned_from: '2025-01-01' };
      }),
    );
    expect(r.packages[2]!.payback_yr).toBeNull();
    expect(r.current.rental).toEqual({ allowed: false, bannedFrom: '2025-01-01' });
  });

  const malformed: [string, (j: RenovationAnswerJson & Record<string, unknown>) => void, RegExp][] = [
    ['a missing current state', (j) => delete loose(j).current, /^current: expected an object/],
    ['a class H', (j) => (loose(j.current).letter = 'H'), /^current\.letter must be one of A, B/],
    [
      'a class better than its two letters',
      (j) => (j.current.letter = 'E'),
      /^current\.letter \(E\) must be the worse of energy_letter \(F\) and ghg_letter \(E\)/,
    ],
    ['a negative EP', (j) => (j.packages[1]!.after.ep_kwh_m2 = -1), /^packages\[1\]\.after\.ep_kwh_m2 must be within/],
    [
      'a total that is not the sum',
      (j) => (j.current.final_kwh.total = 18000),
      /^current\.final_kwh\.total \(18000\) must be the sum of the end uses \(17000\)/,
    ],
    ['a missing end use', (j) => delete loose(j.current.final_kwh).lighting, /^current\.final_kwh\.lighting: expected/],
    [
      'a ban date in the past while letting is allowed',
      (j) => (j.current.rental.banned_from = '2025-01-01'),
      /^current\.rental\.banned_from must be after 2026-11-26/,
    ],
    [
      'a ban without its date',
      (j) => (j.current.rental = { allowed: false, banned_from: null }),
      /^current\.rental\.banned_from must be a date on or before 2026-11-26/,
    ],
    ['an unknown owner', (j) => (j.owner = 'tenant'), /^owner must be one of owner_occupier/],
    [
      'a cost range out of order',
      (j) => (j.packages[0]!.cost_eur.low = 80000),
      /^packages\[0\]\.cost_eur\.central must be within \[80000/,
    ],
    [
      'an aid above the cost',
      (j) => (j.packages[2]!.aid_eur = 6000),
      /^packages\[2\]\.aid_eur must be within \[0, 5000\]/,
    ],
    [
      'a net cost that is not cost − aid',
      (j) => (j.packages[0]!.net_cost_eur = 75000),
      /^packages\[0\]\.net_cost_eur \(75000\) must be cost_eur\.central − aid_eur/,
    ],
    [
      'savings that are not the bills’ difference',
      (j) => (j.packages[1]!.savings_eur_yr = 900),
      /^packages\[1\]\.savings_eur_yr \(900\) must be the bill before − the bill after/,
    ],
    [
      'classes gained that do not match the letters',
      (j) => (j.packages[1]!.classes_gained = 3),
      /^packages\[1\]\.classes_gained \(3\) must be 2 \(F → D\)/,
    ],
    [
      'an aid for a social landlord',
      (j) => (j.owner = 'social_landlord'),
      /^packages\[0\]\.aid_eur must be 0 for a social landlord, got 24000/,
    ],
    [
      'a payback without savings',
      (j) => {
        j.packages[2]!.after.bill_eur_yr = 2000;
        j.packages[2]!.savings_eur_yr = -100;
      },
      /^packages\[2\]\.payback_years must be null when savings_eur_yr is -100/,
    ],
    [
      'savings without a payback',
      (j) => (loose(j.packages[0]).payback_years = null),
      /^packages\[0\]\.payback_years: expected a number when savings_eur_yr is 1027/,
    ],
    [
      'a package twice',
      (j) => (j.packages[2]!.id = 'bbc_renovation'),
      /^packages\[2\]\.id: "bbc_renovation" appears twice/,
    ],
    ['an empty notice', (j) => (j.notice = ' '), /^notice: expected a non-empty string/],
    ['a zero floor area', (j) => (j.dwelling.floor_area_m2 = 0), /^dwelling\.floor_area_m2 must be within/],
    ['a PV state without letter', (j) => delete loose(loose(j.with_pv).current).letter, /^with_pv\.current\.letter/],
    [
      'a negative price',
      (j) => (j.energy_prices.eur_kwh.gas = -0.1),
      /^energy_prices\.eur_kwh\.gas must be within \[0/,
    ],
    ['a date that is not one', (j) => (j.date = '26/11/2026'), /^date must be an ISO 8601 date/],
  ];
  it.each(malformed)('refuses %s, naming the field', (_, change, message) => {
    expect(() => parseRenovation(changed(change))).toThrow(message);
  });
});
