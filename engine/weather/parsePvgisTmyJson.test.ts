import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePvgisTmyCsv } from './parsePvgisTmyCsv';
import { parsePvgisTmyJson } from './parsePvgisTmyJson';
import { parseWeather } from './parseWeather';
import { WeatherParseError } from './types';

const REGIONAL = readFileSync(
  new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url),
  'utf8',
);
const MONTHS_SELECTED = [2015, 2009, 2018, 2007, 2015, 2016, 2011, 2013, 2009, 2015, 2019, 2015].map((year, m) => ({
  month: m + 1,
  year,
}));

/** A PVGIS TMY JSON document (outputformat=json layout) built from the regional CSV rows, numbers as numbers. */
function pvgisJson(): Record<string, unknown> & {
  outputs: { tmy_hourly: Record<string, unknown>[]; months_selected: unknown };
} {
  const [columnLine, ...rows] = REGIONAL.trimEnd().split('\n');
  const columns = (columnLine ?? '').split(',');
  const tmy_hourly = rows.map((row) =>
    Object.fromEntries(row.split(',').map((cell, k) => [columns[k] ?? '', k === 0 ? cell : Number(cell)])),
  );
  return {
    inputs: {
      location: { latitude: 50.811, longitude: 3.31, elevation: 25 },
      meteo_data: { radiation_db: 'PVGIS-SARAH2', meteo_db: 'ERA5', year_min: 2005, year_max: 2020, use_horizon: true },
    },
    outputs: { months_selected: MONTHS_SELECTED, tmy_hourly },
    meta: { inputs: {}, outputs: {} },
  };
}

describe('parsePvgisTmyJson', () => {
  const fromCsv = parsePvgisTmyCsv(REGIONAL);
  const ty = parsePvgisTmyJson(JSON.stringify(pvgisJson()));

  it('reads the location, databases and months selected', () => {
    expect(ty.format).toBe('pvgis-json');
    expect([ty.latitude_deg, ty.longitude_deg, ty.elevation_m]).toEqual([50.811, 3.31, 25]);
    expect(ty.source).toBe('PVGIS (PVGIS-SARAH2, ERA5)');
    expect(ty.monthsSelected).toEqual(MONTHS_SELECTED);
    expect(ty.hours).toBe(8760);
  });

  it('gives arrays identical to the CSV built from the same rows', () => {
    expect(ty.timeUtcMs).toEqual(fromCsv.timeUtcMs);
    expect(ty.ghi_w_m2).toEqual(fromCsv.ghi_w_m2);
    expect(ty.dni_w_m2).toEqual(fromCsv.dni_w_m2);
    expect(ty.dhi_w_m2).toEqual(fromCsv.dhi_w_m2);
    expect(ty.air_temperature_c).toEqual(fromCsv.air_temperature_c);
    expect(ty.wind_speed_m_s).toEqual(fromCsv.wind_speed_m_s);
    expect(ty.relative_humidity_pct).toEqual(fromCsv.relative_humidity_pct);
    expect(ty.pressure_pa).toEqual(fromCsv.pressure_pa);
  });

  it('is what parseWeather detects for a JSON object', () => {
    expect(parseWeather(JSON.stringify(pvgisJson())).format).toBe('pvgis-json');
  });
});

describe('parsePvgisTmyJson refuses malformed input', () => {
  const edited = (edit: (doc: ReturnType<typeof pvgisJson>) => void): string => {
    const doc = pvgisJson();
    edit(doc);
    return JSON.stringify(doc);
  };
  const cases: [string, string, RegExp][] = [
    ['empty text', '', /empty/],
    ['invalid JSON', '{"outputs": {"tmy_hourly": [', /invalid JSON/],
    ['JSON without tmy_hourly', '{"outputs": {}}', /outputs\.tmy_hourly is not an array/],
    ['a JSON array', '[1, 2, 3]', /outputs\.tmy_hourly is not an array/],
    [
      'a non-numeric value',
      edited((d) => (d.outputs.tmy_hourly[5]!['T2m'] = 'warm')),
      /tmy_hourly\[5\]: field T2m is not a number: 'warm'/,
    ],
    [
      'a missing value',
      edited((d) => delete d.outputs.tmy_hourly[7]!['Gd(h)']),
      /tmy_hourly\[7\]: field Gd\(h\) is not a number/,
    ],
    [
      'a record that is not an object',
      edited((d) => (d.outputs.tmy_hourly[3] = 42 as never)),
      /tmy_hourly\[3\] is not an object/,
    ],
    ['8759 records', edited((d) => d.outputs.tmy_hourly.pop()), /truncated or incomplete: 8759 hourly rows/],
    [
      'GHI above 1500 W/m²',
      edited((d) => (d.outputs.tmy_hourly[12]!['G(h)'] = 2000)),
      /tmy_hourly\[12\]: field G\(h\) = 2000 W\/m² exceeds 1500/,
    ],
    [
      'months selected out of order',
      edited((d) => (d.outputs.months_selected = [...MONTHS_SELECTED].reverse())),
      /months_selected/,
    ],
    [
      'latitude out of range',
      edited((d) => ((d.inputs as { location: { latitude: number } }).location.latitude = 95)),
      /inputs\.location\.latitude/,
    ],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    expect(() => parsePvgisTmyJson(text)).toThrow(WeatherParseError);
    expect(() => parsePvgisTmyJson(text)).toThrow(message);
  });
});
