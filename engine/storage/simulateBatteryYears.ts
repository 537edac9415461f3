import { selfConsumption } from '../economics/selfConsumption';
import { checkRange } from '../geo/checkRange';
import { checkBattery } from './batteryLimits';
import { capacityFraction, checkAgeing, type BatteryAgeing } from './capacityFraction';
import { simulateBattery, type SimulateBatteryInput } from './simulateBattery';
import type { BatteryTotals } from './types';

/** Inputs of simulateBatteryYears: the typical year's hourly series and the battery, aged year after year. */
export interface SimulateBatteryYearsInput extends Pick<
  SimulateBatteryInput,
  'load_kwh' | 'month' | 'usable_kwh' | 'power_kw' | 'round_trip_efficiency'
> {
  /** First-year AC production per hour [kWh] (8760 values for the typical year); the load is the same every year */
  production_kwh: ArrayLike<number>;
  ageing: BatteryAgeing;
  /** Yearly loss of PV production [%/yr], within [0, 10] (tariffs.pv.degradation_pct_yr) */
  degradation_pct_yr: number;
  /** Number of years [years], an integer within [1, 60] (tariffs.pv.lifetime_years) */
  years: number;
}

/** The PV-only balance of one year [kWh] (engine/economics selfConsumption). */
export interface PvOnlyTotals {
  production_kwh: number;
  load_kwh: number;
  self_consumed_kwh: number;
  exported_kwh: number;
  imported_kwh: number;
  self_consumption_pct: number;
  self_sufficiency_pct: number;
}

/** One year of the horizon, with and without the battery. */
export interface BatteryYear {
  /** 1 … years */
  year: number;
  /** A new battery was installed at the start of this year (its cost falls in this year) */
  replaced: boolean;
  /** Age of the battery in service at the start of the year [years] */
  battery_age_years: number;
  /** Capacity fraction in service this year (at the start of the year) [-] */
  capacity_fraction: number;
  pv_only: PvOnlyTotals;
  with_battery: BatteryTotals;
}

/** Result of simulateBatteryYears. */
export interface BatteryYears {
  years: BatteryYear[];
  /** Years the first battery served before its replacement; null when it lasts the whole horizon */
  first_battery_life_years: number | null;
  /** Years a replacement battery is installed (empty when none) */
  replacement_years: number[];
}

/**
 * The with/without-battery balance of every year of the PV horizon. Year t (1 … years) scales the hourly production
 * by (1 − d)^(t−1) (PV degradation) and runs simulateBattery with the capacity fraction left at the start of the year:
 *
 *   f_t = capacityFraction(age_t, Σ_{k<t} EFC_k)  (calendar + cycling fade, linear)
 *   the battery is replaced at the start of year t when f_t < end_of_life_capacity_pct/100 or
 *   age_t ≥ calendar_life_years; a replaced battery restarts at age 0, 0 cycles, f = 1, empty
 *
 * The state of charge carries from one year's last hour to the next year's first (capped to the new capacity).
 * Using the start-of-year fraction for the whole year overstates the capacity by half a year's fade (≈ 1–1.5 %), a
 * documented approximation that keeps one simulation per year.
 * @throws RangeError naming the field
 */
export function simulateBatteryYears(input: SimulateBatteryYearsInput): BatteryYears {
  checkBattery(input);
  checkAgeing(input.ageing);
  checkRange('degradation_pct_yr', input.degradation_pct_yr, 0, 10);
  checkRange('years', input.years, 1, 60);
  if (!Number.isInteger(input.years)) throw new RangeError(`years must be an integer, got ${input.years}`);
  const { production_kwh: prod1, load_kwh: load, month, ageing } = input;
  const n = prod1?.length ?? 0;
  const prod = new Float64Array(n);
  const d = input.degradation_pct_yr / 100;

  const years: BatteryYear[] = [];
  const replacements: number[] = [];
  let age = 0;
  let efc = 0;
  let soc = 0;
  for (let t = 1; t <= input.years; t++) {
    let fraction = capacityFraction(age, efc, ageing);
    const replaced = t > 1 && (fraction < ageing.end_of_life_capacity_pct / 100 || age >= ageing.calendar_life_years);
    if (replaced) {
      replacements.push(t);
      age = 0;
      efc = 0;
      soc = 0;
      fraction = 1;
    }
    const f = Math.pow(1 - d, t - 1);
    for (let i = 0; i < n; i++) prod[i] = prod1[i]! * f;
    const capacity = input.usable_kwh * fraction;
    const battery = simulateBattery({
      production_kwh: prod,
      load_kwh: load,
      month,
      usable_kwh: input.usable_kwh,
      power_kw: input.power_kw,
      round_trip_efficiency: input.round_trip_efficiency,
      capacity_fraction: fraction,
      initial_soc_kwh: Math.min(soc, capacity),
    });
    const pv = selfConsumption(prod, load, month);
    years.push({
      year: t,
      replaced,
      battery_age_years: age,
      capacity_fraction: fraction,
      pv_only: {
        production_kwh: pv.production_kwh,
        load_kwh: pv.consumption_kwh,
        self_consumed_kwh: pv.self_consumed_kwh,
        exported_kwh: pv.exported_kwh,
        imported_kwh: pv.imported_kwh,
        self_consumption_pct: pv.self_consumption_pct,
        self_sufficiency_pct: pv.self_sufficiency_pct,
      },
      with_battery: battery.year,
    });
    soc = battery.soc_end_kwh;
    efc += battery.year.equivalent_full_cycles;
    age += 1;
  }
  return {
    years,
    first_battery_life_years: replacements.length > 0 ? replacements[0]! - 1 : null,
    replacement_years: replacements,
  };
}
