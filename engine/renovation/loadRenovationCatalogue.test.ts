import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RENOVATION_CATALOGUE_PATH, loadRenovationCatalogue } from '../../tests/engine/fixtures';

// The fixture is edited freely in these tests; its shape is what parseRenovationCatalogue checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function variant(edit: (json: Json) => void): string {
  const json = JSON.parse(readFileSync(DEFAULT_RENOVATION_CATALOGUE_PATH, 'utf8')) as Json;
  edit(json);
  const dir = mkdtempSync(join(tmpdir(), 'renovation-'));
  dirs.push(dir);
  const path = join(dir, 'measures.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const measureIndex = (j: Json, id: string): number => j.measures.findIndex((m: Json) => m.id === id);

describe('loadRenovationCatalogue', () => {
  it('reads the repository fixture with the values its sources give', () => {
    const c = loadRenovationCatalogue();
    const m = (id: string) => c.measures.find((x) => x.id === id)!;
    // CAP RENOV+ (2025-11): R ≥ 7 attic floor, ≥ 6 rampants, ≥ 4.4 ITE (ampleur), ≥ 3.7 ITI, ≥ 3 floor.
    expect(m('attic_insulation').effect).toMatchObject({ kind: 'add_insulation', r_added_m2k_w: 7 });
    expect(m('sloped_roof_insulation').effect).toMatchObject({ r_added_m2k_w: 6 });
    expect(m('wall_insulation_external').effect).toMatchObject({ r_added_m2k_w: 4.4 });
    expect(m('wall_insulation_internal').effect).toMatchObject({ r_added_m2k_w: 3.7 });
    expect(m('floor_insulation').effect).toMatchObject({ r_added_m2k_w: 3 });
    expect(m('wall_insulation_external').forbidden_when_unesco).toBe(true);
    expect(m('wall_insulation_internal').forbidden_when_unesco).toBe(false);
    // Anah 2026 ceilings, other regions, 1 person (caprenov-nouveautes-2026).
    expect(c.maprimerenov.income_ceilings.regions.other.rows[0]).toMatchObject({
      tres_modeste: 17363,
      modeste: 22259,
      intermediaire: 31185,
    });
    // Ampleur since 2025-09-30 (FFB): 80/60/45/10 %, 30,000 / 40,000 € HT.
    expect(c.maprimerenov.ampleur.rates_pct).toEqual({
      tres_modeste: 80,
      modeste: 60,
      intermediaire: 45,
      superieur: 10,
    });
    expect(c.maprimerenov.ampleur.expense_ceilings_ht.map((x) => x.eur)).toEqual([30000, 40000]);
    // CRE prix repère chauffage, January 2026: 0.10192 €/kWh TTC.
    expect(c.energy_prices.carriers.gas!.price_eur_kwh_ttc).toBe(0.10192);
    expect(c.rental_ban.steps.map((s) => `${s.class}:${s.from}`)).toEqual([
      'G:2025-01-01',
      'F:2028-01-01',
      'E:2034-01-01',
    ]);
  });

  it('resolves the default path from the module, not the working directory', () => {
    const cwd = process.cwd();
    try {
      process.chdir(tmpdir());
      expect(loadRenovationCatalogue().currency).toBe('EUR');
    } finally {
      process.chdir(cwd);
    }
  });

  it('rejects missing or invalid fields, naming them', () => {
    const noR = variant((j) => delete j.measures[measureIndex(j, 'floor_insulation')].effect.r_added_m2k_w);
    expect(() => loadRenovationCatalogue(noR)).toThrow(RangeError);
    expect(() => loadRenovationCatalogue(noR)).toThrow(/catalogue\.measures\[4\]\.effect\.r_added_m2k_w/);
    const negative = variant((j) => (j.measures[0].effect.r_added_m2k_w = -1));
    expect(() => loadRenovationCatalogue(negative)).toThrow(/measures\[0\]\.effect\.r_added_m2k_w.*-1/);
    const badSource = variant((j) => (j.measures[0].cost.source = 'nowhere'));
    expect(() => loadRenovationCatalogue(badSource)).toThrow(/measures\[0\]\.cost\.source/);
    const lowAboveHigh = variant((j) => (j.measures[0].cost.low = 1000));
    expect(() => loadRenovationCatalogue(lowAboveHigh)).toThrow(/measures\[0\]\.cost\.central/);
    const wrongUnit = variant((j) => (j.measures[0].cost.unit = 'eur_per_unit'));
    expect(() => loadRenovationCatalogue(wrongUnit)).toThrow(/measures\[0\]\.cost\.unit/);
    const badPackage = variant((j) => j.packages[0].measures.push('teleport'));
    expect(() => loadRenovationCatalogue(badPackage)).toThrow(/packages\[0\]\.measures\[2\]/);
    const badCeiling = variant((j) => (j.maprimerenov.income_ceilings.regions.other.rows[2].modeste = 1000));
    expect(() => loadRenovationCatalogue(badCeiling)).toThrow(/regions\.other\.rows\[2\]\.modeste/);
    const badStep = variant((j) => (j.rental_ban.steps[1].from = '2024-01-01'));
    expect(() => loadRenovationCatalogue(badStep)).toThrow(/rental_ban\.steps\[1\]\.from/);
    const badPrice = variant((j) => (j.energy_prices.carriers.gas.price_eur_kwh_ttc = '0.1'));
    expect(() => loadRenovationCatalogue(badPrice)).toThrow(/energy_prices\.carriers\.gas\.price_eur_kwh_ttc/);
    const badGeste = variant((j) => (j.measures[1].mpr_geste = 'nope'));
    expect(() => loadRenovationCatalogue(badGeste)).toThrow(/measures\[1\]\.mpr_geste/);
    expect(() => loadRenovationCatalogue('')).toThrow(/path/);
  });
});
