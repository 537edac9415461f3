import { TYPICAL_YEAR_HOURS, hourOfTypicalYear, isLeapDay, labelOfTypicalHour, monthOfTypicalHour } from './calendar';
import { DEFAULT_RELATIVE_HUMIDITY_PCT, DEFAULT_WIND_SPEED_M_S, fillGaps, standardPressurePa } from './fillMissing';
import { parseError, type Where } from './text';
import { WeatherParseError, type FillableSeries, type TypicalYear } from './types';

/** One hour of weather as read from a file. */
export interface HourValues {
  /** [W/m²] */ ghi: number;
  /** [W/m²] */ dni: number;
  /** [W/m²] */ dhi: number;
  /** [°C] */ airTemperature: number;
  /** [m/s] */ windSpeed: number;
  /** [%] */ relativeHumidity: number;
  /** [Pa] */ pressure: number;
}

/** How each value is named in the file, for error messages (e.g. `G(h)`, `14 (Global Horizontal Radiation)`). */
export type FieldNames = Record<keyof HourValues, string>;

/** Calendar label of a record in the file's own calendar: month 1-12, day 1-31, hour 0-23 (start of the hour). */
export interface HourLabel {
  month: number;
  day: number;
  hour: number;
}

/** What the file says about itself, besides the hourly series. */
export type YearMeta = Pick<
  TypicalYear,
  'format' | 'source' | 'latitude_deg' | 'longitude_deg' | 'elevation_m' | 'monthsSelected'
>;

/** Irradiance below 0 and down to this value is read as 0 (rounding in satellite products) [W/m²]. */
const IRRADIANCE_MIN = -1;
/** Irradiance above this is not a ground value (clear-sky GHI peaks near 1100 W/m² at sea level) [W/m²]. */
const IRRADIANCE_MAX = 1500;
/** Smallest value used as a missing-value code for irradiance (EPW 9999, 999999) [W/m²]. */
const MISSING_CODE_MIN = 9999;
const HOUR_MS = 3_600_000;
const AIR_TEMPERATURE_RANGE_C = [-90, 60] as const;
/** Valid ranges of the fillable series [m/s, %, Pa]; NaN marks a missing value, anything else outside is an error. */
const FILLABLE: Record<FillableSeries, { range: readonly [number, number]; unit: string; key: keyof HourValues }> = {
  wind_speed_m_s: { range: [0, 60], unit: 'm/s', key: 'windSpeed' },
  relative_humidity_pct: { range: [0, 110], unit: '%', key: 'relativeHumidity' },
  pressure_pa: { range: [30000, 120000], unit: 'Pa', key: 'pressure' },
};

/**
 * Collects hourly records in file order, checks each one, and assembles a complete TypicalYear.
 * Each kept record must be the next hour of a non-leap year (no gap, repeat or disorder); 24 rows of 29 February
 * between 28 February and 1 March are checked and dropped. `finish` refuses anything but 8760 kept hours.
 */
export class YearBuilder {
  private readonly time = new Float64Array(TYPICAL_YEAR_HOURS);
  private readonly ghi = new Float32Array(TYPICAL_YEAR_HOURS);
  private readonly dni = new Float32Array(TYPICAL_YEAR_HOURS);
  private readonly dhi = new Float32Array(TYPICAL_YEAR_HOURS);
  private readonly airTemperature = new Float32Array(TYPICAL_YEAR_HOURS);
  private readonly windSpeed = new Float32Array(TYPICAL_YEAR_HOURS);
  private readonly relativeHumidity = new Float32Array(TYPICAL_YEAR_HOURS);
  private readonly pressure = new Float32Array(TYPICAL_YEAR_HOURS);
  private kept = 0;
  private leapRows = 0;

  /**
   * @param fields how the file names each value, for messages
   * @param wholeMonths true when labels are UTC and each TMY month comes whole from one year (PVGIS): the label must
   *   then advance by exactly one hour inside a month. EPW in local time shifts the year change off the month start.
   */
  constructor(
    private readonly fields: FieldNames,
    private readonly wholeMonths: boolean,
  ) {}

  /**
   * Check and store one record.
   * @param at line number or JSON path, for messages
   * @param label calendar label of the record's start in the file's own calendar
   * @param timeUtcMs start of the record [ms since 1970-01-01 UTC]
   * @param v values [W/m², °C, m/s, %, Pa]; NaN marks a missing wind, humidity or pressure value
   */
  push(at: Where, label: HourLabel, timeUtcMs: number, v: HourValues): void {
    const irradiance = [
      this.irradiance(at, 'ghi', v.ghi),
      this.irradiance(at, 'dni', v.dni),
      this.irradiance(at, 'dhi', v.dhi),
    ];
    const [tMin, tMax] = AIR_TEMPERATURE_RANGE_C;
    if (!(v.airTemperature >= tMin && v.airTemperature <= tMax)) {
      throw parseError(
        at,
        `field ${this.fields.airTemperature} = ${v.airTemperature} °C is outside [${tMin}, ${tMax}] (99.9 is the EPW missing-value code; air temperature is never filled)`,
      );
    }
    const wind = this.fillable(at, 'wind_speed_m_s', v.windSpeed);
    const humidity = Math.min(100, this.fillable(at, 'relative_humidity_pct', v.relativeHumidity));
    const pressure = this.fillable(at, 'pressure_pa', v.pressure);
    if (isLeapDay(label.month, label.day)) {
      if (this.kept !== 59 * 24 || label.hour !== this.leapRows) {
        throw parseError(
          at,
          `29 February hour ${label.hour} is out of place: the 24 hours of 29 February must follow 28 February 23:00 in order`,
        );
      }
      this.leapRows++;
      return;
    }
    const i = this.kept;
    const position = hourOfTypicalYear(label.month, label.day, label.hour);
    if (position < 0) throw parseError(at, `invalid date: month ${label.month}, day ${label.day}, hour ${label.hour}`);
    if (i >= TYPICAL_YEAR_HOURS) throw parseError(at, 'more than 8760 hourly rows (8784 with 29 February)');
    if (position !== i) {
      throw parseError(
        at,
        `expected the hour ${labelOfTypicalHour(i)}, found ${labelOfTypicalHour(position)}: rows must be hourly, in calendar order, without gap or repeat`,
      );
    }
    // TMY months come from different years, so the label may jump only where a month starts.
    const sameMonth = i > 0 && monthOfTypicalHour(i) === monthOfTypicalHour(i - 1);
    if (this.wholeMonths && sameMonth && timeUtcMs - (this.time[i - 1] ?? 0) !== HOUR_MS) {
      throw parseError(
        at,
        `time label is not one hour after the previous row's (the year may change only with the month)`,
      );
    }
    if (i === 59 * 24 && this.leapRows !== 0 && this.leapRows !== 24) {
      throw parseError(at, `29 February has ${this.leapRows} hourly rows, expected 24`);
    }
    this.time[i] = timeUtcMs;
    this.ghi[i] = irradiance[0] ?? NaN;
    this.dni[i] = irradiance[1] ?? NaN;
    this.dhi[i] = irradiance[2] ?? NaN;
    this.airTemperature[i] = v.airTemperature;
    this.windSpeed[i] = wind;
    this.relativeHumidity[i] = humidity;
    this.pressure[i] = pressure;
    this.kept++;
  }

  /** Assemble the year, filling missing non-essential hours; throws unless all 8760 hours were pushed. */
  finish(meta: YearMeta): TypicalYear {
    if (this.kept !== TYPICAL_YEAR_HOURS) {
      const last = this.kept > 0 ? `; the last hour read is ${labelOfTypicalHour(this.kept - 1)}` : '';
      throw new WeatherParseError(
        `truncated or incomplete: ${this.kept + this.leapRows} hourly rows, expected 8760 (8784 with 29 February)${last}`,
      );
    }
    const filledHours: Partial<Record<FillableSeries, number>> = {};
    const counts: [FillableSeries, number][] = [
      ['wind_speed_m_s', fillGaps(this.windSpeed, DEFAULT_WIND_SPEED_M_S)],
      ['relative_humidity_pct', fillGaps(this.relativeHumidity, DEFAULT_RELATIVE_HUMIDITY_PCT)],
      ['pressure_pa', fillGaps(this.pressure, standardPressurePa(meta.elevation_m))],
    ];
    for (const [series, count] of counts) if (count > 0) filledHours[series] = count;
    return {
      ...meta,
      hours: TYPICAL_YEAR_HOURS,
      timeUtcMs: this.time,
      ghi_w_m2: this.ghi,
      dni_w_m2: this.dni,
      dhi_w_m2: this.dhi,
      air_temperature_c: this.airTemperature,
      wind_speed_m_s: this.windSpeed,
      relative_humidity_pct: this.relativeHumidity,
      pressure_pa: this.pressure,
      ...(Object.keys(filledHours).length > 0 ? { filledHours } : {}),
    };
  }

  /** Check one irradiance value [W/m²] and return it with the small negative tolerance clamped to 0. */
  private irradiance(at: Where, key: 'ghi' | 'dni' | 'dhi', value: number): number {
    const field = this.fields[key];
    if (!Number.isFinite(value)) throw parseError(at, `field ${field} is not a finite number`);
    if (value >= MISSING_CODE_MIN) {
      throw parseError(at, `field ${field} holds the missing-value code ${value}; irradiance is never filled`);
    }
    if (value < IRRADIANCE_MIN) throw parseError(at, `field ${field} = ${value} W/m² is below ${IRRADIANCE_MIN} W/m²`);
    if (value > IRRADIANCE_MAX) throw parseError(at, `field ${field} = ${value} W/m² exceeds ${IRRADIANCE_MAX} W/m²`);
    return Math.max(0, value);
  }

  /** Check one wind, humidity or pressure value: NaN (missing, filled later) or within its valid range. */
  private fillable(at: Where, series: FillableSeries, value: number): number {
    const { range, unit, key } = FILLABLE[series];
    if (Number.isNaN(value) || (value >= range[0] && value <= range[1])) return value;
    throw parseError(at, `field ${this.fields[key]} = ${value} ${unit} is outside [${range[0]}, ${range[1]}]`);
  }
}
