import { getTimes } from 'suncalc';
import { checkRange } from '../geo/checkRange';
import { solarPosition, type SolarPosition } from './solarPosition';

/** One sample of a sun path. */
export interface SunPathPoint extends SolarPosition {
  /** Instant [ms since 1970-01-01 UTC]. */
  timeUtcMs: number;
}

/** The sun's course over one UTC day. */
export interface SunPath {
  /** Positions every `stepMinutes` from 00:00 UTC (included) to 24:00 UTC (excluded), night included. */
  positions: SunPathPoint[];
  /**
   * Sunrise [ms UTC]: geometric centre of the sun at −0.833° (16′ semi-diameter + 34′ standard refraction, i.e. the
   * upper limb on the horizon); null when the sun neither rises nor sets that day.
   */
  sunriseUtcMs: number | null;
  /** Sunset [ms UTC], same definition; null when the sun neither rises nor sets. */
  sunsetUtcMs: number | null;
  /** Solar noon, the sun's transit [ms UTC]. */
  solarNoonUtcMs: number;
  /** True when the sun stays above the horizon all day (polar day), false otherwise. */
  alwaysUp: boolean;
  /** True when the sun stays below the horizon all day (polar night), false otherwise. */
  alwaysDown: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Sun path through the UTC calendar day that contains `dateUtcMs`, with sunrise, sunset and solar noon from
 * `suncalc` 2.x `getTimes` (Meeus 1998, ch. 15) and positions from {@link solarPosition}.
 *
 * @param dateUtcMs any instant of the wanted day [ms since 1970-01-01 UTC]
 * @param latitude_deg latitude [°], within [-90, 90]
 * @param longitude_deg longitude [°], within [-180, 180]
 * @param stepMinutes sampling step [min], within [1, 1440]
 * @example sunPath(Date.UTC(2024, 5, 21), 50.4322, 2.8333, 60).positions.length // 24
 */
export function sunPath(dateUtcMs: number, latitude_deg: number, longitude_deg: number, stepMinutes: number): SunPath {
  if (!Number.isFinite(dateUtcMs)) throw new RangeError(`dateUtcMs must be a finite number, got ${dateUtcMs}`);
  checkRange('latitude_deg', latitude_deg, -90, 90);
  checkRange('longitude_deg', longitude_deg, -180, 180);
  checkRange('stepMinutes', stepMinutes, 1, 1440);
  const dayStart = Math.floor(dateUtcMs / DAY_MS) * DAY_MS;
  const positions: SunPathPoint[] = [];
  for (let t = dayStart; t < dayStart + DAY_MS; t += stepMinutes * 60_000) {
    positions.push({ timeUtcMs: t, ...solarPosition(t, latitude_deg, longitude_deg) });
  }
  // suncalc anchors its events to the solar day around this UTC noon.
  const times = getTimes(new Date(dayStart + DAY_MS / 2), latitude_deg, longitude_deg);
  return {
    positions,
    sunriseUtcMs: times.sunrise ? times.sunrise.getTime() : null,
    sunsetUtcMs: times.sunset ? times.sunset.getTime() : null,
    solarNoonUtcMs: times.solarNoon.getTime(),
    alwaysUp: times.alwaysUp === true,
    alwaysDown: times.alwaysDown === true,
  };
}
