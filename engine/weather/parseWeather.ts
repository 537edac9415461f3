import { parseEpw } from './parseEpw';
import { parsePvgisTmyCsv } from './parsePvgisTmyCsv';
import { parsePvgisTmyJson } from './parsePvgisTmyJson';
import { checkText } from './text';
import { WeatherParseError, type TypicalYear, type WeatherFormat } from './types';

const PARSERS: Record<WeatherFormat, (text: string) => TypicalYear> = {
  'pvgis-csv': parsePvgisTmyCsv,
  'pvgis-json': parsePvgisTmyJson,
  epw: parseEpw,
};

/**
 * Guess the format of a typical-year file from its first characters: a JSON object → `pvgis-json` (the parser then
 * requires `outputs.tmy_hourly`), a first line starting with `LOCATION,` → `epw`, anything else → `pvgis-csv`.
 * @throws WeatherParseError on empty or binary input
 */
export function detectWeatherFormat(text: string): WeatherFormat {
  const body = checkText(text).trimStart();
  if (body.startsWith('{')) return 'pvgis-json';
  if (/^LOCATION\s*,/i.test(body)) return 'epw';
  return 'pvgis-csv';
}

/**
 * Parse a typical meteorological year in any supported format, detected when `format` is not given.
 * @param text the file's text
 * @param format 'pvgis-csv' | 'pvgis-json' | 'epw'; detected from the text when omitted
 * @returns the typical year: irradiance [W/m²], air temperature [°C], wind [m/s], humidity [%], pressure [Pa]
 * @throws WeatherParseError on an unknown format or an invalid file
 * @example parseWeather(await file.text()).ghi_w_m2
 */
export function parseWeather(text: string, format?: WeatherFormat): TypicalYear {
  const chosen = format ?? detectWeatherFormat(text);
  const parser = Object.hasOwn(PARSERS, chosen) ? PARSERS[chosen] : undefined;
  if (!parser) {
    throw new WeatherParseError(
      `unknown weather format '${String(chosen)}'; expected ${Object.keys(PARSERS).join(', ')}`,
    );
  }
  return parser(text);
}
