import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWeather } from '../weather';
import { heatBalance, type HeatBalanceOptions } from './heatBalance';
import { monthlyClimate } from './monthlyClimate';
import { record, rectangularHouse, typologies } from '../../tests/engine/referenceHouse';
import type { MonthlyClimate } from './types';

/*
 * TABULA France reference houses under TABULA's conventions (boundary conditions EU.SUH of tabula-calculator.xlsx:
 * θi = 20 °C, F_red = 0.9, φint = 3 W/m², utilisation a0 = 0.8 and τ0 = 30 h of the TABULA seasonal method), with
 * TABULA's reference floor areas and storey counts (FR.N.SFH.02: 86.0 m², FR.N.SFH.03: 78.7 m², FR.N.TH.03: 87.1 m²,
 * 2 storeys). What is NOT TABULA's: the envelope U-values (from fixtures/typologies, TABULA's per-building values
 * were not available), a square plan with 2.5 m storeys, and the climate — the regional PVGIS typical year (near
 * Kortrijk, colder than TABULA's national FR.N climate, whose monthly data were not found). Reference needs as
 * published by TABULA (quoted in issue 5): 406, 312, 288 kWh/(m²·yr); after the "usual" refurbishment ≈ 70.
 * Tolerance ±20 %, as the issue asks.
 */
const TABULA: HeatBalanceOptions = { setpoint_c: 20, internalGains_w_m2: 3, a0: 0.8, tau0_h: 30, lossReduction: 0.9 };

let climate: MonthlyClimate;
beforeAll(() => {
  const text = readFileSync(
    new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url),
    'utf8',
  );
  climate = monthlyClimate(parseWeather(text), 50.43, 2.83);
});

describe('TABULA France reference houses (±20 %)', () => {
  const cases = [
    { code: 'FR.N.SFH.02.Gen.ReEx.001.001', band: '1915_1948', attached: 0 },
    { code: 'FR.N.SFH.03.Gen.ReEx.001.001', band: '1949_1967', attached: 0 },
    { code: 'FR.N.TH.03.Gen.ReEx.001.001', band: '1949_1967', attached: 2 },
  ];
  for (const c of cases) {
    it(c.code, () => {
      const ref = typologies.tabula_reference.buildings.find((b) => b.code === c.code)!;
      const house = rectangularHouse(record('house', c.band), ref.A_C_ref_m2, ref.storeys, c.attached);
      const need = heatBalance(house, climate, TABULA).need_kwh_m2;
      expect(need).toBeGreaterThan(0.8 * ref.heating_need_kwh_m2);
      expect(need).toBeLessThan(1.2 * ref.heating_need_kwh_m2);
    });
  }

  it('after a usual refurbishment the 1915–48 house needs ≈ 70 kWh/(m²·yr)', () => {
    const house = rectangularHouse(record('house', '1915_1948'), 86, 2, 0);
    // Refurbishment to the French element-by-element rules for existing buildings (arrêté du 22 mars 2017:
    // walls R ≥ 2.9, lost attic R ≥ 4.8 (7 since 2023 for aids), floor R ≥ 2.7 m²·K/W), windows Uw 1.3, humidity-
    // controlled exhaust ventilation and a tighter envelope (0.3 1/h: assumption).
    for (const w of house.walls) w.u_w_m2k = 1 / (1 / w.u_w_m2k + 2.9);
    house.roof[0]!.u_w_m2k = 1 / (1 / house.roof[0]!.u_w_m2k + 4.8);
    house.floors[0]!.u_w_m2k = 1 / (1 / house.floors[0]!.u_w_m2k + 2.7);
    for (const w of house.windows) {
      w.u_w_m2k = 1.3;
      w.g_value = 0.6;
    }
    house.ventilation = 'vmc_hygro_b';
    house.infiltration_ach = 0.3;
    house.thermal_bridges_w_k =
      0.05 * [...house.walls, ...house.roof, ...house.floors, ...house.windows].reduce((s, e) => s + e.area_m2, 0);
    const need = heatBalance(house, climate, TABULA).need_kwh_m2;
    expect(need).toBeGreaterThan(0.8 * 70);
    expect(need).toBeLessThan(1.2 * 70);
  });
});
