import { checkRange } from '../geo/checkRange';

const RAD = Math.PI / 180;

/**
 * Fraction of a row's slant height in the shadow of the identical row in front, on flat ground, infinitely long
 * rows (2D geometry). With the sun's direction projected on the vertical plane across the rows, u = cos e·cos(γs − γ)
 * its horizontal part towards the side the rows face and w = sin e its vertical part, the shadow of the front row's
 * top edge reaches P·w / (w·cos β + u·sin β) up the slope of the next row, so
 *
 *   f = clamp(1 − (P/L)·w / (w·cos β + u·sin β), 0, 1)
 *
 * which is Lorenzo, E., Narvarte, L., Muñoz, J. 2011 "Tracking and back-tracking", Prog. Photovolt. 19: 747-753,
 * doi:10.1002/pip.1085, for fixed rows, and pvlib `shading.shaded_fraction1d` (Anderson, K. S., Jensen, A. R. 2024,
 * J. Renewable Sustainable Energy 16: 023504, doi:10.1063/5.0202220, eq. 12) with equal rotations, no slope and no
 * axis offset. 0 with the sun below the horizon or behind the rows' plane (no beam to shade).
 *
 * @param solarElevation e [°]
 * @param solarAzimuth γs [°] clockwise from north
 * @param surfaceTilt β [°], within [0, 90]
 * @param surfaceAzimuth γ, the direction the rows face [°] clockwise from north
 * @param gcr L / P, slant height over pitch [-], within (0, 1]
 * @returns shaded fraction of the slant height [-]
 * @example shadedFraction1d(10, 135, 30, 180, 2 / 3) // 0.4776 (pvlib shaded_fraction1d docstring example)
 */
export function shadedFraction1d(
  solarElevation: number,
  solarAzimuth: number,
  surfaceTilt: number,
  surfaceAzimuth: number,
  gcr: number,
): number {
  checkRange('surfaceTilt', surfaceTilt, 0, 90);
  checkRange('gcr', gcr, Number.MIN_VALUE, 1);
  if (!(solarElevation > 0)) return 0;
  const beta = surfaceTilt * RAD;
  const e = solarElevation * RAD;
  const u = Math.cos(e) * Math.cos((solarAzimuth - surfaceAzimuth) * RAD);
  const w = Math.sin(e);
  const facing = w * Math.cos(beta) + u * Math.sin(beta);
  if (!(facing > 0)) return 0;
  const f = 1 - w / facing / gcr;
  return f <= 0 ? 0 : f >= 1 ? 1 : f;
}
