import { describe, expect, it } from 'vitest';
import { dailyProfile } from './dailyProfile';

/** Europe/Paris local hour by the platform's time-zone database (ICU), independent of parisUtcOffset. */
const parisHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });

describe('dailyProfile', () => {
  it('puts each UTC hour at its Europe/Paris local hour, across both summer-time switches', () => {
    // A typical year mixes years by month: January–June of 2019, July–December of 2021.
    const times: number[] = [];
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2019, 6, 1); t += 3_600_000) times.push(t);
    for (let t = Date.UTC(2021, 6, 1); t < Date.UTC(2022, 0, 1); t += 3_600_000) times.push(t);
    // Production 1 kWh only in the hours ICU calls 12:00–13:00 local; load 1 kWh in the hours it calls 19:00–20:00.
    const hourOf = times.map((t) => Number(parisHour.format(t)));
    const production = hourOf.map((h) => (h === 12 ? 1 : 0));
    const load = hourOf.map((h) => (h === 19 ? 1 : 0.5));
    const p = dailyProfile(Float64Array.from(times), production, load);
    expect(p.production_kwh[12]).toBe(1);
    expect(p.production_kwh.reduce((s, x) => s + x, 0)).toBe(1);
    expect(p.consumption_kwh[19]).toBe(1);
    expect(p.consumption_kwh[3]).toBe(0.5);
    expect(p.self_consumed_kwh[12]).toBe(0.5);
    // The same labels again (the cached local hours) give the same profile.
    expect(dailyProfile(Float64Array.from(times), production, load)).toEqual(p);
  });
});
