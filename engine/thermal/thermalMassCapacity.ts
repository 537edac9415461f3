import type { ThermalMass } from './types';

/**
 * Internal heat capacity per m² of floor area by inertia class [Wh/(m²·K)]: EN ISO 13790:2008 Table 12 (A_m and
 * C_m per A_f: very light 80 000, light 110 000, medium 165 000, heavy 260 000, very heavy 370 000 J/(m²·K)),
 * divided by 3600 J/Wh.
 */
export const THERMAL_MASS_WH_M2K: Readonly<Record<ThermalMass, number>> = {
  very_light: 80_000 / 3600,
  light: 110_000 / 3600,
  medium: 165_000 / 3600,
  heavy: 260_000 / 3600,
  very_heavy: 370_000 / 3600,
};
