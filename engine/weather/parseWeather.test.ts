import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectWeatherFormat, parseWeather } from './parseWeather';
import { WeatherParseError, type WeatherFormat } from './types';

const REGIONAL = readFileSync(
  new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url),
  'utf8',
);

describe('detectWeatherFormat', () => {
  it.each([
    ['{"outputs": {}}', 'pvgis-json'],
    ['  \n{"inputs": {}}', 'pvgis-json'],
    ['LOCATION,Lille,-,FRA,src,070150,50.57,3.10,1.0,47\n', 'epw'],
    ['\uFEFFLOCATION,Lille,-,FRA,src,070150,50.57,3.10,1.0,47\n', 'epw'],
    ['time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP\n', 'pvgis-csv'],
    ['Latitude (decimal degrees): 50.811\n', 'pvgis-csv'],
  ])('%j → %s', (text, format) => {
    expect(detectWeatherFormat(text)).toBe(format);
  });
});

describe('parseWeather', () => {
  it('parses the regional PVGIS CSV with or without the format given', () => {
    expect(parseWeather(REGIONAL).format).toBe('pvgis-csv');
    expect(parseWeather(REGIONAL, 'pvgis-csv').hours).toBe(8760);
  });

  it('refuses an unknown format by name', () => {
    expect(() => parseWeather(REGIONAL, 'tmy3' as WeatherFormat)).toThrow(
      /unknown weather format 'tmy3'; expected pvgis-csv, pvgis-json, epw/,
    );
    expect(() => parseWeather(REGIONAL, 'toString' as WeatherFormat)).toThrow(WeatherParseError);
  });

  it('refuses a file given the wrong format', () => {
    expect(() => parseWeather(REGIONAL, 'epw')).toThrow(/line 1: not an EPW file/);
    expect(() => parseWeather(REGIONAL, 'pvgis-json')).toThrow(/invalid JSON/);
  });

  it.each([
    ['empty input', '', /empty/],
    ['binary input', '\u0000\u0001\u0002PK', /binary/],
    [
      'bytes that are not UTF-8 (no NUL)',
      Buffer.from(Array.from({ length: 4000 }, (_, i) => ((i * 131 + 7) % 255) + 1)).toString('utf8'),
      /binary/,
    ],
    ['a JSON object that is not a PVGIS TMY', '{"type": "FeatureCollection", "features": []}', /outputs\.tmy_hourly/],
    ['prose', 'Typical year for Lens\nsunny\n', /no column line/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseWeather(text)).toThrow(WeatherParseError);
    expect(() => parseWeather(text)).toThrow(message);
  });

  it('refuses input that is not a string', () => {
    expect(() => parseWeather(42 as unknown as string)).toThrow(/must be text, got number/);
  });
});
