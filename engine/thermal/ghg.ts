import { ELECTRICITY_GHG_KG_PER_KWH, GHG_KG_PER_KWH } from './conversionFactors';
import type { Carrier, EndUse, FinalEnergy } from './types';

/**
 * GHG factor of a carrier for an end use [kgCO2e/kWhEF], 3CL-DPE 2021 (conversionFactors.ts).
 * @example ghgFactor('electricity', 'heating') // 0.079
 */
export function ghgFactor(carrier: Carrier, use: EndUse): number {
  if (carrier === 'electricity') {
    const f = ELECTRICITY_GHG_KG_PER_KWH[use];
    if (f === undefined) throw new RangeError(`use is unknown: ${String(use)}`);
    return f;
  }
  const f = GHG_KG_PER_KWH[carrier];
  if (f === undefined) throw new RangeError(`carrier is unknown: ${String(carrier)}`);
  return f;
}

/**
 * Greenhouse-gas emissions of a dwelling [kgCO2e/yr]: Σ final energy × factor(carrier, use).
 * @param final final energy by use and carrier (finalEnergy)
 */
export function ghg(final: FinalEnergy): number {
  let sum = 0;
  for (const line of final.lines) sum += line.final_kwh * ghgFactor(line.carrier, line.use);
  return sum;
}
