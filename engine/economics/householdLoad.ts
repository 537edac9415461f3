import { consumptionParts } from './consumptionParts';
import { HOUSEHOLD_DEFAULTS as D } from './householdDefaults';
import { LIGHTING_SHAPE, WEEKDAY_SHAPE, WEEKEND_SHAPE } from './loadShapes';
import { parisYear } from './parisUtcOffset';
import type { Heating } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** 2000-12-21, a winter solstice, in days since 1970-01-01 (the lighting season's phase origin). */
const SOLSTICE_DAY = 11_312;
const TROPICAL_YEAR_DAYS = 365.2425;

/** Inputs of householdLoad. */
export interface HouseholdLoadInput {
  /** Yearly consumption to distribute [kWh/yr], ≥ 0 (from the bill, or defaultConsumption) */
  annual_kwh: number;
  heating: Heating;
  /** Start of each hour [UTC ms] (a typical year: 8760 values, mixed years allowed); length ≥ 24 */
  timeUtcMs: ArrayLike<number>;
  /** Air temperature of each hour [°C], same length */
  air_temperature_c: ArrayLike<number>;
  /** Persons, within [1, 12]: sets the split between uses; default 2.2 (INSEE household size) */
  occupants?: number;
  /** Heated floor area [m²]: sets the split between uses; default 90 */
  floor_area_m2?: number;
}

function checkSeries(input: HouseholdLoadInput): number {
  const { annual_kwh, timeUtcMs, air_temperature_c } = input;
  if (!(Number.isFinite(annual_kwh) && annual_kwh >= 0 && annual_kwh <= 1e6)) {
    throw new RangeError(`annual_kwh must be within [0, 1e6], got ${annual_kwh}`);
  }
  const n = timeUtcMs?.length ?? 0;
  if (n < 24) throw new RangeError(`timeUtcMs must hold at least 24 hours, got ${n}`);
  if (air_temperature_c?.length !== n) {
    throw new RangeError(
      `air_temperature_c must have the length of timeUtcMs (${n}), got ${air_temperature_c?.length}`,
    );
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(timeUtcMs[i])) throw new RangeError(`timeUtcMs[${i}] must be finite, got ${timeUtcMs[i]}`);
    const t = air_temperature_c[i]!;
    if (!(t >= -80 && t <= 70)) throw new RangeError(`air_temperature_c[${i}] must be within [-80, 70], got ${t}`);
  }
  return n;
}

/**
 * Hourly electricity consumption of a household [kWh per hour] over a typical year, summing to `annual_kwh`
 * (to rounding, ≈ 1e-12 relative). Four parts, each scaled to its share of consumptionParts() for this household:
 *
 * - appliances and cooking (specific × 0.9): WEEKDAY_SHAPE or WEEKEND_SHAPE at the hour's Europe/Paris local time;
 * - lighting (specific × 0.1): LIGHTING_SHAPE[h] × (1 + 0.6·cos(2π(d − d_solstice)/365.2425)), d = local day;
 * - electric hot water ('electric', 'heat_pump'): flat over the off-peak hours 22:00–06:00 local ("heures creuses");
 * - space heating ('electric', 'heat_pump'): ∝ degree-hours max(0, 15 °C − T_air) of each hour; for a heat pump
 *   the share is already divided by the seasonal COP (2.8); its hourly COP variation with T is not modelled.
 *
 * part_i = E_part × w_i / Σ w (E_part = annual_kwh × part / Σ parts). When the series has no degree-hour (or no
 * off-peak hour), that part is dropped and the other parts share annual_kwh in their proportions. Local time comes from each label's own UTC
 * date (parisYear), so the weekday and DST of a TMY built from several years are those of each month's
 * year. The shapes are ours, following published characteristics (see loadShapes.ts, docs/economics.md).
 * Cost: two passes over the hours, one Uint8Array and the result allocated.
 * @returns hourly consumption [kWh], same length as timeUtcMs
 * @throws RangeError naming the invalid field
 */
export function householdLoad(input: HouseholdLoadInput): Float64Array {
  const n = checkSeries(input);
  const { timeUtcMs, air_temperature_c: temp } = input;
  const parts = consumptionParts({
    heating: input.heating,
    occupants: input.occupants ?? D.default_occupants,
    floor_area_m2: input.floor_area_m2,
  });
  const out = new Float64Array(n);
  if (input.annual_kwh === 0) return out;

  // Pass 1: local hour code (hour + 24 at weekends) per hour, lighting weight into `out`, and each part's Σ weights.
  const code = new Uint8Array(n);
  let y = parisYear(timeUtcMs[0]!);
  const base = D.heating_base_temperature_c;
  const amp = D.lighting_seasonal_amplitude;
  let sumApp = 0;
  let sumLight = 0;
  let sumHotWater = 0;
  let sumDegreeHours = 0;
  let lastDay = NaN;
  let weekend = false;
  let season = 1;
  for (let i = 0; i < n; i++) {
    const utc = timeUtcMs[i]!;
    if (utc < y.yearStart || utc >= y.yearEnd) y = parisYear(utc);
    const local = utc + (utc >= y.summerStart && utc < y.summerEnd ? 2 * HOUR_MS : HOUR_MS);
    const day = Math.floor(local / DAY_MS);
    const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
    if (day !== lastDay) {
      // Once per local day: weekday (1970-01-01 was a Thursday; 0 = Sunday) and the lighting season.
      const dow = (((day + 4) % 7) + 7) % 7;
      weekend = dow === 0 || dow === 6;
      season = 1 + amp * Math.cos((2 * Math.PI * (day - SOLSTICE_DAY)) / TROPICAL_YEAR_DAYS);
      lastDay = day;
    }
    code[i] = weekend ? hour + 24 : hour;
    sumApp += weekend ? WEEKEND_SHAPE[hour]! : WEEKDAY_SHAPE[hour]!;
    const light = LIGHTING_SHAPE[hour]! * season;
    out[i] = light;
    sumLight += light;
    if (hour >= D.off_peak_start_h || hour < D.off_peak_end_h) sumHotWater++;
    const dh = base - temp[i]!;
    if (dh > 0) sumDegreeHours += dh;
  }

  // A part with no hour to go to (no degree-hour, no off-peak hour) is dropped: the others share annual_kwh.
  const hotWaterKwh = sumHotWater > 0 ? parts.hot_water_kwh : 0;
  const heatingKwh = sumDegreeHours > 0 ? parts.heating_kwh : 0;
  const scale = input.annual_kwh / (parts.specific_kwh + hotWaterKwh + heatingKwh);
  const eHotWater = hotWaterKwh * scale;
  const eHeating = heatingKwh * scale;
  const eApp = parts.specific_kwh * scale * (1 - D.lighting_share);
  const eLight = parts.specific_kwh * scale * D.lighting_share;
  const kApp = eApp / sumApp;
  const kLight = eLight / sumLight;
  const kHotWater = sumHotWater > 0 ? eHotWater / sumHotWater : 0;
  const kHeating = sumDegreeHours > 0 ? eHeating / sumDegreeHours : 0;

  // Pass 2: combine the parts.
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = code[i]!;
    const hour = c >= 24 ? c - 24 : c;
    const app = c >= 24 ? WEEKEND_SHAPE[hour]! : WEEKDAY_SHAPE[hour]!;
    const hotWater = hour >= D.off_peak_start_h || hour < D.off_peak_end_h ? kHotWater : 0;
    const dh = base - temp[i]!;
    const v = kApp * app + kLight * out[i]! + hotWater + (dh > 0 ? kHeating * dh : 0);
    out[i] = v;
    sum += v;
  }
  // Remove the rounding residue so Σ equals annual_kwh to the last bits.
  const fix = input.annual_kwh / sum;
  for (let i = 0; i < n; i++) out[i] = out[i]! * fix;
  return out;
}
