/** Home battery beside a rooftop PV system: hourly self-consumption with storage, ageing, and the money of adding it. */
export { BATTERY_LIMITS, checkBattery } from './batteryLimits';
export type { BatteryRequest } from './batteryLimits';
export type { BatteryBalance, BatteryTotals } from './types';
export { simulateBattery } from './simulateBattery';
export type { SimulateBatteryInput } from './simulateBattery';
export { capacityFraction, checkAgeing } from './capacityFraction';
export type { BatteryAgeing } from './capacityFraction';
export { simulateBatteryYears } from './simulateBatteryYears';
export type { BatteryYear, BatteryYears, PvOnlyTotals, SimulateBatteryYearsInput } from './simulateBatteryYears';
export { batteryEconomics } from './batteryEconomics';
export type { BatteryEconomicsInput, BatteryEconomicsResult, BatterySide } from './batteryEconomics';
export { batteryAgeing, defaultBattery, parseBatteries } from './parseBatteries';
export type { BatteryData } from './parseBatteries';
