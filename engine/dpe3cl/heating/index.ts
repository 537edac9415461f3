/** Space heating of the 3CL-DPE 2021 method (§8 intermittence, §9 consumption, §12–13 generators, §15 auxiliaries). */
export {
  heatingConsumption,
  type HeatingConsumption,
  type HeatingInputs,
  type GeneratorConsumption,
} from './heatingConsumption';
export { baseTemperature, zoneGroup } from './climate';
export { intermittenceI0, intermittenceFactor } from './intermittence';
export { emitterEfficiencies } from './emitterEfficiencies';
export { combustionCharacteristics, defaultNominalPower } from './combustionCharacteristics';
export { combustionEfficiency, pcsPciRatio } from './combustionEfficiency';
export { heatPumpScop, tabulatedGenerationEfficiency } from './tabulatedEfficiency';
export { operatingTemperatures } from './operatingTemperatures';
export { installationShare } from './installationShares';
export { generationAuxiliaries, distributionAuxiliaries, circulatorPower } from './heatingAuxiliaries';
export { recoveredGeneratorLosses } from './recoveredGeneratorLosses';
export { generatorKind, combustionFamily } from './generatorKind';
