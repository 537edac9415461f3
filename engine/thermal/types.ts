/**
 * The dwelling as the monthly heat balance sees it (engine/thermal) and as renovation measures change it
 * (engine/renovation). Areas [m²], U-values [W/(m²·K)], angles [°] (azimuth clockwise from north, 180 = south).
 */

/** Energy carriers of the 3CL-DPE 2021 conversion tables. */
export const CARRIERS = ['electricity', 'gas', 'oil', 'wood', 'district_heat', 'lpg', 'coal'] as const;
export type Carrier = (typeof CARRIERS)[number];

/** Space-heating generators. */
export const HEATING_SYSTEMS = [
  'gas_boiler_standard',
  'gas_boiler_condensing',
  'oil_boiler',
  'coal_stove',
  'wood_stove',
  'electric_direct',
  'heat_pump_air_water',
  'heat_pump_air_air',
  'district_heat',
] as const;
export type HeatingSystem = (typeof HEATING_SYSTEMS)[number];

/** Domestic hot-water generators. */
export const HOT_WATER_SYSTEMS = [
  'gas_combi',
  'gas_boiler_tank',
  'electric_tank',
  'thermodynamic_tank',
  'solar_water_heater_electric_backup',
  'oil_boiler_tank',
  'district_heat',
] as const;
export type HotWaterSystem = (typeof HOT_WATER_SYSTEMS)[number];

export const VENTILATIONS = ['natural', 'vmc_simple', 'vmc_hygro_b', 'double_flow'] as const;
export type Ventilation = (typeof VENTILATIONS)[number];

/** Thermal inertia class (EN ISO 13790 Table 12: internal heat capacity per floor area). */
export const THERMAL_MASSES = ['very_light', 'light', 'medium', 'heavy', 'very_heavy'] as const;
export type ThermalMass = (typeof THERMAL_MASSES)[number];

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
  /**
   * Mechanical ventilation installed after 2012 (3CL-DPE 2021 §5: lower fan power); default false. Used only for
   * the ventilation auxiliaries.
   */
  ventilation_post_2012?: boolean;
}

/** Monthly climate of one site, prepared once and shared by every dwelling (monthlyClimate). */
export interface MonthlyClimate {
  /** Where the climate comes from (the weather file's source). */
  source: string;
  latitude_deg: number;
  longitude_deg: number;
  /** Mean outdoor air temperature per month, January first [°C]. */
  temperature_c: Float64Array;
  /** Hours per month [h] (the typical year's own count: 744, 672, ...). */
  hours: Float64Array;
  /** Mean annual outdoor air temperature [°C]. */
  annualMeanTemperature_c: number;
  /** Global irradiation on the horizontal plane per month [kWh/m²]. */
  horizontal_kwh_m2: Float64Array;
  /** Azimuth step of the vertical table [°] (a divisor of 360). */
  azimuthStep_deg: number;
  /**
   * Irradiation on a vertical plane per azimuth and month [kWh/m²]: entry k·12 + m is azimuth k·step (clockwise
   * from north), month m (0 = January).
   */
  vertical_kwh_m2: Float64Array;
}

/** Monthly quasi-steady-state heat balance of a dwelling (heatBalance). */
export interface HeatBalance {
  /** Transmission heat transfer coefficient Σ b·U·A + H_TB [W/K]. */
  h_tr_w_k: number;
  /** Ventilation heat transfer coefficient 0.34·n·V [W/K]. */
  h_ve_w_k: number;
  /** Thermal bridges H_TB used [W/K]. */
  h_tb_w_k: number;
  /** Internal heat capacity C_m [Wh/K]. */
  c_m_wh_k: number;
  /** Time constant τ = C_m / (H_tr + H_ve) [h]. */
  tau_h: number;
  /** Numerical parameter a_H = a_H,0 + τ/τ_H,0 [-]. */
  a_h: number;
  /** Set-point temperature [°C]. */
  setpoint_c: number;
  /** Heat transfer by transmission and ventilation per month [kWh]. */
  losses_kwh: Float64Array;
  /** Solar gains through windows per month [kWh]. */
  solarGains_kwh: Float64Array;
  /** Internal gains per month [kWh]. */
  internalGains_kwh: Float64Array;
  /** Gain utilisation factor per month [-]. */
  utilisation: Float64Array;
  /** Space-heating need per month [kWh]. */
  need_kwh: Float64Array;
  /** Space-heating need over the year [kWh]. */
  needYear_kwh: number;
  /** Space-heating need per m² of floor area [kWh/(m²·yr)]. */
  need_kwh_m2: number;
}

/** End uses reported by the DPE (5 uses minus cooling, which these houses do not have). */
export type EndUse = 'heating' | 'hot_water' | 'lighting' | 'auxiliaries';

/** One line of final energy: an end use supplied by one carrier [kWh/yr]. */
export interface FinalEnergyLine {
  use: EndUse;
  carrier: Carrier;
  final_kwh: number;
}

/** Final energy of a dwelling by use and carrier (finalEnergy). */
export interface FinalEnergy {
  lines: FinalEnergyLine[];
  /** Heating need [kWh/yr] (from the heat balance). */
  heatingNeed_kwh: number;
  /** Hot-water need [kWh/yr]. */
  hotWaterNeed_kwh: number;
  /** Sum of all lines [kWh/yr]. */
  total_kwh: number;
}

/** DPE classes, best first. */
export type DpeLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
