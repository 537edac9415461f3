import { checkAtLeast, checkRange } from '../geo/checkRange';

/** Linear capacity fade of a lithium home battery (fixtures/storage/batteries.json `ageing`). */
export interface BatteryAgeing {
  /** Capacity lost per year in service, whatever the use [%/yr] */
  calendar_fade_pct_yr: number;
  /** Capacity lost per 100 equivalent full cycles [%/100 cycles] */
  cycle_fade_pct_per_100_efc: number;
  /** The battery is replaced once its capacity falls below this share of new [%] */
  end_of_life_capacity_pct: number;
  /** The battery is replaced at this age at the latest [years] */
  calendar_life_years: number;
}

/**
 * Share of the usable capacity left after `age_years` in service and `cumulative_efc` equivalent full cycles,
 * with calendar and cycling fade added linearly (the usual superposition of the two ageing clocks, e.g. Keil et al.,
 * "Calendar Aging of Lithium-Ion Batteries I", J. Electrochem. Soc. 163 (9) A1872, 2016, doi:10.1149/2.0411609jes;
 * the linear form is the approximation the field data support — 2–3 %/yr in RWTH Aachen's 106 system-years):
 *
 *   f = max(0, 1 − calendar_fade/100 × age − cycle_fade/100 × efc/100)
 *
 * @param age_years years in service [years], ≥ 0
 * @param cumulative_efc equivalent full cycles since installation [cycles], ≥ 0
 * @returns capacity fraction [-], within [0, 1]
 * @throws RangeError naming the argument
 * @example capacityFraction(10, 2500, ageing) // 1 − 0.015·10 − 0.004·25 = 0.75 with 1.5 %/yr and 0.4 %/100 cycles
 */
export function capacityFraction(age_years: number, cumulative_efc: number, ageing: BatteryAgeing): number {
  checkAtLeast('age_years', age_years, 0);
  checkAtLeast('cumulative_efc', cumulative_efc, 0);
  checkAgeing(ageing);
  const lost =
    (ageing.calendar_fade_pct_yr * age_years) / 100 + (ageing.cycle_fade_pct_per_100_efc * cumulative_efc) / 1e4;
  return Math.max(0, 1 - lost);
}

/** @throws RangeError naming the field of `ageing` out of range */
export function checkAgeing(ageing: BatteryAgeing): void {
  if (typeof ageing !== 'object' || ageing === null) throw new RangeError('ageing must be a BatteryAgeing object');
  checkRange('ageing.calendar_fade_pct_yr', ageing.calendar_fade_pct_yr, 0, 20);
  checkRange('ageing.cycle_fade_pct_per_100_efc', ageing.cycle_fade_pct_per_100_efc, 0, 20);
  checkRange('ageing.end_of_life_capacity_pct', ageing.end_of_life_capacity_pct, 1, 99);
  checkRange('ageing.calendar_life_years', ageing.calendar_life_years, 1, 60);
}
