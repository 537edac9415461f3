import { PVGIS_COLUMNS, PVGIS_FIELDS, parsePvgisTime, readPvgisValues } from './pvgisRecord';
import { checkText } from './text';
import { WeatherParseError, type TypicalYear } from './types';
import { YearBuilder } from './yearBuilder';

type Json = Record<string, unknown>;

/**
 * Parse a PVGIS typical meteorological year in JSON (`outputformat=json` of the PVGIS TMY tool):
 * `inputs.location.{latitude, longitude, elevation}`, `outputs.months_selected[] {month, year}` and
 * `outputs.tmy_hourly[] {time(UTC), T2m, RH, G(h), Gb(n), Gd(h), IR(h), WS10m, WD10m, SP}`.
 * @param text the file's text
 * @returns the typical year: irradiance [W/m²], air temperature [°C], wind [m/s], humidity [%], pressure [Pa]
 * @throws WeatherParseError naming the record (`tmy_hourly[i]`) and field of the first problem
 */
export function parsePvgisTmyJson(text: string): TypicalYear {
  const body = checkText(text);
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (e) {
    throw new WeatherParseError(`invalid JSON: ${(e as Error).message}`);
  }
  const outputs = objectAt(root, 'outputs');
  const hourly = outputs?.['tmy_hourly'];
  if (!Array.isArray(hourly)) throw new WeatherParseError('not a PVGIS TMY JSON: outputs.tmy_hourly is not an array');
  const location = objectAt(objectAt(root, 'inputs'), 'location');
  const builder = new YearBuilder(PVGIS_FIELDS, true);
  hourly.forEach((record: unknown, i) => {
    const at = `tmy_hourly[${i}]`;
    if (!isObject(record)) throw new WeatherParseError(`${at} is not an object`);
    const cell = (column: string) => {
      const value = record[column];
      return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
    };
    const { label, timeUtcMs } = parsePvgisTime(cell(PVGIS_COLUMNS.time) ?? '', at);
    builder.push(at, label, timeUtcMs, readPvgisValues(cell, at));
  });
  const meteo = objectAt(objectAt(root, 'inputs'), 'meteo_data');
  const databases = [meteo?.['radiation_db'], meteo?.['meteo_db']].filter((d) => typeof d === 'string');
  const monthsSelected = readMonthsSelected(outputs?.['months_selected']);
  return builder.finish({
    format: 'pvgis-json',
    source: databases.length > 0 ? `PVGIS (${databases.join(', ')})` : 'PVGIS',
    latitude_deg: numberAt(location, 'latitude', -90, 90),
    longitude_deg: numberAt(location, 'longitude', -180, 180),
    elevation_m: numberAt(location, 'elevation', -500, 9000),
    ...(monthsSelected ? { monthsSelected } : {}),
  });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown, key: string): Json | undefined {
  const child = isObject(value) ? value[key] : undefined;
  return isObject(child) ? child : undefined;
}

/** A location number within [min, max] (° or m), null when absent; throws when present but invalid. */
function numberAt(location: Json | undefined, key: string, min: number, max: number): number | null {
  const value = location?.[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw new WeatherParseError(
      `inputs.location.${key} must be a number within [${min}, ${max}], got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** outputs.months_selected as {month, year} pairs for months 1-12; undefined when absent. */
function readMonthsSelected(value: unknown): { month: number; year: number }[] | undefined {
  if (value === undefined) return undefined;
  const ok =
    Array.isArray(value) &&
    value.length === 12 &&
    value.every((m: unknown, i) => isObject(m) && m['month'] === i + 1 && Number.isInteger(m['year']));
  if (!ok) throw new WeatherParseError('outputs.months_selected must list months 1 to 12 with an integer year each');
  return (value as Json[]).map((m) => ({ month: Number(m['month']), year: Number(m['year']) }));
}
