/**
 * Thermal engine: monthly climate from a typical year, EN ISO 13790 monthly heat balance, 3CL-DPE 2021 final and
 * primary energy, emissions and DPE class — an estimate, never an official DPE. See docs/thermal.md.
 */
export { monthlyClimate } from './monthlyClimate';
export type { MonthlyClimateOptions } from './monthlyClimate';
export { verticalIrradiation } from './verticalIrradiation';
export { heatBalance } from './heatBalance';
export type { HeatBalanceOptions } from './heatBalance';
export { gainUtilisation } from './gainUtilisation';
export { validateDwelling } from './validateDwelling';
export { adultEquivalents } from './adultEquivalents';
export { hotWaterNeed } from './hotWaterNeed';
export { finalEnergy, LIGHTING_KWH_M2 } from './finalEnergy';
export { primaryEnergyFactor } from './primaryEnergyFactor';
export { primaryEnergy } from './primaryEnergy';
export { ghg, ghgFactor } from './ghg';
export { dpeThresholds, STANDARD_THRESHOLDS } from './dpeThresholds';
export type { DpeThresholds } from './dpeThresholds';
export { dpeClass } from './dpeClass';
export type { DpeClassResult } from './dpeClass';
export { estimateDwelling, ESTIMATE_NOTICE } from './estimateDwelling';
export type { DwellingEstimate } from './estimateDwelling';
export { VENTILATION_RATES } from './ventilationAirChange';
export { THERMAL_MASS_WH_M2K } from './thermalMassCapacity';
export * from './conversionFactors';
export type * from './types';
export { CARRIERS, HEATING_SYSTEMS, HOT_WATER_SYSTEMS, THERMAL_MASSES, VENTILATIONS } from './types';
