/** Typical-year weather: the engine's one in-memory shape for PVGIS TMY (CSV, JSON) and EPW files. */

/** File formats the weather parsers read. */
export type WeatherFormat = 'pvgis-csv' | 'pvgis-json' | 'epw';

/** Non-essential series that may be filled when the file marks a value missing (see docs/weather.md). */
export type FillableSeries = 'wind_speed_m_s' | 'relative_humidity_pct' | 'pressure_pa';

/** An hourly typical meteorological year, in the file's own calendar order (1 January first). */
export interface TypicalYear {
  format: WeatherFormat;
  /** Free text: station/site name or PVGIS, as found in the file */
  source: string;
  /** Site latitude [°], north positive; null when the file does not say */
  latitude_deg: number | null;
  /** Site longitude [°], east positive; null when the file does not say */
  longitude_deg: number | null;
  /** Site elevation [m] above sea level; null when the file does not say */
  elevation_m: number | null;
  /** hours in the series: 8760 (a leap-day row, if present, is dropped so a typical year is always 8760) */
  hours: number;
  /** Start of each hourly record as UTC milliseconds of the *label* in the file; the year is the one written in the file (PVGIS TMY mixes years by month) */
  timeUtcMs: Float64Array;
  /** Global horizontal irradiance [W/m²] */
  ghi_w_m2: Float32Array;
  /** Direct (beam) normal irradiance [W/m²] */
  dni_w_m2: Float32Array;
  /** Diffuse horizontal irradiance [W/m²] */
  dhi_w_m2: Float32Array;
  /** Air temperature at 2 m [°C] */
  air_temperature_c: Float32Array;
  /** Wind speed at 10 m [m/s] */
  wind_speed_m_s: Float32Array;
  /** Relative humidity [%] */
  relative_humidity_pct: Float32Array;
  /** Surface air pressure [Pa] */
  pressure_pa: Float32Array;
  /** Which month (1-12) each TMY month was taken from, when the file says (PVGIS 'months_selected' / header) */
  monthsSelected?: { month: number; year: number }[];
  /** Hours filled by the missing-value fallback, per series; absent when nothing was filled */
  filledHours?: Partial<Record<FillableSeries, number>>;
}

/** Thrown for any input that is not a complete, valid typical year; `line` is 1-based when known. */
export class WeatherParseError extends Error {
  constructor(
    message: string,
    public readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'WeatherParseError';
  }
}
