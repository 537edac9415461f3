import { describe, expect, it } from 'vitest';
import { formatClock, parisOffsetMinutes, parisTime, parisToUtc } from './parisTime';

// Offsets: Europe/Paris is CET (UTC+1) in winter and CEST (UTC+2) from the last Sunday of March 01:00 UTC to the
// last Sunday of October 01:00 UTC (EU Directive 2000/84/EC).
describe('Paris time', () => {
  it('converts summer and winter clock times to UTC', () => {
    expect(new Date(parisToUtc('2025-06-21', 14 * 60)).toISOString()).toBe('2025-06-21T12:00:00.000Z');
    expect(new Date(parisToUtc('2025-12-21', 14 * 60 + 30)).toISOString()).toBe('2025-12-21T13:30:00.000Z');
    expect(parisOffsetMinutes(Date.UTC(2025, 0, 1))).toBe(60);
    expect(parisOffsetMinutes(Date.UTC(2025, 6, 1))).toBe(120);
  });

  it('reads the Paris date and time of an instant, across midnight UTC', () => {
    expect(parisTime(Date.UTC(2025, 5, 20, 23, 30))).toEqual({ date: '2025-06-21', minutes: 90 });
    expect(parisTime(Date.UTC(2025, 11, 21, 12, 0))).toEqual({ date: '2025-12-21', minutes: 13 * 60 });
  });

  it('round-trips every 10 minutes of the days clocks change', () => {
    for (const date of ['2025-03-30', '2025-10-26']) {
      for (let minutes = 0; minutes < 1440; minutes += 10) {
        const utc = parisToUtc(date, minutes);
        const back = parisTime(utc);
        // 02:00–02:59 does not exist on 30 March; those minutes land one hour later.
        if (date === '2025-03-30' && minutes >= 120 && minutes < 180) expect(back.minutes).toBe(minutes + 60);
        else expect(back).toEqual({ date, minutes });
      }
    }
  });

  it('formats clock times and refuses bad input', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(14 * 60 + 5)).toBe('14:05');
    expect(() => parisToUtc('21/06/2025', 0)).toThrow(RangeError);
    expect(() => parisToUtc('2025-06-21', 2000)).toThrow(RangeError);
    expect(() => parisTime(Number.NaN)).toThrow(RangeError);
  });
});
