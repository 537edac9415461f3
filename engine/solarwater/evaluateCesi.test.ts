import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planeOfArrayHourly, prepareSkyYear } from '../irradiance';
import { parseWeather } from '../weather';
import { checkCesiRequest } from './checkCesiRequest';
import { evaluateCesi, type CesiInput } from './evaluateCesi';
import { MONTH_DAYS } from './checkMonthly';
import { mainsTemperature } from './mainsTemperature';
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
    // 3CL tefs, < 400 m, H1a (ademe-3cl-tv-tables), January … December
    expect(cesi.cold_water_c.by_zone.h1a).toEqual([7.8, 5.5, 6.9, 9.1, 11.4, 15.1, 16.1, 17.8, 15.9, 14.7, 12.5, 9.2]);
    expect(cesi.cold_water_c.by_zone.h3[7]).toBe(25.4);
    expect(cesi.reference.dpe_solar_coverage_ecs_house_h1a.new_system.value).toBe(0.63);
    expect(cesi.reference.dpe_solar_coverage_ecs_house_h1a.older_system.value).toBe(0.49);
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

  it('takes the 3CL cold-water row of the zone (H1a by default) as mains temperature, Hendron only for null', () => {
    const sameAs = (mains_c: number[]) => evaluateCesi({ ...INPUT, mains_c }, cesi).solar_fraction;
    expect(evaluateCesi(INPUT, cesi).solar_fraction).toBe(sameAs(cesi.cold_water_c.by_zone.h1a));
    expect(evaluateCesi({ ...INPUT, climateZone: 'h3' }, cesi).solar_fraction).toBe(
      sameAs(cesi.cold_water_c.by_zone.h3),
    );
    expect(evaluateCesi({ ...INPUT, climateZone: null }, cesi).solar_fraction).toBe(
      sameAs(mainsTemperature(INPUT.ambient_c)),
    );
    expect(() => evaluateCesi({ ...INPUT, climateZone: 'h4' as 'h3' }, cesi)).toThrow(/climateZone must be one of/);
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

describe('evaluateCesi against the 3CL facteur de couverture solaire (a regulatory default, not a measurement)', () => {
  // Reference: 3CL-DPE 2021 table facteur_couverture_solaire (arrêté du 31 mars 2021, ADEME valeur_tables via Open3CL
  // tv.js): « ECS solaire seule inf 5 ans », maison, zone H1a = 0.63 (« sup 5 ans » = 0.49). Fixture `reference`.
  // Case: a new CESI for 4 occupants in Lens (H1a, < 400 m), sized by the fixture (4 m², 200 L), facing south at 45°.
  // Plane irradiation: the regional PVGIS typical year (fixtures/weather, 50.811 N 3.310 E) transposed by this
  // project's engine (Perez, albedo 0.2, no horizon) at Lens (50.4322 N, 2.8333 E): 1,321 kWh/m²/yr; monthly mean air
  // temperature from the same file. Cold water and the load's temperature rise: 3CL tefs H1a (fixture).
  // Load: 56 L/day at 40 °C per person (3CL's daily volume per adult equivalent) × 4 occupants,
  // Σ 1.163·4·56·(40 − tefs_m)·n_m/1000 = 2,675 kWh/yr (≈ INES 35 L/person/day at 60 °C).
  // Our annual fraction (computed 2026-12-01): 0.601, i.e. −4.6 % from 0.63, within the ±15 % asserted here (the
  // brief's bound: a regulatory default for every H1a house against one typical system and year).
  // NOT asserted, reported: with the 3CL need of a 100 m² house instead (N_adeq = 1.975, 1,321 kWh/yr) the fraction
  // is 0.773 (+23 %; summer months beyond Y = 3, clamped to f = 1); with the Hendron fallback for the mains, 0.579.
  // The f-chart as coded ignores tank and pipe losses, which lowers a real system's fraction.
  const weather = parseWeather(
    readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
  );
  const sky = prepareSkyYear(weather, { latitude_deg: 50.4322, longitude_deg: 2.8333 });
  const poa = planeOfArrayHourly(sky, 45, 180, 'perez', 0.2);
  const H = new Array<number>(12).fill(0);
  const T = new Array<number>(12).fill(0);
  const n = new Array<number>(12).fill(0);
  for (let i = 0; i < poa.length; i++) {
    const m = sky.month[i]!;
    H[m] = H[m]! + poa[i]! / 1000;
    T[m] = T[m]! + weather.air_temperature_c[i]!;
    n[m] = n[m]! + 1;
  }
  const ambient_c = T.map((t, m) => t / n[m]!);
  const tefs = cesi.cold_water_c.by_zone.h1a;
  const need = (adultEquivalents: number) =>
    MONTH_DAYS.map((d, m) => (1.163 * adultEquivalents * 56 * (40 - tefs[m]!) * d) / 1000);
  const lens = (adultEquivalents: number): CesiInput => ({
    ...INPUT,
    poaIrradiation_kwh_m2: H,
    ambient_c,
    hotWaterNeed_kwh: need(adultEquivalents),
  });
  const reference = cesi.reference.dpe_solar_coverage_ecs_house_h1a.new_system.value;

  it('gives 0.60 for 4 occupants in Lens, within 15 % of the 3CL 0.63', () => {
    expect(H.reduce((a, b) => a + b, 0)).toBeCloseTo(1321, -1);
    const e = evaluateCesi(lens(4), cesi);
    expect(e.collector_m2).toBe(4);
    expect(e.tank_l).toBe(200);
    expect(e.fchart.load_kwh).toBeCloseTo(2675, -1);
    expect(e.fchart.months.every((m) => m.inRange)).toBe(true);
    expect(e.solar_fraction).toBeCloseTo(0.601, 2);
    expect(Math.abs(e.solar_fraction - reference) / reference).toBeLessThan(0.15);
  });

  it('reports (does not assert against 0.63) the 3CL need of a 100 m² house and the Hendron mains', () => {
    expect(evaluateCesi(lens(1.975), cesi).solar_fraction).toBeCloseTo(0.773, 2);
    expect(evaluateCesi({ ...lens(4), climateZone: null }, cesi).solar_fraction).toBeCloseTo(0.579, 2);
  });
});
