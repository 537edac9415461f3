/** Hourly PV model: incidence-angle modifier, cell temperature, PVWatts DC, losses and inverter. See docs/pv.md. */
export { iamPhysical, DEFAULT_PHYSICAL_IAM } from './iamPhysical';
export type { PhysicalIamParameters } from './iamPhysical';
export { marionDiffuse } from './marionDiffuse';
export type { DiffuseIam } from './marionDiffuse';
export { sapmCellTemperature, SAPM_TEMPERATURE_PARAMETERS, MOUNTING_TEMPERATURE } from './sapmCellTemperature';
export type { Mounting, SapmTemperatureParameters } from './sapmCellTemperature';
export { pvwattsDc, DEFAULT_GAMMA_PDC } from './pvwattsDc';
export { pvwattsInverter, DEFAULT_INVERTER_EFFICIENCY } from './pvwattsInverter';
export { pvwattsLosses, DEFAULT_LOSSES } from './pvwattsLosses';
export type { SystemLosses } from './pvwattsLosses';
export { arrayDc } from './arrayDc';
export { systemAc, DEFAULT_DC_AC_RATIO } from './systemAc';
export { simulateSystem } from './simulateSystem';
export type { SystemYield } from './simulateSystem';
export { yieldOf } from './yieldOf';
export type { ArrayDc, Climate, PvArray, PvOptions, PvYield } from './types';
