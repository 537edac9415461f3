import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hourOfTypicalYear } from './calendar';
import { standardPressurePa } from './fillMissing';
import { parseEpw } from './parseEpw';
import { parsePvgisTmyCsv } from './parsePvgisTmyCsv';
import { parseWeather } from './parseWeather';
import { WeatherParseError, type TypicalYear } from './types';

const REGIONAL = parsePvgisTmyCsv(
  readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
);
const MS_PER_HOUR = 3_600_000;

/** Header lines of an EPW (EnergyPlus Auxiliary Programs, EPW data dictionary): LOCATION first, DATA PERIODS last. */
function epwHeader(timeZoneH: number): string[] {
  return [
    `LOCATION,Kortrijk,-,BEL,PVGIS-TMY,999999,50.811,3.310,${timeZoneH.toFixed(1)},25.0`,
    'DESIGN CONDITIONS,0',
    'TYPICAL/EXTREME PERIODS,0',
    'GROUND TEMPERATURES,0',
    'HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0',
    'COMMENTS 1,Test file built from the PVGIS TMY 50.811 N 3.310 E (PVGIS (c) European Union)',
    'COMMENTS 2,Dew point and the unused fields carry their missing-value codes',
    'DATA PERIODS,1,1,Data,Thursday, 1/ 1,12/31',
  ];
}

/**
 * One EPW data line (35 fields): local date, hour ending 1-24, minute 60, then the weather fields; fields the
 * TypicalYear does not carry are written with their EPW missing-value codes.
 */
function epwRow(local: Date, ty: TypicalYear, src: number): string {
  const v = (a: Float32Array) => String(a[src]);
  // prettier-ignore
  return [
    local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours() + 1, 60, '?9?9?9?9E0?9?9?9',
    v(ty.air_temperature_c), 99.9, v(ty.relative_humidity_pct), v(ty.pressure_pa), 9999, 9999, 9999,
    v(ty.ghi_w_m2), v(ty.dni_w_m2), v(ty.dhi_w_m2), 999999, 999999, 999999, 9999, 999, v(ty.wind_speed_m_s),
    99, 99, 9999, 99999, 9, 999999999, 999, 0.999, 999, 99, 999, 999, 99,
  ].join(',');
}

/**
 * Serialise a typical year to EPW in local standard time UTC+`timeZoneH` (whole hours): EPW line k is local hour k
 * of the year, holding the record whose UTC label is local − timeZoneH (the year wraps around).
 */
function toEpw(ty: TypicalYear, timeZoneH: number): string {
  const rows: string[] = [];
  for (let k = 0; k < ty.hours; k++) {
    const src = (k - timeZoneH + ty.hours) % ty.hours;
    rows.push(epwRow(new Date(ty.timeUtcMs[src]! + timeZoneH * MS_PER_HOUR), ty, src));
  }
  return [...epwHeader(timeZoneH), ...rows].join('\n') + '\n';
}

/** Replace 1-based `field` of data row k (0-based, line k + 9) of an EPW text. */
function editField(text: string, k: number, field: number, value: string): string {
  const lines = text.split('\n');
  const cells = lines[k + 8]!.split(',');
  cells[field - 1] = value;
  lines[k + 8] = cells.join(',');
  return lines.join('\n');
}

describe('parseEpw round trip from the regional PVGIS rows', () => {
  it.each([0, 1, -5])('time zone %i h: same records, labelled in UTC', (tz) => {
    const ty = parseEpw(toEpw(REGIONAL, tz));
    expect(ty.format).toBe('epw');
    expect(ty.hours).toBe(8760);
    expect(ty.source).toBe('Kortrijk, BEL [PVGIS-TMY]');
    expect([ty.latitude_deg, ty.longitude_deg, ty.elevation_m]).toEqual([50.811, 3.31, 25]);
    const src = (k: number) => (k - tz + 8760) % 8760;
    for (const k of [0, 1, 743, 744, 4000, 8759]) {
      expect(ty.timeUtcMs[k]).toBe(REGIONAL.timeUtcMs[src(k)]);
      expect(ty.ghi_w_m2[k]).toBe(REGIONAL.ghi_w_m2[src(k)]);
    }
    const shifted = (a: Float32Array) => Float32Array.from(a, (_, k) => a[src(k)]!);
    expect(ty.dni_w_m2).toEqual(shifted(REGIONAL.dni_w_m2));
    expect(ty.dhi_w_m2).toEqual(shifted(REGIONAL.dhi_w_m2));
    expect(ty.air_temperature_c).toEqual(shifted(REGIONAL.air_temperature_c));
    expect(ty.wind_speed_m_s).toEqual(shifted(REGIONAL.wind_speed_m_s));
    expect(ty.relative_humidity_pct).toEqual(shifted(REGIONAL.relative_humidity_pct));
    expect(ty.pressure_pa).toEqual(shifted(REGIONAL.pressure_pa));
    expect(ty.filledHours).toBeUndefined();
  });

  it('TZ +1: local hour-ending 13 on 7 June is labelled 11:00 UTC', () => {
    const text = toEpw(REGIONAL, 1);
    const k = hourOfTypicalYear(6, 7, 12);
    expect(text.split('\n')[k + 8]!.startsWith('2016,6,7,13,')).toBe(true);
    expect(parseEpw(text).timeUtcMs[k]).toBe(Date.UTC(2016, 5, 7, 11));
  });

  it('is what parseWeather detects for a LOCATION first line', () => {
    expect(parseWeather(toEpw(REGIONAL, 1)).format).toBe('epw');
  });
});

describe('parseEpw on a leap year (8784 rows)', () => {
  const base = toEpw(REGIONAL, 0).trimEnd().split('\n');
  const feb28 = 8 + hourOfTypicalYear(2, 28, 0);
  const leapRows = base
    .slice(feb28, feb28 + 24)
    .map((line) => line.replace(/^\d+,2,28,/, '2016,2,29,').replace(/^((?:[^,]*,){13})[^,]*/, '$1777'));
  const leap = [...base.slice(0, feb28 + 24), ...leapRows, ...base.slice(feb28 + 24)];

  it('drops 29 February and keeps 8760 hours', () => {
    const ty = parseEpw(leap.join('\n'));
    expect(ty.hours).toBe(8760);
    expect(ty.timeUtcMs[hourOfTypicalYear(3, 1, 0) - 1]).toBe(REGIONAL.timeUtcMs[hourOfTypicalYear(2, 28, 23)]);
    expect(ty.timeUtcMs[hourOfTypicalYear(3, 1, 0)]).toBe(REGIONAL.timeUtcMs[hourOfTypicalYear(3, 1, 0)]);
    expect(ty.ghi_w_m2).toEqual(REGIONAL.ghi_w_m2);
  });

  it('refuses a partial 29 February', () => {
    const partial = [...base.slice(0, feb28 + 24), ...leapRows.slice(0, 12), ...base.slice(feb28 + 24)];
    expect(() => parseEpw(partial.join('\n'))).toThrow(/line 1437: 29 February has 12 hourly rows, expected 24/);
  });

  it('refuses 29 February out of place', () => {
    const misplaced = [...base.slice(0, feb28), ...leapRows, ...base.slice(feb28)];
    expect(() => parseEpw(misplaced.join('\n'))).toThrow(/line 1401: 29 February hour 0 is out of place/);
  });
});

describe('parseEpw missing values', () => {
  const text = toEpw(REGIONAL, 1);

  it.each([
    [14, 'Global Horizontal Radiation'],
    [15, 'Direct Normal Radiation'],
    [16, 'Diffuse Horizontal Radiation'],
  ])('refuses 9999 in irradiance field %i', (field, name) => {
    const bad = editField(text, 100, field, '9999');
    expect(() => parseEpw(bad)).toThrow(
      new RegExp(`line 109: field ${field} \\(${name}\\) holds the missing-value code 9999`),
    );
  });

  it('refuses a missing air temperature (99.9)', () => {
    expect(() => parseEpw(editField(text, 5, 7, '99.9'))).toThrow(
      /line 14: field 7 \(Dry Bulb Temperature\) = 99.9 °C/,
    );
  });

  it('fills missing humidity by interpolation and wind at the start of the year from the next hour', () => {
    const ty = parseEpw(editField(editField(text, 100, 9, '999'), 0, 22, '999'));
    expect(ty.filledHours).toEqual({ relative_humidity_pct: 1, wind_speed_m_s: 1 });
    expect(ty.relative_humidity_pct[100]).toBeCloseTo(
      (ty.relative_humidity_pct[99]! + ty.relative_humidity_pct[101]!) / 2,
      4,
    );
    expect(ty.wind_speed_m_s[0]).toBe(ty.wind_speed_m_s[1]);
  });

  it('fills a wholly missing pressure with the standard atmosphere at the site elevation', () => {
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line, i) => (i < 8 ? line : line.replace(/^((?:[^,]*,){9})[^,]*/, '$1999999')));
    const ty = parseEpw(lines.join('\n'));
    expect(ty.filledHours).toEqual({ pressure_pa: 8760 });
    expect(ty.pressure_pa[4000]).toBe(Math.fround(standardPressurePa(25)));
  });
});

describe('parseEpw refuses malformed input', () => {
  const text = toEpw(REGIONAL, 1);
  const lines = text.trimEnd().split('\n');
  const cases: [string, string, RegExp][] = [
    ['empty file', '', /empty/],
    ['no LOCATION line', lines.slice(1).join('\n'), /line 1: not an EPW file/],
    ['a bad time zone', text.replace(',1.0,25.0', ',abc,25.0'), /line 1: field LOCATION time zone is not a number/],
    ['a time zone out of range', text.replace(',1.0,25.0', ',20,25.0'), /line 1: LOCATION time zone 20 h/],
    ['sub-hourly data', text.replace('DATA PERIODS,1,1,', 'DATA PERIODS,1,4,'), /line 8: .*only 1 record per hour/],
    ['8759 rows', lines.slice(0, -1).join('\n'), /truncated or incomplete: 8759 hourly rows/],
    [
      'a short row',
      lines.map((l, i) => (i === 20 ? l.split(',').slice(0, 10).join(',') : l)).join('\n'),
      /line 21: expected at least 22 fields/,
    ],
    [
      'an empty line inside the data',
      lines.map((l, i) => (i === 20 ? '' : l)).join('\n'),
      /line 21: expected at least 22 fields/,
    ],
    ['hour 25', editField(text, 3, 4, '25'), /line 12: field 4 \(Hour\) must be 1-24/],
    [
      'a non-numeric GHI',
      editField(text, 3, 14, 'n/a'),
      /line 12: field 14 \(Global Horizontal Radiation\) is not a number/,
    ],
    ['a repeated hour', editField(text, 3, 4, '3'), /line 12: expected the hour 01-01 03:00, found 01-01 02:00/],
    [
      'negative DHI',
      editField(text, 3, 16, '-4'),
      /line 12: field 16 \(Diffuse Horizontal Radiation\) = -4 W\/m² is below -1/,
    ],
  ];
  it.each(cases)('%s', (_name, bad, message) => {
    expect(() => parseEpw(bad)).toThrow(WeatherParseError);
    expect(() => parseEpw(bad)).toThrow(message);
  });
});
