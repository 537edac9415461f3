import { adultEquivalents } from './adultEquivalents';
import { hotWaterNeed } from './hotWaterNeed';
import type { Carrier, Dwelling, FinalEnergy, FinalEnergyLine, HeatBalance, MonthlyClimate } from './types';

/**
 * Lighting [kWh/(m²·yr)] — 3CL-DPE 2021 §16 computes C·P_ecl·N_h·S/1000 with C = 0.9 and P_ecl = 1.4 W/m² and the
 * hours without daylight N_h tabulated by zone; that table was not at hand: N_h = 1 600 h/yr assumed, giving
 * 2.0 kWh/(m²·yr).
 */
export const LIGHTING_KWH_M2 = (0.9 * 1.4 * 1600) / 1000;

/**
 * Mean fan power of a house's mechanical ventilation [W], 3CL-DPE 2021 §5 (Open3CL `5_conso_ventilation.js`,
 * pvent_moy_maison): self-regulating single flow 65 (35 after 2012), hygro 50 (15), double flow 80 (35);
 * consumption 8.76·P kWh/yr. Natural ventilation: none.
 */
const FAN_POWER_W = {
  natural: [0, 0],
  vmc_simple: [65, 35],
  vmc_hygro_b: [50, 15],
  double_flow: [80, 35],
} as const;

/**
 * Final energy by use and carrier [kWh/yr]:
 * - heating: need (heatBalance) / seasonal efficiency or SCOP of the generator, on its carrier;
 * - hot water: 3CL need (hotWaterNeed, cold water at the site's annual mean air temperature) / efficiency;
 * - lighting: LIGHTING_KWH_M2 × floor area, electricity;
 * - auxiliaries: ventilation fans (3CL §5), electricity. Circulators and burner fans of the heating system are
 *   not counted (3CL sizes them from the generator's power, which the stock data do not give).
 *
 * @param dwelling the dwelling (systems, area, occupants)
 * @param balance its heat balance
 * @param climate the climate the balance used (for the cold-water temperature)
 */
export function finalEnergy(dwelling: Dwelling, balance: HeatBalance, climate: MonthlyClimate): FinalEnergy {
  const area = dwelling.floor_area_m2;
  const nAdeq = dwelling.occupants ?? adultEquivalents(area);
  const coldWater = Math.min(30, Math.max(0, climate.annualMeanTemperature_c));
  const hotWaterNeed_kwh = hotWaterNeed(nAdeq, coldWater);
  const lines: FinalEnergyLine[] = [];
  const push = (use: FinalEnergyLine['use'], carrier: Carrier, final_kwh: number) => {
    if (final_kwh > 0) lines.push({ use, carrier, final_kwh });
  };
  push('heating', dwelling.heating.carrier, balance.needYear_kwh / dwelling.heating.efficiency);
  push('hot_water', dwelling.hot_water.carrier, hotWaterNeed_kwh / dwelling.hot_water.efficiency);
  push('lighting', 'electricity', LIGHTING_KWH_M2 * area);
  const fan = FAN_POWER_W[dwelling.ventilation][dwelling.ventilation_post_2012 ? 1 : 0];
  push('auxiliaries', 'electricity', 8.76 * fan);
  let total = 0;
  for (const l of lines) total += l.final_kwh;
  return { lines, heatingNeed_kwh: balance.needYear_kwh, hotWaterNeed_kwh, total_kwh: total };
}
