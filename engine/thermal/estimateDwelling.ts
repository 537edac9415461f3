import { checkDate } from './checkDate';
import { dpeClass, type DpeClassResult } from './dpeClass';
import { finalEnergy } from './finalEnergy';
import { ghg } from './ghg';
import { heatBalance, type HeatBalanceOptions } from './heatBalance';
import { primaryEnergy } from './primaryEnergy';
import type { Dwelling, FinalEnergy, HeatBalance, MonthlyClimate } from './types';

/** Text shown with every estimate. */
export const ESTIMATE_NOTICE =
  "Estimation indicative (bilan thermique mensuel EN ISO 13790 et conventions 3CL-DPE 2021) : ce n'est pas un DPE " +
  'officiel, qui seul peut être établi par un diagnostiqueur certifié. / Indicative estimate, not an official DPE.';

/** What estimateDwelling returns. */
export interface DwellingEstimate extends DpeClassResult {
  /** Always true: this is an estimate, not an official DPE. */
  estimate: true;
  notice: string;
  /** Date of the conversion factors used (ISO). */
  date: string;
  primary_kwh: number;
  ep_kwh_m2: number;
  ghg_kg: number;
  ghg_kg_m2: number;
  final: FinalEnergy;
  balance: HeatBalance;
}

/**
 * Heat balance → final energy → primary energy and emissions → DPE class, for one dwelling on one date.
 * @param dwelling the dwelling (validated; RangeError naming the bad field)
 * @param climate prepared monthly climate (monthlyClimate)
 * @param date date of the estimate (Date or ISO string): electricity counts 2.3 before 2026-01-01, 1.9 after
 * @param options heat-balance conventions (default 3CL: 19 °C, 3CL internal gains)
 * @example estimateDwelling(house, climate, '2026-02-01').letter
 */
export function estimateDwelling(
  dwelling: Dwelling,
  climate: MonthlyClimate,
  date: Date | string,
  options?: HeatBalanceOptions,
): DwellingEstimate {
  const t = checkDate(date);
  const balance = heatBalance(dwelling, climate, options);
  const final = finalEnergy(dwelling, balance, climate);
  const primary_kwh = primaryEnergy(final, date);
  const ghg_kg = ghg(final);
  const area = dwelling.floor_area_m2;
  const ep_kwh_m2 = primary_kwh / area;
  const ghg_kg_m2 = ghg_kg / area;
  return {
    ...dpeClass(ep_kwh_m2, ghg_kg_m2, area),
    estimate: true,
    notice: ESTIMATE_NOTICE,
    date: new Date(t).toISOString(),
    primary_kwh,
    ep_kwh_m2,
    ghg_kg,
    ghg_kg_m2,
    final,
    balance,
  };
}
