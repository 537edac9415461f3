import { monthOfTypicalHour } from './calendar';
import type { TypicalYear } from './types';

/** Annual and monthly totals of a typical year. */
export interface YearSummary {
  /** Annual global horizontal irradiation [kWh/m²] */
  ghi_kwh_m2: number;
  /** Annual direct normal irradiation [kWh/m²] */
  dni_kwh_m2: number;
  /** Annual diffuse horizontal irradiation [kWh/m²] */
  dhi_kwh_m2: number;
  /** Mean air temperature over the 8760 hours [°C] */
  mean_air_temperature_c: number;
  /** Global horizontal irradiation per calendar month, January first [kWh/m²] */
  monthly_ghi_kwh_m2: number[];
}

/**
 * Sum a typical year: each hourly mean irradiance [W/m²] counts for one hour, so Σ G · 1 h / 1000 [kWh/m²].
 * Months follow the file's own calendar (hour i of the series is hour i of a non-leap year), not the UTC label,
 * so an EPW in local time keeps its first hour in January.
 * @param ty a parsed typical year
 * @returns annual GHI, DNI, DHI [kWh/m²], mean air temperature [°C] and the 12 monthly GHI [kWh/m²]
 */
export function summariseYear(ty: TypicalYear): YearSummary {
  const n = ty.hours;
  const series = [ty.ghi_w_m2, ty.dni_w_m2, ty.dhi_w_m2, ty.air_temperature_c];
  if (!(n > 0) || series.some((s) => s.length !== n)) {
    throw new RangeError(`summariseYear: every series must have ty.hours = ${n} values`);
  }
  let ghi = 0;
  let dni = 0;
  let dhi = 0;
  let temperature = 0;
  const monthly = new Array<number>(12).fill(0);
  for (let i = 0; i < n; i++) {
    const g = ty.ghi_w_m2[i] ?? 0;
    ghi += g;
    dni += ty.dni_w_m2[i] ?? 0;
    dhi += ty.dhi_w_m2[i] ?? 0;
    temperature += ty.air_temperature_c[i] ?? 0;
    const m = monthOfTypicalHour(i) - 1;
    monthly[m] = (monthly[m] ?? 0) + g;
  }
  return {
    ghi_kwh_m2: ghi / 1000,
    dni_kwh_m2: dni / 1000,
    dhi_kwh_m2: dhi / 1000,
    mean_air_temperature_c: temperature / n,
    monthly_ghi_kwh_m2: monthly.map((wh) => wh / 1000),
  };
}
