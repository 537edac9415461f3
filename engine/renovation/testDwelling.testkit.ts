import type { Dwelling } from '../thermal/types';

/**
 * A mid-terrace miner's house of the 1920s (corons): 70 m², two façades of solid brick, lost attic, suspended
 * floor over a cellar, single glazing, natural ventilation, standard gas boiler. Values are round test inputs, not
 * typology defaults (those live in fixtures/typologies).
 */
export function minerHouse(over: Partial<Dwelling> = {}): Dwelling {
  return {
    floor_area_m2: 70,
    walls: [
      { area_m2: 30, u_w_m2k: 2.0, azimuth_deg: 180 },
      { area_m2: 25, u_w_m2k: 2.5, azimuth_deg: 0 },
    ],
    roof: [{ area_m2: 35, u_w_m2k: 2.5 }],
    floors: [{ area_m2: 35, u_w_m2k: 2.0, b: 0.8 }],
    windows: [
      { area_m2: 6, u_w_m2k: 5.0, azimuth_deg: 180, g_value: 0.85, shading_factor: 0.9 },
      { area_m2: 4, u_w_m2k: 5.0, azimuth_deg: 0, g_value: 0.85 },
    ],
    ventilation: 'natural',
    infiltration_ach: 0.6,
    thermal_mass: 'heavy',
    heating: { system: 'gas_boiler_standard', carrier: 'gas', efficiency: 0.75 },
    hot_water: { system: 'gas_combi', carrier: 'gas', efficiency: 0.7 },
    year_built: 1925,
    unesco: false,
    ...over,
  };
}
