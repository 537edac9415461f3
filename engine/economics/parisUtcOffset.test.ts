import { describe, expect, it } from 'vitest';
import { createParisUtcOffset } from './parisUtcOffset';

describe('createParisUtcOffset', () => {
  it('agrees with the IANA Europe/Paris zone (Intl) at every hour of 2005–2021', () => {
    // Reference: the platform's tz database through Intl, independent of the hand-written EU rule.
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });
    const offset = createParisUtcOffset();
    let mismatches = 0;
    for (let t = Date.UTC(2005, 0, 1); t < Date.UTC(2022, 0, 1); t += 3_600_000) {
      const localHour = Number(fmt.format(t));
      const ours = new Date(t + offset(t)).getUTCHours();
      if (ours !== localHour) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('switches at 01:00 UTC on the last Sundays of March and October (2019: 31 March, 27 October)', () => {
    const offset = createParisUtcOffset();
    expect(offset(Date.UTC(2019, 2, 31, 0, 59))).toBe(3_600_000);
    expect(offset(Date.UTC(2019, 2, 31, 1, 0))).toBe(7_200_000);
    expect(offset(Date.UTC(2019, 9, 27, 0, 59))).toBe(7_200_000);
    expect(offset(Date.UTC(2019, 9, 27, 1, 0))).toBe(3_600_000);
  });

  it('uses each instant’s own year when years are mixed (typical years)', () => {
    const offset = createParisUtcOffset();
    expect(offset(Date.UTC(2015, 6, 1))).toBe(7_200_000);
    expect(offset(Date.UTC(2009, 1, 1))).toBe(3_600_000);
    expect(offset(Date.UTC(2015, 2, 29, 12))).toBe(7_200_000); // 2015-03-29 was the last Sunday of March
    expect(offset(Date.UTC(2009, 2, 29, 12))).toBe(7_200_000); // 2009's switch was 29 March at 01:00 UTC…
    expect(offset(Date.UTC(2009, 2, 28, 12))).toBe(3_600_000); // …so the 28th is still winter time
  });
});
