import { getPosition } from 'suncalc';
import { checkRange } from '../geo/checkRange';

/** Where the sun is, seen from a point on the ground. */
export interface SolarPosition {
  /** Azimuth [°] clockwise from north (0 N, 90 E, 180 S, 270 W), within [0, 360). */
  azimuth_deg: number;
  /** Apparent elevation above the horizontal [°], refraction included; negative below the horizon. */
  elevation_deg: number;
  /** Apparent zenith angle [°] = 90 − elevation_deg. */
  zenith_deg: number;
}

/**
 * Apparent position of the sun at one instant, from `suncalc` 2.x (`getPosition`: Meeus, Astronomical Algorithms,
 * 2nd ed. 1998, ch. 25 for the sun's apparent coordinates, eq. 12.4 sidereal time, eq. 16.4 refraction
 * R = 1.02′ / tan(h + 10.3°/(h + 5.11°)) for standard air, 1010 hPa and 10 °C).
 *
 * Accuracy: on the NREL SPA worked example (Reda & Andreas 2004, NREL/TP-560-34302, Table A4.1) the zenith is
 * 0.004° low and the azimuth 0.001° low (solarPosition.test.ts). What remains is the refraction (standard air here,
 * 820 hPa and 11 °C in SPA: 0.020° vs 0.016° at 40° elevation) and SPA's topocentric parallax (≈ 0.002°).
 *
 * @param timeUtcMs instant [ms since 1970-01-01 UTC]
 * @param latitude_deg latitude [°], north positive, within [-90, 90]
 * @param longitude_deg longitude [°], east positive, within [-180, 180]
 * @returns azimuth [°] from north clockwise, apparent elevation [°], apparent zenith [°]
 * @example solarPosition(Date.UTC(2024, 5, 21, 12), 50.4322, 2.8333) // elevation ≈ 62.9°, azimuth ≈ 184°
 */
export function solarPosition(timeUtcMs: number, latitude_deg: number, longitude_deg: number): SolarPosition {
  if (!Number.isFinite(timeUtcMs)) throw new RangeError(`timeUtcMs must be a finite number, got ${timeUtcMs}`);
  checkRange('latitude_deg', latitude_deg, -90, 90);
  checkRange('longitude_deg', longitude_deg, -180, 180);
  const { azimuth, altitude } = getPosition(new Date(timeUtcMs), latitude_deg, longitude_deg);
  return { azimuth_deg: azimuth, elevation_deg: altitude, zenith_deg: 90 - altitude };
}
