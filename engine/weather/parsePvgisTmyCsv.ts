import { PVGIS_COLUMNS, PVGIS_FIELDS, parsePvgisTime, readPvgisValues } from './pvgisRecord';
import { parseNumber, splitLines } from './text';
import { WeatherParseError, type TypicalYear } from './types';
import { YearBuilder } from './yearBuilder';

type Site = Pick<TypicalYear, 'latitude_deg' | 'longitude_deg' | 'elevation_m' | 'monthsSelected'>;

const SITE_LINE = /^(latitude|longitude|elevation)\b[^:]*:\s*(.*)$/i;
const MONTH_YEAR = /^(\d{1,2})\s*,\s*(\d{4})\s*$/;

/**
 * Parse a PVGIS typical meteorological year in CSV, as downloaded from the PVGIS TMY tool (header with latitude,
 * longitude, elevation and the `month,year` table of months selected; footer with the column legend) or stripped
 * to the column line and the 8760 rows. Time is `YYYYMMDD:HHMM` UTC.
 * @param text the file's text
 * @returns the typical year: irradiance [W/m²], air temperature [°C], wind [m/s], humidity [%], pressure [Pa]
 * @throws WeatherParseError naming the line and field of the first problem
 * @example parsePvgisTmyCsv(readFileSync('tmy_50.811_3.310_2005_2020.csv', 'utf8')).ghi_w_m2
 */
export function parsePvgisTmyCsv(text: string): TypicalYear {
  const lines = splitLines(text);
  const site: Site = { latitude_deg: null, longitude_deg: null, elevation_m: null };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith(PVGIS_COLUMNS.time)) break;
    if (/^\d{8}:/.test(line))
      throw new WeatherParseError(`data row before the column line '${PVGIS_COLUMNS.time},...'`, i + 1);
    const siteLine = SITE_LINE.exec(line);
    if (siteLine) {
      const key = (siteLine[1] ?? '').toLowerCase();
      const value = parseNumber(siteLine[2], i + 1, siteLine[1] ?? key);
      if (key === 'latitude') site.latitude_deg = checkRange(value, -90, 90, 'latitude', i + 1);
      else if (key === 'longitude') site.longitude_deg = checkRange(value, -180, 180, 'longitude', i + 1);
      else site.elevation_m = value;
    } else if (/^month\s*,\s*year$/i.test(line)) {
      const months = readMonthsSelected(lines, i + 1);
      site.monthsSelected = months;
      i += months.length;
    }
  }
  if (i >= lines.length) {
    throw new WeatherParseError(`not a PVGIS TMY CSV: no column line starting with '${PVGIS_COLUMNS.time}'`);
  }
  const header = (lines[i] ?? '').split(',').map((c) => c.trim());
  const index = new Map(header.map((name, k) => [name, k]));
  for (const column of Object.values(PVGIS_COLUMNS)) {
    if (!index.has(column)) throw new WeatherParseError(`column '${column}' missing from the column line`, i + 1);
  }
  const timeIndex = index.get(PVGIS_COLUMNS.time) ?? 0;
  const builder = new YearBuilder(PVGIS_FIELDS, true);
  let row = i + 1;
  for (; row < lines.length && /^\s*\d/.test(lines[row] ?? ''); row++) {
    const cells = (lines[row] ?? '').split(',');
    if (cells.length !== header.length) {
      throw new WeatherParseError(`expected ${header.length} cells, found ${cells.length}`, row + 1);
    }
    const { label, timeUtcMs } = parsePvgisTime(cells[timeIndex] ?? '', row + 1);
    const values = readPvgisValues((column) => cells[index.get(column) ?? -1], row + 1);
    builder.push(row + 1, label, timeUtcMs, values);
  }
  const footer = lines.slice(row);
  const stray = footer.findIndex((line) => /^\s*\d/.test(line));
  if (stray >= 0) throw new WeatherParseError('data row after the end of the data rows', row + stray + 1);
  const credit = footer.find((line) => /pvgis/i.test(line))?.trim();
  return builder.finish({ format: 'pvgis-csv', source: credit ?? 'PVGIS', ...site });
}

/** Read the 12 `month,year` lines that follow the `month,year` title line (0-based index `start`). */
function readMonthsSelected(lines: string[], start: number): { month: number; year: number }[] {
  const months: { month: number; year: number }[] = [];
  for (let k = start; k < lines.length && months.length < 12; k++) {
    const m = MONTH_YEAR.exec((lines[k] ?? '').trim());
    if (!m) break;
    const month = Number(m[1]);
    if (month !== months.length + 1)
      throw new WeatherParseError(`months selected: expected month ${months.length + 1}, found ${month}`, k + 1);
    months.push({ month, year: Number(m[2]) });
  }
  if (months.length !== 12) {
    throw new WeatherParseError(
      `months selected: expected 12 'month,year' lines, found ${months.length}`,
      start + months.length + 1,
    );
  }
  return months;
}

/** The value if within [min, max] [°], else a WeatherParseError naming the field. */
function checkRange(value: number, min: number, max: number, field: string, line: number): number {
  if (value < min || value > max) throw new WeatherParseError(`${field} ${value}° is outside [${min}, ${max}]`, line);
  return value;
}
