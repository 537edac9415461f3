/** Economics of a homeowner PV system in France: dated tariffs, household load, self-consumption, payback, NPV, LCOE, CO2. */
export type { Figure, Heating, InstallationCostBand, OaBand, TariffSource, Tariffs, VatRule } from './types';
export { HEATING_VALUES } from './types';
export { bandFor } from './bandFor';
export { parseTariffs } from './parseTariffs';
export { DEFAULT_TARIFFS_PATH, loadTariffs } from './loadTariffs';
export { HOUSEHOLD_DEFAULTS } from './householdDefaults';
export { checkHousehold, consumptionParts } from './consumptionParts';
export type { ConsumptionParts, HouseholdInput } from './consumptionParts';
export { defaultConsumption } from './defaultConsumption';
export { createParisUtcOffset, parisYear } from './parisUtcOffset';
export type { ParisYear } from './parisUtcOffset';
export { householdLoad } from './householdLoad';
export type { HouseholdLoadInput } from './householdLoad';
export { selfConsumption } from './selfConsumption';
export type { SelfConsumptionResult } from './selfConsumption';
export { pvEconomics } from './pvEconomics';
export type { PvEconomicsAssumptions, PvEconomicsInput, PvEconomicsResult } from './pvEconomics';
