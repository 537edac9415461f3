import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TARIFFS_PATH, loadTariffs } from '../../tests/engine/fixtures';
import { bandFor } from './bandFor';

// The fixture is edited freely in these tests; its shape is what parseTariffs checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes a modified copy of the real fixture to a temp file and returns its path. */
function variant(edit: (json: Json) => void): string {
  const json = JSON.parse(readFileSync(DEFAULT_TARIFFS_PATH, 'utf8')) as Json;
  edit(json);
  const dir = mkdtempSync(join(tmpdir(), 'tariffs-'));
  dirs.push(dir);
  const path = join(dir, 'tariffs.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('loadTariffs', () => {
  it('reads the repository fixture with the values its sources give', () => {
    const t = loadTariffs();
    // S21, 2026-Q1 (kano-s21-t1-2026, tecsol-s21-t1-2026): 0–9 kWc 4 c€/kWh and 80 €/kWc; 9–100 kWc 5.36 c€/kWh.
    const small = bandFor(t.oa_surplus.bands, 6);
    expect(small.export_tariff_eur_kwh).toBe(0.04);
    expect(small.premium_eur_per_kwp).toBe(80);
    expect(small.premium_instalments_pct).toEqual([100]);
    expect(bandFor(t.oa_surplus.bands, 20).export_tariff_eur_kwh).toBe(0.0536);
    expect(bandFor(t.oa_surplus.bands, 20).premium_eur_per_kwp).toBe(140);
    expect(bandFor(t.oa_surplus.bands, 50).premium_eur_per_kwp).toBe(70);
    // EDF Tarif Bleu Base 3–6 kVA from 2026-02-01: 0.1940 € TTC/kWh (re-trv-2026-02).
    expect(t.retail.price_eur_kwh_ttc.value).toBe(0.194);
    expect(t.retail.price_eur_kwh_ttc.date).toBe('2026-02-01');
    // Jordan & Kurtz 2013: median degradation 0.5 %/yr; OA contracts last 20 years.
    expect(t.pv.degradation_pct_yr.value).toBe(0.5);
    expect(t.oa_surplus.contract_years.value).toBe(20);
    // RTE Bilan électrique 2024: 21.7 gCO2eq/kWh.
    expect(t.co2.grid_factor_kg_kwh.value).toBe(0.0217);
    expect(t.oa_surplus.quarter).toBe('2026-Q1');
  });

  it('resolves the default path from the module, not the working directory', () => {
    const cwd = process.cwd();
    try {
      process.chdir(tmpdir());
      expect(loadTariffs().currency).toBe('EUR');
    } finally {
      process.chdir(cwd);
    }
  });

  it('rejects a fixture missing a field, naming it', () => {
    const path = variant((j) => delete j.retail.price_eur_kwh_ttc);
    expect(() => loadTariffs(path)).toThrow(RangeError);
    expect(() => loadTariffs(path)).toThrow(/tariffs\.retail\.price_eur_kwh_ttc/);
    const noValue = variant((j) => delete j.pv.degradation_pct_yr.value);
    expect(() => loadTariffs(noValue)).toThrow(/tariffs\.pv\.degradation_pct_yr\.value/);
    const noBandTariff = variant((j) => delete j.oa_surplus.bands[1].export_tariff_eur_kwh);
    expect(() => loadTariffs(noBandTariff)).toThrow(/tariffs\.oa_surplus\.bands\[1\]\.export_tariff_eur_kwh/);
  });

  it('rejects unknown source ids, unordered bands, instalments not summing to 100 and bad dates', () => {
    expect(() => loadTariffs(variant((j) => (j.finance.discount_rate_pct.source = 'nowhere')))).toThrow(
      /tariffs\.finance\.discount_rate_pct\.source/,
    );
    expect(() => loadTariffs(variant((j) => (j.installation_cost.bands[1].max_kwp = 2)))).toThrow(
      /tariffs\.installation_cost\.bands\[1\]\.max_kwp/,
    );
    expect(() => loadTariffs(variant((j) => (j.oa_surplus.bands[2].premium_instalments_pct = [80, 5])))).toThrow(
      /premium_instalments_pct/,
    );
    expect(() => loadTariffs(variant((j) => (j.valid_from = '1 Feb 2026')))).toThrow(/tariffs\.valid_from/);
    expect(() => loadTariffs(variant((j) => (j.retail.drift_pct_yr.value = '2')))).toThrow(/drift_pct_yr\.value/);
  });

  it('throws a RangeError for an empty path', () => {
    expect(() => loadTariffs('')).toThrow(/path/);
  });
});
