import { createParisUtcOffset } from './parisUtcOffset';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Local hours of each series of labels, kept while the series lives (a weather year is read once per request). */
const localHoursOf = new WeakMap<object, Uint8Array>();

/** The Europe/Paris local hour (0–23) of each UTC label, cached per label array. */
function localHours(timeUtcMs: ArrayLike<number>): Uint8Array {
  const key = timeUtcMs as unknown as object;
  let hours = localHoursOf.get(key);
  if (hours?.length === timeUtcMs.length) return hours;
  const offset = createParisUtcOffset();
  hours = new Uint8Array(timeUtcMs.length);
  for (let i = 0; i < timeUtcMs.length; i++) {
    const local = timeUtcMs[i]! + offset(timeUtcMs[i]!);
    hours[i] = Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
  }
  localHoursOf.set(key, hours);
  return hours;
}

/**
 * The mean day of a year of hourly series, by hour of Europe/Paris local time (0 = 00:00–01:00): production,
 * consumption and their overlap (self-consumed) [kWh per hour, averaged over the days of the year]. Each UTC label is
 * moved to local time with that date's offset (CET/CEST).
 */
export function dailyProfile(timeUtcMs: ArrayLike<number>, production: ArrayLike<number>, load: ArrayLike<number>) {
  const local = localHours(timeUtcMs);
  const sums = {
    production_kwh: new Array(24).fill(0),
    consumption_kwh: new Array(24).fill(0),
    self_consumed_kwh: new Array(24).fill(0),
  };
  const days = new Array(24).fill(0);
  for (let i = 0; i < timeUtcMs.length; i++) {
    const hour = local[i]!;
    sums.production_kwh[hour] += production[i]!;
    sums.consumption_kwh[hour] += load[i]!;
    sums.self_consumed_kwh[hour] += Math.min(production[i]!, load[i]!);
    days[hour] += 1;
  }
  const mean = (a: number[]) => a.map((x, h) => (days[h] > 0 ? Math.round((x / days[h]) * 1000) / 1000 : 0));
  return {
    production_kwh: mean(sums.production_kwh),
    consumption_kwh: mean(sums.consumption_kwh),
    self_consumed_kwh: mean(sums.self_consumed_kwh),
  };
}
