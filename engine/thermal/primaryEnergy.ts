import { primaryEnergyFactor } from './primaryEnergyFactor';
import type { FinalEnergy } from './types';

/**
 * Primary energy of a dwelling [kWhEP/yr]: Σ final energy × the carrier's factor on `date` (primaryEnergyFactor).
 * @param final final energy by use and carrier (finalEnergy)
 * @param date date of the estimate (Date or ISO string)
 * @returns primary energy [kWhEP/yr]
 */
export function primaryEnergy(final: FinalEnergy, date: Date | string): number {
  let sum = 0;
  for (const line of final.lines) sum += line.final_kwh * primaryEnergyFactor(line.carrier, date);
  return sum;
}
