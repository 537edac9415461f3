/** Shapes of the hourly PV model (engine/pv). Power in W, energy in kWh, angles in degrees. */
import type { Horizon } from '../geo/types';
import type { SkyModel } from '../sky/types';
import type { PhysicalIamParameters } from './iamPhysical';
import type { Mounting } from './sapmCellTemperature';

/** Air temperature and wind of every hour of the year the sky was built from. */
export interface Climate {
  /** [°C] */
  air_temperature_c: ArrayLike<number>;
  /** At 10 m [m/s]. */
  wind_speed_m_s: ArrayLike<number>;
}

/** One array: modules of one orientation. */
export interface PvArray {
  /** [°], within [0, 90]. */
  tilt_deg: number;
  /** [°] clockwise from north, within [0, 360]. */
  azimuth_deg: number;
  /** DC rating at STC [kWp], > 0. */
  kwp: number;
  mounting: Mounting;
  /** Obstruction elevation per azimuth sector [°] (≥ 4 sectors from north, clockwise), or null for an open sky. */
  horizon?: Horizon | null;
  /** Sky view factor overriding the one computed from the horizon [-]. */
  skyViewFactor?: number;
}

/** Choices along the chain; every default is DESIGN §5's. */
export interface PvOptions {
  /** Sky diffuse model; default 'perez'. */
  model?: SkyModel;
  /** Ground reflectance [-]; default 0.2. */
  albedo?: number;
  /** Total system losses [%], within [0, 99]; default pvwattsLosses(DEFAULT_LOSSES) ≈ 14.08. */
  losses_pct?: number;
  /** Incidence-angle modifier: 'physical' (default) or 'none'. */
  iam?: 'physical' | 'none';
  /** Glass parameters of the physical IAM; default n 1.526, K 4 /m, L 2 mm. */
  iamParameters?: PhysicalIamParameters;
  /** Temperature coefficient of power [1/°C]; default −0.0037. */
  gammaPdc?: number;
  /** DC rating over inverter AC rating [-], within [0.5, 3]; default DEFAULT_DC_AC_RATIO. */
  dcAcRatio?: number;
  /** Nominal inverter efficiency [-]; default 0.96. */
  inverterEfficiency?: number;
}

/** One array's hour-by-hour DC and its incident light. */
export interface ArrayDc {
  /** DC power after system losses, per hour [W]. */
  dc_w: Float64Array;
  /** Plane-of-array global irradiance (with shading), per hour [W/m²]. */
  poa_w_m2: Float64Array;
  /** Annual plane-of-array irradiation [kWh/m²]. */
  poa_kwh_m2: number;
  /** Annual irradiation reaching the cells after incidence losses [kWh/m²]. */
  effective_kwh_m2: number;
  /** Sky view factor used [-]. */
  skyViewFactor: number;
}

/** Yearly results of an array or a system. */
export interface PvYield {
  kwp: number;
  annual_kwh: number;
  monthly_kwh: number[];
  /** annual_kwh / kwp [kWh/kWp]. */
  specific_yield_kwh_kwp: number;
  /** Annual plane-of-array irradiation [kWh/m²] (kWp-weighted for a system). */
  poa_kwh_m2: number;
  /** AC yield over reference yield, IEC 61724-1: (E_ac / P_stc) / (H_poa / 1 kW/m²) [-]. */
  performance_ratio: number;
}
