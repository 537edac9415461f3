import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hourOfTypicalYear } from './calendar';
import { parsePvgisTmyCsv } from './parsePvgisTmyCsv';
import { summariseYear } from './summariseYear';
import { WeatherParseError } from './types';

const REGIONAL = readFileSync(
  new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url),
  'utf8',
);
const ROWS = REGIONAL.trimEnd().split('\n');

/** Months selected, from fixtures/weather/SOURCE.md (Jan 2015, Feb 2009, ... Dec 2015). */
const MONTHS_SELECTED = [2015, 2009, 2018, 2007, 2015, 2016, 2011, 2013, 2009, 2015, 2019, 2015].map((year, m) => ({
  month: m + 1,
  year,
}));

/** Wrap the column line and rows in the header and footer of a PVGIS TMY CSV download (CRLF, as PVGIS serves). */
function withPvgisHeader(rows: string[]): string {
  const header = ['Latitude (decimal degrees): 50.811', 'Longitude (decimal degrees): 3.310', 'Elevation (m): 25'];
  const months = ['month,year', ...MONTHS_SELECTED.map(({ month, year }) => `${month},${year}`)];
  const footer = [
    'T2m: 2-m air temperature (degree Celsius)',
    'RH: relative humidity (%)',
    'G(h): Global irradiance on the horizontal plane (W/m2)',
    'Gb(n): Beam/direct irradiance on a plane always normal to sun rays (W/m2)',
    'Gd(h): Diffuse irradiance on the horizontal plane (W/m2)',
    'IR(h): Surface infrared (thermal) irradiance on a horizontal plane (W/m2)',
    'WS10m: 10-m total wind speed (m/s)',
    'WD10m: 10-m wind direction (0 = N, 90 = E) (degree)',
    'SP: Surface (air) pressure (Pa)',
    '',
    'PVGIS (c) European Union, 2001-2024',
  ];
  return [...header, ...months, ...rows, ...footer].join('\r\n') + '\r\n';
}

/** The regional rows with data row `k` (0-based, after the column line) replaced by `edit(cells)`. */
function editRow(k: number, edit: (cells: string[]) => string[]): string {
  return ROWS.map((line, i) => (i === k + 1 ? edit(line.split(',')).join(',') : line)).join('\n');
}

describe('parsePvgisTmyCsv on the regional typical year (header and footer stripped)', () => {
  const ty = parsePvgisTmyCsv(REGIONAL);

  it('reads 8760 hours labelled HH:00 UTC, in calendar order', () => {
    expect(ty.format).toBe('pvgis-csv');
    expect(ty.source).toBe('PVGIS');
    expect(ty.hours).toBe(8760);
    expect([ty.latitude_deg, ty.longitude_deg, ty.elevation_m]).toEqual([null, null, null]);
    expect(ty.timeUtcMs[0]).toBe(Date.UTC(2015, 0, 1, 0));
    expect(ty.timeUtcMs[8759]).toBe(Date.UTC(2015, 11, 31, 23));
    expect(ty.filledHours).toBeUndefined();
  });

  it('keeps the year written in the file for each month (the months selected of SOURCE.md)', () => {
    const years = MONTHS_SELECTED.map(({ month }) =>
      new Date(ty.timeUtcMs[hourOfTypicalYear(month, 1, 0)] ?? NaN).getUTCFullYear(),
    );
    expect(years).toEqual(MONTHS_SELECTED.map((m) => m.year));
  });

  it('matches the annual sums stated in fixtures/weather/SOURCE.md within ±1 %', () => {
    // SOURCE.md: GHI ≈ 1100 kWh/m², DNI ≈ 1039, DHI ≈ 581, mean air temperature 11.1 °C.
    const s = summariseYear(ty);
    expect(Math.abs(s.ghi_kwh_m2 / 1100 - 1)).toBeLessThan(0.01);
    expect(Math.abs(s.dni_kwh_m2 / 1039 - 1)).toBeLessThan(0.01);
    expect(Math.abs(s.dhi_kwh_m2 / 581 - 1)).toBeLessThan(0.01);
    expect(Math.abs(s.mean_air_temperature_c / 11.1 - 1)).toBeLessThan(0.01);
    expect(s.monthly_ghi_kwh_m2.reduce((a, b) => a + b, 0)).toBeCloseTo(s.ghi_kwh_m2, 6);
  });

  it('reads the first row exactly (20150101:0000,3.46,82.98,0,0,0,252.42,3.99,208,103249)', () => {
    expect(ty.air_temperature_c[0]).toBe(Math.fround(3.46));
    expect(ty.relative_humidity_pct[0]).toBe(Math.fround(82.98));
    expect(ty.wind_speed_m_s[0]).toBe(Math.fround(3.99));
    expect(ty.pressure_pa[0]).toBe(103249);
  });
});

describe('parsePvgisTmyCsv on a full PVGIS download (header and footer)', () => {
  const full = parsePvgisTmyCsv(withPvgisHeader(ROWS));
  const stripped = parsePvgisTmyCsv(REGIONAL);

  it('reads the site, the months selected and the credit line', () => {
    expect(full.latitude_deg).toBe(50.811);
    expect(full.longitude_deg).toBe(3.31);
    expect(full.elevation_m).toBe(25);
    expect(full.monthsSelected).toEqual(MONTHS_SELECTED);
    expect(full.source).toBe('PVGIS (c) European Union, 2001-2024');
  });

  it('gives the same series as the stripped file', () => {
    expect(full.timeUtcMs).toEqual(stripped.timeUtcMs);
    expect(full.ghi_w_m2).toEqual(stripped.ghi_w_m2);
    expect(full.dni_w_m2).toEqual(stripped.dni_w_m2);
    expect(full.pressure_pa).toEqual(stripped.pressure_pa);
  });

  it('refuses a months-selected table with 11 months', () => {
    const text = withPvgisHeader(ROWS).replace('\r\n12,2015\r\n', '\r\n');
    expect(() => parsePvgisTmyCsv(text)).toThrow(/line 16: months selected: expected 12/);
  });
});

describe('parsePvgisTmyCsv refuses malformed input', () => {
  const cases: [string, string, RegExp][] = [
    ['empty file', '', /empty/],
    ['blank file', ' \r\n\n', /empty/],
    ['NUL bytes', 'time(UTC)\u0000\u0000', /binary/],
    ['binary garbage', String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256)), /binary/],
    ['text without a column line', 'hello,world\n1,2\n', /no column line/],
    ['a missing column', REGIONAL.replace('Gb(n)', 'Gb'), /line 1: column 'Gb\(n\)' missing/],
    [
      'truncated file (100 rows short)',
      ROWS.slice(0, -100).join('\n'),
      /truncated.*8660 hourly rows.*last hour read is 12-27 19:00/,
    ],
    ['truncated last row', REGIONAL.trimEnd().slice(0, -20), /line 8761: expected 10 cells, found 7/],
    ['a repeated last row', `${REGIONAL.trimEnd()}\n${ROWS[8760]}\n`, /line 8762: more than 8760 hourly rows/],
    [
      'a missing hour',
      ROWS.filter((_, i) => i !== 6).join('\n'),
      /line 7: expected the hour 01-01 05:00, found 01-01 06:00/,
    ],
    [
      'a non-numeric cell',
      editRow(4, (c) => [c[0] ?? '', 'abc', ...c.slice(2)]),
      /line 6: field T2m is not a number: 'abc'/,
    ],
    ['an empty cell', editRow(4, (c) => [...c.slice(0, 3), '', ...c.slice(4)]), /line 6: field G\(h\) is not a number/],
    ['a bad time label', editRow(4, (c) => ['2015-01-01 04:00', ...c.slice(1)]), /line 6: .*not a YYYYMMDD:HHMM/],
    [
      'negative GHI beyond −1 W/m²',
      editRow(12, (c) => [...c.slice(0, 3), '-5', ...c.slice(4)]),
      /line 14: field G\(h\) = -5 W\/m² is below -1/,
    ],
    [
      'GHI above 1500 W/m²',
      editRow(12, (c) => [...c.slice(0, 3), '1600', ...c.slice(4)]),
      /line 14: field G\(h\) = 1600 W\/m² exceeds 1500/,
    ],
    ['negative DNI', editRow(12, (c) => [...c.slice(0, 4), '-3', ...c.slice(5)]), /line 14: field Gb\(n\)/],
    [
      'a pressure cut short',
      editRow(20, (c) => [...c.slice(0, 9), '1017']),
      /line 22: field SP = 1017 Pa is outside \[30000, 120000\]/,
    ],
    [
      'a negative wind speed',
      editRow(20, (c) => [...c.slice(0, 7), '-2', ...c.slice(8)]),
      /line 22: field WS10m = -2 m\/s/,
    ],
    [
      'a year change inside a month',
      editRow(30, (c) => [c[0]!.replace('2015', '2016'), ...c.slice(1)]),
      /line 32: time label is not one hour after the previous row's/,
    ],
    [
      'a stray line inside the data',
      ROWS.map((l, i) => (i === 300 ? 'oops' : l)).join('\n'),
      /line 302: data row after the end/,
    ],
    ['a data row before the column line', ROWS.slice(1).join('\n'), /line 1: data row before the column line/],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    expect(() => parsePvgisTmyCsv(text)).toThrow(WeatherParseError);
    expect(() => parsePvgisTmyCsv(text)).toThrow(message);
  });

  it('reads irradiance within the −1 W/m² tolerance as 0', () => {
    const ty = parsePvgisTmyCsv(editRow(12, (c) => [...c.slice(0, 3), '-0.5', ...c.slice(4)]));
    expect(ty.ghi_w_m2[12]).toBe(0);
  });

  it('carries the line number on the error', () => {
    try {
      parsePvgisTmyCsv(editRow(4, (c) => [c[0] ?? '', 'abc', ...c.slice(2)]));
      expect.unreachable();
    } catch (e) {
      expect((e as WeatherParseError).line).toBe(6);
    }
  });
});
