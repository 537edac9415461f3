import { checkAtLeast, checkRange } from '../geo/checkRange';

/**
 * Yearly domestic hot-water need [kWh/yr], 3CL-DPE 2021 §11.1 (as Open3CL `11_besoin_ecs.js`):
 * Σ_months 1.163·N_adeq·56·(40 − T_efs)·n_j / 1000 — 56 L of water at 40 °C per adult equivalent and day, 1.163 Wh
 * to heat 1 L by 1 K. The method tabulates the cold-water temperature T_efs by climate zone and month; that table
 * was not at hand, so T_efs is taken constant over the year (assumption: the site's annual mean air temperature,
 * which the monthly cold-water values follow on average).
 *
 * @param adultEquivalents N_adeq [-] ≥ 0 (adultEquivalents)
 * @param coldWater_c cold-water temperature [°C] within [0, 30]
 * @param days days in the year [d]; default 365
 * @example hotWaterNeed(1.975, 11) // 1.163·1.975·56·29·365/1000 ≈ 1362 kWh
 */
export function hotWaterNeed(adultEquivalents: number, coldWater_c: number, days = 365): number {
  checkAtLeast('adultEquivalents', adultEquivalents, 0);
  checkRange('coldWater_c', coldWater_c, 0, 30);
  checkRange('days', days, 0, 366);
  return (1.163 * adultEquivalents * 56 * (40 - coldWater_c) * days) / 1000;
}
