import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCesiRequest } from './checkCesiRequest';
import { evaluateCesi, type CesiInput } from './evaluateCesi';
import { MONTH_DAYS } from './checkMonthly';
import { parseCesi } from './parseCesi';
import { sizeCesi } from './sizeCesi';

const raw = () => JSON.parse(readFileSync(new URL('../../fixtures/solarwater/cesi.json', import.meta.url), 'utf8'));
const cesi = parseCesi(raw());

const INPUT: CesiInput = {
  occupants: 4,
  poaIrradiation_kwh_m2: [45, 60, 95, 125, 145, 145, 150, 140, 110, 80, 50, 38],
  ambient_c: [3.5, 4, 6.5, 9, 12.5, 15.5, 17.5, 17.5, 15, 11, 7, 4],
  hotWaterNeed_kwh: MONTH_DAYS.map((d) => 7 * d),
  heater: 'electric',
  price_eur_kwh: 0.194,
  discountRate_pct: 3,
  incomeBand: 'modeste',
};

describe('parseCesi', () => {
  it('reads the repository fixture with the values its sources give', () => {
    expect(cesi.cost.vat_pct.value).toBe(5.5); // empruntis-cesi-aides, sud-ces-aides
    expect(cesi.aids.maprimerenov_eur.tres_modeste.value).toBe(4000); // 'up to 4,000 €', expertise-renovation-cesi
    expect(cesi.aids.maprimerenov_min_dwelling_age_years.value).toBe(15); // ler-cesi-2024
    expect(cesi.aids.aid_cap_pct.intermediaire.value).toBe(80); // ecoflow-mpr-2025
  });

  it('names the bad field', () => {
    const j = raw();
    j.cost.vat_pct.value = 55;
    expect(() => parseCesi(j)).toThrow(/cesi\.cost\.vat_pct\.value must be a number within \[0, 30\], got 55/);
    const k = raw();
    k.collector.iam.source = 'nowhere';
    expect(() => parseCesi(k)).toThrow(/cesi\.collector\.iam\.source/);
  });
});

describe('checkCesiRequest', () => {
  it('rejects 0 m² and out-of-range tanks by name', () => {
    expect(() => checkCesiRequest({ collector_m2: 0 })).toThrow(/collector_m2 must be within \(0, 20\], got 0/);
    expect(() => checkCesiRequest({ collector_m2: 20.5 })).toThrow(/collector_m2/);
    expect(() => checkCesiRequest({ tank_l: 49 })).toThrow(/tank_l must be within \[50, 1000\], got 49/);
    expect(() => checkCesiRequest({ tank_l: 1001 })).toThrow(/tank_l/);
    expect(() => checkCesiRequest({ collector_m2: 20, tank_l: 50 })).not.toThrow();
  });
});

describe('sizeCesi', () => {
  it('applies 1 m² and 50 L per person within [2, 6] m² and [200, 500] L (fixture sizing)', () => {
    expect(sizeCesi(1, cesi.sizing)).toEqual({ collector_m2: 2, tank_l: 200 });
    expect(sizeCesi(4, cesi.sizing)).toEqual({ collector_m2: 4, tank_l: 200 });
    expect(sizeCesi(5, cesi.sizing)).toEqual({ collector_m2: 5, tank_l: 250 });
    expect(sizeCesi(12, cesi.sizing)).toEqual({ collector_m2: 6, tank_l: 500 });
    expect(() => sizeCesi(0, cesi.sizing)).toThrow(/occupants/);
    expect(() => sizeCesi(2.5, cesi.sizing)).toThrow(/occupants must be an integer/);
  });
});

describe('evaluateCesi', () => {
  it('ties energy, money and aid together as the doc comment states', () => {
    const e = evaluateCesi(INPUT, cesi);
    expect(e.collector_m2).toBe(4);
    expect(e.final_energy_saved_kwh).toBeCloseTo(e.solar_kwh / 1, 9);
    expect(e.installed_cost_eur).toBe(3000 + 1000 * 4); // fixture cost model: 7,000 € for 4 m²
    expect(e.aids_eur).toBe(3000 + 100); // MaPrimeRénov' modeste + CEE, under the 100 % cap
    expect(e.net_cost_eur).toBe(7000 - 3100);
    const yearly = e.final_energy_saved_kwh * 0.194 - 40 * 0.194 - 50;
    expect(e.savings_eur_yr).toBeCloseTo(yearly, 9);
    expect(e.payback_years!).toBeCloseTo(3900 / yearly, 9);
    const annuity = (1 - 1.03 ** -20) / 0.03;
    expect(e.npv_eur).toBeCloseTo(-3900 + yearly * annuity, 6);
  });

  it('saves more final energy on a gas heater per kWh of solar heat, and gives no MaPrimeRénov to a new house', () => {
    const gas = evaluateCesi({ ...INPUT, heater: 'gas', price_eur_kwh: 0.12, electricityPrice_eur_kwh: 0.194 }, cesi);
    expect(gas.final_energy_saved_kwh).toBeCloseTo(gas.solar_kwh / 0.85, 9);
    const young = evaluateCesi({ ...INPUT, dwellingAge_years: 5 }, cesi);
    expect(young.aids_eur).toBe(100);
    const rich = evaluateCesi({ ...INPUT, incomeBand: 'aise' }, cesi);
    expect(rich.aids_eur).toBe(100);
  });

  it('rejects bad inputs by name', () => {
    expect(() => evaluateCesi({ ...INPUT, collector_m2: 0 }, cesi)).toThrow(/collector_m2/);
    expect(() => evaluateCesi({ ...INPUT, heater: 'gas', price_eur_kwh: 0.12 }, cesi)).toThrow(
      /electricityPrice_eur_kwh/,
    );
    expect(() => evaluateCesi({ ...INPUT, hotWaterNeed_kwh: [1, 2] }, cesi)).toThrow(/load_kwh must hold 12/);
    expect(() => evaluateCesi({ ...INPUT, price_eur_kwh: -1 }, cesi)).toThrow(/price_eur_kwh/);
  });
});
