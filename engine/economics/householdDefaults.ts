/**
 * Coefficients of the household consumption model (defaultConsumption, householdLoad). They describe behaviour
 * and buildings rather than dated prices, so they live here, each with its source or the reason for the choice;
 * docs/economics.md lists them again.
 */
export const HOUSEHOLD_DEFAULTS = {
  /**
   * Specific electricity (appliances, lighting, cooking, IT) [kWh/yr] = fixed + per_occupant × occupants.
   * Calibrated on ADEME/RTE/Enertech Panel Elecdom (year 1, 2019–2020, 100 representative dwellings):
   * 2,228 kWh/yr of specific electricity per dwelling, 4,792 kWh/yr all uses, 92 m² average — with INSEE's
   * 2.19 persons per household, 1,100 + 500 × 2.19 = 2,195 kWh (−1.5 %). The fixed/per-person split (cold
   * appliances and standby are per dwelling; cooking, washing and IT scale with people) is our assumption.
   */
  specific_fixed_kwh_yr: 1100,
  specific_per_occupant_kwh_yr: 500,
  /**
   * Electric hot water [kWh/yr per occupant]. ADEME: 35 L of hot water per person per day; heating it from
   * 12 °C to 40 °C takes 35 × 1.163 Wh/(L·K) × 28 K ≈ 1.14 kWh/day = 416 kWh/yr useful, plus ≈ 40 % tank standing
   * and distribution losses (our assumption) ≈ 700 kWh/yr. Used only for 'electric' and 'heat_pump'
   * households (tank with a Joule element, run in off-peak hours).
   */
  hot_water_kwh_per_occupant_yr: 700,
  /**
   * Direct electric space heating [kWh/(m²·yr)] of floor area. Assumption: the round figure quoted by retailers
   * ("≈ 100 kWh per m² heated"), consistent with ≈ 15,600 kWh/yr for a 100 m², 4-person all-electric house;
   * the basin's E/F/G miners' houses may need more, insulated ones less.
   */
  electric_heating_kwh_m2_yr: 100,
  /**
   * Seasonal coefficient of performance of a heat pump [-]: heating electricity = heat / SCOP. Assumption
   * informed by the EU ecodesign minimum for medium-temperature heat pumps (ηs ≥ 110 %, Regulation (EU)
   * 813/2013, which with the 2.5 conversion coefficient is SCOP ≈ 2.8); older radiators in retrofits keep
   * real SCOPs near this floor.
   */
  heat_pump_scop: 2.8,
  /** Floor area [m²] when not given: Panel Elecdom's 92 m² average dwelling, rounded. */
  default_floor_area_m2: 90,
  /** Occupants when not given [persons]: INSEE's 2.19 persons per main residence, rounded. */
  default_occupants: 2.2,
  /** Heating degree-hour base temperature [°C]: heating need ∝ max(0, 15 − T_air). */
  heating_base_temperature_c: 15,
  /** Share of the specific electricity used for lighting [-], shaped by season and darkness; assumption. */
  lighting_share: 0.1,
  /** Lighting seasonal amplitude [-]: daily lighting ∝ 1 + a·cos(2π(d − winter solstice)/365.2425); assumption. */
  lighting_seasonal_amplitude: 0.6,
  /**
   * Off-peak hours for the hot-water tank, local time [h, start inclusive → end exclusive]: 22:00–06:00.
   * 11 million of the 15 million French HP/HC customers have their 8 off-peak hours at night, 22 h–6 h,
   * and every new HP/HC contract gets that range (Révolution Énergétique, citing Enedis, 2023).
   */
  off_peak_start_h: 22,
  off_peak_end_h: 6,
} as const;
