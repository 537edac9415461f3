/**
 * The dwelling as the monthly heat balance sees it (engine/thermal) and as renovation measures change it
 * (engine/renovation). Areas [m²], U-values [W/(m²·K)], angles [°] (azimuth clockwise from north, 180 = south).
 */

/** Energy carriers of the 3CL-DPE 2021 conversion tables. */
export type Carrier = 'electricity' | 'gas' | 'oil' | 'wood' | 'district_heat' | 'lpg' | 'coal';

/** Space-heating generators. */
export type HeatingSystem =
  | 'gas_boiler_standard'
  | 'gas_boiler_condensing'
  | 'oil_boiler'
  | 'coal_stove'
  | 'wood_stove'
  | 'electric_direct'
  | 'heat_pump_air_water'
  | 'heat_pump_air_air'
  | 'district_heat';

/** Domestic hot-water generators. */
export type HotWaterSystem =
  | 'gas_combi'
  | 'gas_boiler_tank'
  | 'electric_tank'
  | 'thermodynamic_tank'
  | 'solar_water_heater_electric_backup'
  | 'oil_boiler_tank'
  | 'district_heat';

export type Ventilation = 'natural' | 'vmc_simple' | 'vmc_hygro_b' | 'double_flow';

/** Thermal inertia class (EN ISO 13790 Table 12: internal heat capacity per floor area). */
export type ThermalMass = 'very_light' | 'light' | 'medium' | 'heavy' | 'very_heavy';

/** One opaque or glazed element of the envelope. */
export interface Element {
  area_m2: number;
  u_w_m2k: number;
  /** Orientation of a wall or window [°] clockwise from north; null for roofs and floors. */
  azimuth_deg?: number | null;
  /** Adjustment factor b for a boundary to an unheated space or the ground (EN ISO 13789, 3CL "b"), within [0, 1]; default 1 (outdoor air). */
  b?: number;
}

/** A window group (one orientation). */
export interface WindowGroup extends Element {
  azimuth_deg: number;
  /** Total solar energy transmittance at normal incidence g⊥ [-]. */
  g_value: number;
  /** Frame fraction [-] (EN ISO 13790: 0.3 by default). */
  frame_fraction?: number;
  /**
   * Yearly or monthly shading reduction factor from the solar engine [-] (1 = unshaded); monthly values
   * (12) when known per month.
   */
  shading_factor?: number | number[];
}

/** What the monthly balance needs of a dwelling. */
export interface Dwelling {
  /** Heated living floor area (surface habitable, as the DPE uses) [m²], > 0. */
  floor_area_m2: number;
  /** Heated volume [m³]; default floor area × 2.5 m. */
  volume_m3?: number;
  walls: Element[];
  roof: Element[];
  floors: Element[];
  windows: WindowGroup[];
  /** Linear thermal bridges as a total H_TB [W/K]; default per 3CL from the envelope. */
  thermal_bridges_w_k?: number;
  ventilation: Ventilation;
  /** Infiltration air change at normal pressure [1/h], from air tightness. */
  infiltration_ach: number;
  thermal_mass: ThermalMass;
  heating: { system: HeatingSystem; carrier: Carrier; /** seasonal efficiency or SCOP [-] */ efficiency: number };
  hot_water: { system: HotWaterSystem; carrier: Carrier; /** seasonal efficiency or COP [-] */ efficiency: number };
  /** Occupants; default from the floor area (3CL-DPE 2021 Nadeq). */
  occupants?: number;
  /** Year built (for typology defaults and reporting). */
  year_built?: number | null;
  /** Dwellings in a UNESCO-listed cité (walls insulated from the inside only). */
  unesco?: boolean;
}
