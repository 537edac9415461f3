import { parseNumber, splitLines } from './text';
import { WeatherParseError, type TypicalYear } from './types';
import { YearBuilder, type FieldNames } from './yearBuilder';

/**
 * EPW data fields used, 1-based as in the EnergyPlus Auxiliary Programs documentation (Weather Converter Program,
 * "Data Field Descriptions"): radiation fields are hour totals [Wh/m²], read as the hour's mean irradiance [W/m²].
 */
const FIELD = {
  year: 1,
  month: 2,
  day: 3,
  hour: 4,
  airTemperature: 7,
  relativeHumidity: 9,
  pressure: 10,
  ghi: 14,
  dni: 15,
  dhi: 16,
  windSpeed: 22,
} as const;

const NAMES: FieldNames = {
  ghi: '14 (Global Horizontal Radiation)',
  dni: '15 (Direct Normal Radiation)',
  dhi: '16 (Diffuse Horizontal Radiation)',
  airTemperature: '7 (Dry Bulb Temperature)',
  relativeHumidity: '9 (Relative Humidity)',
  pressure: '10 (Atmospheric Station Pressure)',
  windSpeed: '22 (Wind Speed)',
};

/** EPW missing-value codes of the fillable fields [m/s, %, Pa]; irradiance (9999) and temperature (99.9) are refused. */
const MISSING = { windSpeed: 999, relativeHumidity: 999, pressure: 999999 } as const;

const HEADER_LINES = 8;
const MS_PER_HOUR = 3_600_000;

/**
 * Parse an EnergyPlus Weather file (EPW): 8 header lines (LOCATION first, DATA PERIODS last), then one line per
 * hour. The hour field is 1-24, hour ending, in local standard time; each record is labelled by its start
 * (hour − 1) and shifted to UTC with the LOCATION time zone. Rows of 29 February are dropped.
 * Reference: U.S. DOE, EnergyPlus Auxiliary Programs, "Weather Converter Program — EnergyPlus Weather File (EPW)
 * Data Dictionary".
 * @param text the file's text
 * @returns the typical year: irradiance [W/m²], air temperature [°C], wind [m/s], humidity [%], pressure [Pa]
 * @throws WeatherParseError naming the line and field of the first problem; missing irradiance (9999) or
 *   temperature (99.9) is refused, missing wind, humidity and pressure are filled (docs/weather.md)
 */
export function parseEpw(text: string): TypicalYear {
  const lines = splitLines(text);
  const location = (lines[0] ?? '').split(',').map((c) => c.trim());
  if ((location[0] ?? '').toUpperCase() !== 'LOCATION' || location.length < 10) {
    throw new WeatherParseError('not an EPW file: the first line must be LOCATION with 10 fields', 1);
  }
  const latitude = parseNumber(location[6], 1, 'LOCATION latitude');
  const longitude = parseNumber(location[7], 1, 'LOCATION longitude');
  const timeZone = parseNumber(location[8], 1, 'LOCATION time zone');
  const elevation = parseNumber(location[9], 1, 'LOCATION elevation');
  if (Math.abs(latitude) > 90) throw new WeatherParseError(`LOCATION latitude ${latitude}° is outside [-90, 90]`, 1);
  if (Math.abs(longitude) > 180)
    throw new WeatherParseError(`LOCATION longitude ${longitude}° is outside [-180, 180]`, 1);
  if (timeZone < -12 || timeZone > 14)
    throw new WeatherParseError(`LOCATION time zone ${timeZone} h is outside [-12, 14]`, 1);
  const periods = (lines[HEADER_LINES - 1] ?? '').split(',').map((c) => c.trim());
  if ((periods[0] ?? '').toUpperCase() !== 'DATA PERIODS') {
    throw new WeatherParseError('EPW header: line 8 must be DATA PERIODS', HEADER_LINES);
  }
  if (periods[2] !== '1') {
    throw new WeatherParseError(
      `EPW DATA PERIODS: only 1 record per hour is supported, found '${periods[2] ?? ''}'`,
      HEADER_LINES,
    );
  }
  let end = lines.length;
  while (end > HEADER_LINES && (lines[end - 1] ?? '').trim() === '') end--;
  const builder = new YearBuilder(NAMES, false);
  for (let k = HEADER_LINES; k < end; k++) {
    const line = k + 1;
    const cells = (lines[k] ?? '').split(',');
    if (cells.length < FIELD.windSpeed) {
      throw new WeatherParseError(
        `expected at least ${FIELD.windSpeed} fields (35 in a full EPW), found ${cells.length}`,
        line,
      );
    }
    const num = (field: number, name: string) => parseNumber(cells[field - 1], line, `${field} (${name})`);
    const year = integer(num(FIELD.year, 'Year'), 'field 1 (Year)', line);
    const month = integer(num(FIELD.month, 'Month'), 'field 2 (Month)', line);
    const day = integer(num(FIELD.day, 'Day'), 'field 3 (Day)', line);
    const hour = integer(num(FIELD.hour, 'Hour'), 'field 4 (Hour)', line);
    if (hour < 1 || hour > 24)
      throw new WeatherParseError(`field 4 (Hour) must be 1-24 (hour ending), got ${hour}`, line);
    const localStartMs = Date.UTC(year, month - 1, day, hour - 1);
    builder.push(line, { month, day, hour: hour - 1 }, localStartMs - timeZone * MS_PER_HOUR, {
      ghi: num(FIELD.ghi, 'Global Horizontal Radiation'),
      dni: num(FIELD.dni, 'Direct Normal Radiation'),
      dhi: num(FIELD.dhi, 'Diffuse Horizontal Radiation'),
      airTemperature: num(FIELD.airTemperature, 'Dry Bulb Temperature'),
      windSpeed: missingAsNaN(num(FIELD.windSpeed, 'Wind Speed'), MISSING.windSpeed),
      relativeHumidity: missingAsNaN(num(FIELD.relativeHumidity, 'Relative Humidity'), MISSING.relativeHumidity),
      pressure: missingAsNaN(num(FIELD.pressure, 'Atmospheric Station Pressure'), MISSING.pressure),
    });
  }
  const place = [location[1], location[2], location[3]].filter((s) => s && s !== '-').join(', ') || 'EPW';
  return builder.finish({
    format: 'epw',
    source: location[4] ? `${place} [${location[4]}]` : place,
    latitude_deg: latitude,
    longitude_deg: longitude,
    elevation_m: elevation,
  });
}

/** The value if it is an integer, else a WeatherParseError naming the field. */
function integer(value: number, field: string, line: number): number {
  if (!Number.isInteger(value)) throw new WeatherParseError(`${field} must be an integer, got ${value}`, line);
  return value;
}

/** NaN when the value is the field's missing-value code (or above it), the value otherwise. */
function missingAsNaN(value: number, code: number): number {
  return value >= code ? NaN : value;
}
