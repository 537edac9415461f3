import { checkRange } from '../geo/checkRange';
import type { MonthlyClimate } from './types';

/**
 * Monthly irradiation on a vertical plane facing `azimuth_deg` [kWh/m²], linearly interpolated between the two
 * neighbouring azimuths of the climate's table (monthlyClimate, every 5° by default). Writes into `out` when given
 * (12 values), so a batch allocates nothing per window.
 *
 * @param climate prepared monthly climate
 * @param azimuth_deg direction the window faces [°] clockwise from north, within [0, 360]
 * @param out optional 12-value array to fill
 * @returns irradiation per month, January first [kWh/m²]
 * @example verticalIrradiation(climate, 180)[0] // south facade in January
 */
export function verticalIrradiation(climate: MonthlyClimate, azimuth_deg: number, out?: Float64Array): Float64Array {
  checkRange('azimuth_deg', azimuth_deg, 0, 360);
  const result = out ?? new Float64Array(12);
  const step = climate.azimuthStep_deg;
  const count = 360 / step;
  const x = (azimuth_deg % 360) / step;
  const k0 = Math.floor(x);
  const w = x - k0;
  const a = (k0 % count) * 12;
  const b = ((k0 + 1) % count) * 12;
  const table = climate.vertical_kwh_m2;
  for (let m = 0; m < 12; m++) result[m] = (1 - w) * table[a + m]! + w * table[b + m]!;
  return result;
}
