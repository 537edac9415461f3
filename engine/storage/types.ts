/** Home battery beside a rooftop PV system: shared types of the hourly balance. */

/** Energy flows of a period (a year or a month) with and without passing through the battery [kWh]. */
export interface BatteryTotals {
  /** Σ PV production [kWh] */
  production_kwh: number;
  /** Σ household load [kWh] */
  load_kwh: number;
  /** Σ min(production, load): PV used in the hour it is produced [kWh] */
  self_consumed_direct_kwh: number;
  /** Σ energy the battery delivered to the load, AC side [kWh] */
  discharged_to_load_kwh: number;
  /** Σ PV surplus taken by the battery, AC side [kWh] */
  charged_from_pv_kwh: number;
  /** Σ PV surplus sent to the grid [kWh] */
  exported_kwh: number;
  /** Σ load bought from the grid [kWh] */
  imported_kwh: number;
  /** (direct + discharged) / production × 100, 0 without production [%] */
  self_consumption_pct: number;
  /** (direct + discharged) / load × 100, 0 without load [%] */
  self_sufficiency_pct: number;
  /** Energy drawn from storage (discharged / √η) / usable capacity in service [cycles] */
  equivalent_full_cycles: number;
}

/** Result of simulateBattery. */
export interface BatteryBalance {
  /** The whole series (the typical year) */
  year: BatteryTotals;
  /** Per calendar month, January first (12 entries) */
  monthly: BatteryTotals[];
  /** Usable capacity in service: usable_kwh × capacity_fraction [kWh] */
  capacity_kwh: number;
  /** State of charge before the first hour [kWh] */
  soc_start_kwh: number;
  /** State of charge after the last hour [kWh] */
  soc_end_kwh: number;
  /** Conversion losses: charged − discharged − (soc_end − soc_start) [kWh] */
  losses_kwh: number;
  /** State of charge after each hour, when asked for [kWh] */
  soc_kwh?: Float64Array;
}
