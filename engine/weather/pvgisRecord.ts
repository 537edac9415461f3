import { parseError, parseNumber, type Where } from './text';
import type { FieldNames, HourLabel, HourValues } from './yearBuilder';

/** PVGIS TMY column names, shared by the CSV and JSON outputs (units: W/m², °C, %, m/s, Pa). */
export const PVGIS_COLUMNS = {
  time: 'time(UTC)',
  airTemperature: 'T2m',
  relativeHumidity: 'RH',
  ghi: 'G(h)',
  dni: 'Gb(n)',
  dhi: 'Gd(h)',
  windSpeed: 'WS10m',
  pressure: 'SP',
} as const;

/** Field names for messages, from the PVGIS columns. */
export const PVGIS_FIELDS: FieldNames = {
  ghi: PVGIS_COLUMNS.ghi,
  dni: PVGIS_COLUMNS.dni,
  dhi: PVGIS_COLUMNS.dhi,
  airTemperature: PVGIS_COLUMNS.airTemperature,
  windSpeed: PVGIS_COLUMNS.windSpeed,
  relativeHumidity: PVGIS_COLUMNS.relativeHumidity,
  pressure: PVGIS_COLUMNS.pressure,
};

const TIME_LABEL = /^(\d{4})(\d{2})(\d{2}):(\d{2})(\d{2})$/;

/**
 * Parse a PVGIS time label `YYYYMMDD:HHMM` (UTC, start of the hour as labelled).
 * @returns the calendar label and its instant [ms since 1970-01-01 UTC]
 */
export function parsePvgisTime(cell: string, at: Where): { label: HourLabel; timeUtcMs: number } {
  const m = TIME_LABEL.exec(cell.trim());
  if (!m)
    throw parseError(at, `field ${PVGIS_COLUMNS.time} is not a YYYYMMDD:HHMM time: '${cell.trim().slice(0, 40)}'`);
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (minute > 59) throw parseError(at, `field ${PVGIS_COLUMNS.time} has minute ${minute}`);
  return { label: { month, day, hour }, timeUtcMs: Date.UTC(year, month - 1, day, hour, minute) };
}

/**
 * Read the values of one PVGIS record through a cell getter (a CSV row or a JSON object).
 * @param cell returns the raw cell of a PVGIS column, undefined when absent
 */
export function readPvgisValues(cell: (column: string) => string | undefined, at: Where): HourValues {
  const num = (column: string) => parseNumber(cell(column), at, column);
  return {
    ghi: num(PVGIS_COLUMNS.ghi),
    dni: num(PVGIS_COLUMNS.dni),
    dhi: num(PVGIS_COLUMNS.dhi),
    airTemperature: num(PVGIS_COLUMNS.airTemperature),
    windSpeed: num(PVGIS_COLUMNS.windSpeed),
    relativeHumidity: num(PVGIS_COLUMNS.relativeHumidity),
    pressure: num(PVGIS_COLUMNS.pressure),
  };
}
