/*
 * Tests only: a synthetic typical year (8760 h, 365 days of a non-leap year) with a sinusoidal PV day whose height
 * follows the seasons and a household load with a night base and morning/evening peaks. Not real data.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface SyntheticYear {
  production_kwh: Float64Array;
  load_kwh: Float64Array;
  month: Uint8Array;
}

/**
 * @param kwp PV size [kWc]: the summer noon peak is 0.75 kWh/h per kWc, the winter one a third of it
 * @param dailyLoadKwh mean household consumption [kWh/day]
 */
export function syntheticYear(kwp = 3, dailyLoadKwh = 12): SyntheticYear {
  const n = 8760;
  const production_kwh = new Float64Array(n);
  const load_kwh = new Float64Array(n);
  const month = new Uint8Array(n);
  // Hourly load shape (sums to 1 over the day): night base, morning and evening peaks.
  const shape = [2, 2, 2, 2, 2, 3, 5, 6, 5, 4, 3, 3, 4, 3, 3, 3, 4, 6, 8, 8, 7, 5, 3, 2].map((w) => w / 95);
  let h = 0;
  let day = 0;
  for (let m = 0; m < 12; m++) {
    for (let d = 0; d < DAYS_IN_MONTH[m]!; d++, day++) {
      const season = 0.5 - 0.5 * Math.cos((2 * Math.PI * (day - 172 + 182.5)) / 365); // 1 at the summer solstice
      const dayLength = 8 + 8 * season; // [h]
      const peak = kwp * 0.75 * (1 / 3 + (2 / 3) * season);
      const weekend = day % 7 >= 5 ? 1.15 : 1;
      for (let hour = 0; hour < 24; hour++, h++) {
        const x = (hour + 0.5 - (12 - dayLength / 2)) / dayLength;
        production_kwh[h] = x > 0 && x < 1 ? peak * Math.sin(Math.PI * x) : 0;
        load_kwh[h] = dailyLoadKwh * shape[hour]! * weekend;
        month[h] = m;
      }
    }
  }
  return { production_kwh, load_kwh, month };
}
