/** The 3CL-DPE 2021 needs (§6 free gains, §6.2 south-equivalent area, §7 inertia, §9 heating, §10 cooling, §11 hot water). */
export { needs, type EnvelopeInputs, type Needs, type NeedsMonthly, type NeedsOptions } from './needs';
export { climateSite, monthlyClimate, MONTHS, type ClimateSite, type OldMaterialsRule } from './climate';
export {
  inertiaClass,
  inertiaClassFromFlags,
  gainUtilisationExponent,
  internalHeatCapacity_j_km2,
  type InertiaClassId,
  type InertiaFlags,
} from './inertia';
export { nadeq, nadeqFlats, nadeqHouse, needsArea_m2 } from './nadeq';
export { southEquivalentArea_m2, type GlazingInputs } from './southEquivalentArea';
export { distantMaskFactor, nearMaskFactor } from './windowMasks';
export { internalGains_wh, solarGains_wh } from './freeGains';
export { gainUtilisationFraction, heatingNeedMonths, type HeatingNeedMonths } from './heatingNeed';
export { coolingNeed_wh } from './coolingNeed';
export { hotWaterNeed_wh, OCCUPATION_DAYS, V40_L_PER_DAY } from './hotWaterNeed';
export {
  recoverableHotWaterLosses,
  recoveredMonthly_wh,
  storageLoss_wh,
  type RecoverableHotWaterLosses,
} from './hotWaterRecoveredLosses';
export { numberAt } from './read';
