/** Economics of a homeowner PV system in France: dated tariffs, household load, self-consumption, payback, NPV, LCOE, CO2. */
export type {
  Figure,
  Heating,
  InstallationCostBand,
  OaBand,
  TariffSource,
  Tariffs,
  VatRequirement,
  VatRule,
} from './types';
export { HEATING_VALUES, VAT_REQUIREMENTS } from './types';
export { vatRuleFor } from './vatRuleFor';
export type { VatFacts } from './vatRuleFor';
export { bandFor } from './bandFor';
export { parseTariffs } from './parseTariffs';
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
export { countsToEvaluate, evaluateCounts, productionOf } from './configurations';
export type { Configuration, Evaluated, EvaluationContext, FaceYield, PanelWeight } from './configurations';
export { chooseConfiguration } from './chooseConfiguration';
export type { Sizing, SizingQuery } from './chooseConfiguration';
export { householdProfile } from './householdProfile';
export type { Household, HouseholdWeather } from './householdProfile';
export { dailyProfile } from './dailyProfile';
export { pvVerdict, sizingOptions } from './pvVerdict';
export type { PvCase, PvReason, PvVerdict, SizingOptions } from './pvVerdict';
export { parsePlugInKits, plugInKit } from './plugInKit';
export type { PlugInKitInput, PlugInKitModel, PlugInKitResult, PlugInKitSpec } from './plugInKit';
