/** Solar water heater (CESI, chauffe-eau solaire individuel): shared types. */

/** Monthly climate and load of one site and household; every array holds 12 values, January first. */
export interface FChartMonthly {
  /** Irradiation on the collector plane, monthly total [kWh/m²] */
  poaIrradiation_kwh_m2: ArrayLike<number>;
  /** Mean ambient air temperature [°C] */
  ambient_c: ArrayLike<number>;
  /** Mains (cold) water temperature T_m [°C] */
  mains_c: ArrayLike<number>;
  /** Hot-water load, monthly total [kWh] */
  load_kwh: ArrayLike<number>;
}

/** Collector loop and store of a liquid solar water heater. */
export interface FChartSystem {
  /** Collector aperture area A_c [m²] within (0, 20] */
  collector_m2: number;
  /** Tank volume [L] within [50, 1000] */
  tank_l: number;
  /** Intercept FR(τα)n of the collector efficiency line [-] within (0, 1] */
  frTauAlphaN: number;
  /** Slope FR·UL of the collector efficiency line [W/(m²·K)] within [0, 20] */
  frUL_w_m2k: number;
  /** Monthly-mean incidence-angle modifier (τα)/(τα)n [-] within (0, 1.2]: one value, or 12 */
  iam: number | ArrayLike<number>;
  /** Collector-loop heat-exchanger factor FR'/FR [-] within (0, 1] */
  hxFactor: number;
  /** Hot-water delivery (minimum acceptable) temperature T_w [°C] within [30, 95] */
  delivery_c: number;
}

/** One month of the f-chart. */
export interface FChartMonth {
  /** Dimensionless loss ratio X after the hot-water and storage corrections [-] */
  x: number;
  /** Dimensionless absorbed-energy ratio Y [-] */
  y: number;
  /** Monthly solar fraction, clamped to [0, 1] [-] */
  f: number;
  /** False when X or Y lies outside the correlation's fitted range (0 ≤ X ≤ 18, 0 ≤ Y ≤ 3) */
  inRange: boolean;
  load_kwh: number;
  /** Solar useful energy f·L [kWh] */
  solar_kwh: number;
  /** Auxiliary energy (1 − f)·L [kWh] */
  auxiliary_kwh: number;
}

/** Result of the f-chart over a year. */
export interface FChartResult {
  months: FChartMonth[];
  load_kwh: number;
  solar_kwh: number;
  auxiliary_kwh: number;
  /** Annual solar fraction F = Σ f·L / Σ L [-] (0 when there is no load) */
  solarFraction: number;
}
