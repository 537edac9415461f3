import type { Horizon } from '../geo/types';
import { integratePoint, preparePlane, prepareSkyYear } from '../irradiance';
import type { SkyModel } from '../sky/types';
import { checkRange } from '../geo/checkRange';
import type { TypicalYear } from '../weather/types';
import type { MonthlyClimate } from './types';

/** Options of monthlyClimate. */
export interface MonthlyClimateOptions {
  /** Azimuth step of the vertical-plane table [°], a divisor of 360 within [1, 90]; default 5. */
  azimuthStep_deg?: number;
  /** Sky diffuse model of the irradiance engine; default 'perez' (as the PV chain). */
  model?: SkyModel;
  /** Ground reflectance [-] within [0, 1]; default 0.2. */
  albedo?: number;
  /** One horizon for every plane of the table (e.g. a street canyon), 72 sectors or any count ≥ 4; default none. */
  horizon?: Horizon | null;
}

/**
 * Monthly climate of a site from an hourly typical year, for the monthly heat balance (EN ISO 13790:2008 §6.4 /
 * EN ISO 52016-1:2017 §6.4: monthly mean outdoor temperature and solar irradiation per orientation).
 *
 * - temperature: mean of the hourly air temperature of each month [°C]; hours: the month's hour count [h];
 * - irradiation: the project's irradiance engine (prepareSkyYear → preparePlane → integratePoint, Perez 1990
 *   transposition, see docs/physics.md), on the horizontal plane and on vertical planes every `azimuthStep_deg`
 *   (72 planes at 5°), behind an optional horizon; a window of any azimuth then reads this table
 *   (verticalIrradiation), so the per-dwelling cost is a lookup.
 * Cost ≈ 0.3–0.5 s once per climate (sky year + 73 plane tables); nothing is computed per dwelling.
 *
 * @param year parsed typical year (8760 hourly records)
 * @param latitude_deg site latitude [°] within [-90, 90]
 * @param longitude_deg site longitude [°] within [-180, 180]
 * @param options azimuth step [°], sky model, albedo [-], horizon [°]
 * @returns monthly temperature [°C], hours [h], horizontal and vertical irradiation [kWh/m²]
 * @example monthlyClimate(parseWeather(text), 50.43, 2.83).temperature_c[0] // ≈ 4 °C in January
 */
export function monthlyClimate(
  year: TypicalYear,
  latitude_deg: number,
  longitude_deg: number,
  options: MonthlyClimateOptions = {},
): MonthlyClimate {
  const step = options.azimuthStep_deg ?? 5;
  checkRange('azimuthStep_deg', step, 1, 90);
  if (!Number.isInteger(360 / step)) throw new RangeError(`azimuthStep_deg must divide 360, got ${step}`);
  const model = options.model ?? 'perez';
  const albedo = options.albedo ?? 0.2;
  const horizon = options.horizon ?? null;
  if (year.air_temperature_c.length !== year.hours) {
    throw new RangeError(`year.air_temperature_c must hold ${year.hours} values, got ${year.air_temperature_c.length}`);
  }
  const sky = prepareSkyYear(year, { latitude_deg, longitude_deg });
  const temperature_c = new Float64Array(12);
  const hours = new Float64Array(12);
  let sum = 0;
  for (let i = 0; i < sky.hours; i++) {
    const t = year.air_temperature_c[i]!;
    if (!Number.isFinite(t)) throw new RangeError(`year.air_temperature_c[${i}] must be finite, got ${t}`);
    const m = sky.month[i]!;
    temperature_c[m] = temperature_c[m]! + t;
    hours[m] = hours[m]! + 1;
    sum += t;
  }
  for (let m = 0; m < 12; m++) {
    if (hours[m] === 0) throw new RangeError(`year must cover every month; month ${m + 1} has no hour`);
    temperature_c[m] = temperature_c[m]! / hours[m]!;
  }
  const horizontal = integratePoint(preparePlane(sky, { tilt_deg: 0, azimuth_deg: 180, model, albedo }), horizon);
  const count = 360 / step;
  const vertical_kwh_m2 = new Float64Array(count * 12);
  for (let k = 0; k < count; k++) {
    const plane = preparePlane(sky, { tilt_deg: 90, azimuth_deg: k * step, model, albedo });
    const monthly = integratePoint(plane, horizon).monthly_kwh_m2;
    for (let m = 0; m < 12; m++) vertical_kwh_m2[k * 12 + m] = monthly[m]!;
  }
  return {
    source: year.source,
    latitude_deg,
    longitude_deg,
    temperature_c,
    hours,
    annualMeanTemperature_c: sum / sky.hours,
    horizontal_kwh_m2: Float64Array.from(horizontal.monthly_kwh_m2),
    azimuthStep_deg: step,
    vertical_kwh_m2,
  };
}
