/** 3CL-DPE 2021: the uses other than heating and the final balance (annexe 1 §5, §10, §11, §14–16; arrêté « DPE »). */
export { balance, type Balance3cl, type BalanceInput, type HeatingFinalEnergy, type UseTotals } from './balance';
export { otherUses, dpeSurface_m2, needsSurface_m2, isHouse, type OtherUses, type Needs3cl } from './otherUses';
export {
  ecsConsumption,
  type EcsResult,
  type EcsInstallationResult,
  type EnergyUse,
  type EcsOptions,
} from './ecsConsumption';
export {
  ecsGeneratorConsumption,
  ecsGeneratorKind,
  electricTankLosses_wh,
  combustionTankLosses_wh,
  boilerAuxiliary_kwh,
} from './ecsGenerator';
export { combustionFromTable, combustionRow, type CombustionCharacteristics } from './combustionCharacteristics';
export { evaluateCombustionFormula } from './combustionFormula';
export { coolingConsumption } from './cooling';
export { lightingConsumption_kwh } from './lighting';
export { ventilationAuxiliary_kwh } from './ventilationAuxiliary';
export {
  primaryEnergyFactor,
  emissionFactor,
  districtHeatCo2,
  districtHeatTableYear,
  type Use3cl,
} from './energyFactors';
export { energyClass, climateClass, worseClass, type DpeLetter, type ClassContext } from './dpeClass';
export { needsAtBuildingScale } from './scale';
