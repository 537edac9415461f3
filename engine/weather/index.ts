/** Typical-year weather: parsers for PVGIS TMY (CSV, JSON) and EPW, text in, typed arrays out. */
export { WeatherParseError } from './types';
export type { FillableSeries, TypicalYear, WeatherFormat } from './types';
export { parsePvgisTmyCsv } from './parsePvgisTmyCsv';
export { parsePvgisTmyJson } from './parsePvgisTmyJson';
export { parseEpw } from './parseEpw';
export { detectWeatherFormat, parseWeather } from './parseWeather';
export { summariseYear } from './summariseYear';
export type { YearSummary } from './summariseYear';
export { DEFAULT_RELATIVE_HUMIDITY_PCT, DEFAULT_WIND_SPEED_M_S, standardPressurePa } from './fillMissing';
