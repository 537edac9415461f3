import { checkRange } from '../geo/checkRange';

/** Obliquity of the ecliptic, the sun's declination at the solstices [°] (IAU 2006: 23.439° for J2000). */
export const OBLIQUITY_DEG = 23.44;

const RAD = Math.PI / 180;

/**
 * Sun elevation at solar noon on the winter solstice: h = 90° − |φ| − 23.44° [°].
 *
 * @param latitude_deg site latitude φ [°], within [-66, 66] (beyond, the noon sun at the solstice is below 0.6°)
 * @example solsticeNoonElevation(50.4) // 16.16
 */
export function solsticeNoonElevation(latitude_deg: number): number {
  checkRange('latitude_deg', latitude_deg, -66, 66);
  return 90 - Math.abs(latitude_deg) - OBLIQUITY_DEG;
}

/**
 * Row pitch by the winter-solstice noon rule: the shadow of a row's top edge at solar noon on the winter solstice
 * just reaches the foot of the next row,
 *
 *   pitch = L·(cos β + sin β / tan h),   h = 90° − |φ| − 23.44°
 *
 * with L the slant height of the table and β its tilt (the usual sizing rule, e.g. Paragon Solar, "Length of a
 * shadow", https://www.paragon.solar/articles/view/138/length-of-a-shadow-part-1, and N. Muradov, "How to calculate
 * row spacing", https://namigmuradov.com/how-to-calculate-row-spacing-on-a-tilted-surface: D = w·(cos β + sin β /
 * tan α) with α the noon elevation on 21 December). Rows facing the equator only: away from noon, and for rows
 * turned east or west, shadows reach further.
 *
 * @param slant_height_m L [m], > 0
 * @param tilt_deg β [°], within (0, 90)
 * @param latitude_deg φ [°], within [-66, 66]
 * @returns pitch, front edge to front edge [m]
 * @example solsticePitch(4.576, 25, 50.4) // ≈ 10.82
 */
export function solsticePitch(slant_height_m: number, tilt_deg: number, latitude_deg: number): number {
  checkRange('slant_height_m', slant_height_m, Number.MIN_VALUE, 100);
  checkRange('tilt_deg', tilt_deg, Number.MIN_VALUE, 89.999);
  const h = solsticeNoonElevation(latitude_deg) * RAD;
  const beta = tilt_deg * RAD;
  return slant_height_m * (Math.cos(beta) + Math.sin(beta) / Math.tan(h));
}
