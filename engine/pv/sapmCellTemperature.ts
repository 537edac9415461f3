import { checkRange } from '../geo/checkRange';

/** Sandia (SAPM) cell-temperature parameters of a mounting: a [-], b [s/m], deltaT [°C]. */
export interface SapmTemperatureParameters {
  a: number;
  b: number;
  deltaT: number;
}

/**
 * Empirical parameters of the Sandia module temperature model by module construction and mounting (King, D. L.,
 * Boyson, W. E., Kratochvil, J. A. 2004 "Photovoltaic Array Performance Model", Sandia report SAND2004-3535,
 * doi:10.2172/919131, Table 1; pvlib `temperature.TEMPERATURE_MODEL_PARAMETERS['sapm']`).
 */
export const SAPM_TEMPERATURE_PARAMETERS = {
  open_rack_glass_glass: { a: -3.47, b: -0.0594, deltaT: 3 },
  close_mount_glass_glass: { a: -2.98, b: -0.0471, deltaT: 1 },
  open_rack_glass_polymer: { a: -3.56, b: -0.075, deltaT: 3 },
  insulated_back_glass_polymer: { a: -2.81, b: -0.0455, deltaT: 0 },
} as const satisfies Record<string, SapmTemperatureParameters>;

/** How an array is mounted: on a roof (close to it, little air behind) or on an open rack (ground-mounted). */
export type Mounting = 'roof' | 'open_rack';

/** Parameter set per mounting, as DESIGN §5 chooses them: roof → close-mount glass/glass, rack → open-rack glass/polymer. */
export const MOUNTING_TEMPERATURE: Record<Mounting, SapmTemperatureParameters> = {
  roof: SAPM_TEMPERATURE_PARAMETERS.close_mount_glass_glass,
  open_rack: SAPM_TEMPERATURE_PARAMETERS.open_rack_glass_polymer,
};

/**
 * Cell temperature by the Sandia model:
 *
 *   T_module = E·exp(a + b·WS) + T_air;   T_cell = T_module + (E / 1000 W/m²)·ΔT
 *
 * (King et al. 2004, eqs. 11-12; pvlib `temperature.sapm_cell`).
 *
 * @param poaGlobal plane-of-array irradiance E [W/m²], ≥ 0
 * @param airTemperature ambient air temperature [°C], within [-90, 70]
 * @param windSpeed wind speed at 10 m [m/s], within [0, 100]
 * @param params a [-], b [s/m], ΔT [°C]
 * @returns cell temperature [°C]
 * @example sapmCellTemperature(1000, 25, 1, SAPM_TEMPERATURE_PARAMETERS.close_mount_glass_glass) // ≈ 73.8
 */
export function sapmCellTemperature(
  poaGlobal: number,
  airTemperature: number,
  windSpeed: number,
  params: SapmTemperatureParameters,
): number {
  checkRange('poaGlobal', poaGlobal, 0, 2000);
  checkRange('airTemperature', airTemperature, -90, 70);
  checkRange('windSpeed', windSpeed, 0, 100);
  return poaGlobal * Math.exp(params.a + params.b * windSpeed) + airTemperature + (poaGlobal / 1000) * params.deltaT;
}
