/** Sun: position (suncalc 2.x), sun path, extraterrestrial irradiance and air mass. Angles in degrees. */
export { solarPosition } from './solarPosition';
export type { SolarPosition } from './solarPosition';
export { sunPath } from './sunPath';
export type { SunPath, SunPathPoint } from './sunPath';
export { extraterrestrialIrradiance, SOLAR_CONSTANT_W_M2 } from './extraterrestrialIrradiance';
export { relativeAirMass } from './relativeAirMass';
export { dayOfYear } from './dayOfYear';
