import { checkDate } from './checkDate';
import {
  ELECTRICITY_EP_FACTOR_BEFORE_2026,
  ELECTRICITY_EP_FACTOR_FROM_2026,
  ELECTRICITY_FACTOR_SWITCH_UTC_MS,
} from './conversionFactors';
import type { Carrier } from './types';

const CARRIERS = new Set(['electricity', 'gas', 'oil', 'wood', 'district_heat', 'lpg', 'coal']);

/**
 * Primary-energy factor of a carrier on a date [kWhEP/kWhEF]: electricity 2.3 before 1 January 2026 (00:00 UTC)
 * and 1.9 from then on (arrêté du 13 août 2025); 1 for every other carrier (arrêté du 31 mars 2021).
 * @param carrier energy carrier
 * @param date date of the estimate (Date or ISO string) within [2021-07-01, 2100-12-31]
 * @example primaryEnergyFactor('electricity', '2025-12-31') // 2.3
 */
export function primaryEnergyFactor(carrier: Carrier, date: Date | string): number {
  const t = checkDate(date);
  if (!CARRIERS.has(carrier)) throw new RangeError(`carrier is unknown: ${String(carrier)}`);
  if (carrier !== 'electricity') return 1;
  return t < ELECTRICITY_FACTOR_SWITCH_UTC_MS ? ELECTRICITY_EP_FACTOR_BEFORE_2026 : ELECTRICITY_EP_FACTOR_FROM_2026;
}
