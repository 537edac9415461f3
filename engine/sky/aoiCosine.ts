import { checkRange } from '../geo/checkRange';

const RAD = Math.PI / 180;

/**
 * Cosine of the angle of incidence of the sun's rays on a plane: the dot product of the plane's unit normal and the
 * unit vector towards the sun,
 *
 *   cos θ = cos β·cos z + sin β·sin z·cos(γs − γ)
 *
 * (Duffie & Beckman, Solar Engineering of Thermal Processes, 4th ed. 2013, eq. 1.6.3, doi:10.1002/9781118671603;
 * pvlib `irradiance.aoi_projection`). Clamped to [-1, 1] against rounding. Negative: the sun is behind the plane.
 *
 * @param surfaceTilt plane tilt β [°], within [0, 180]
 * @param surfaceAzimuth plane azimuth γ [°] clockwise from north, within [0, 360]
 * @param solarZenith solar zenith z [°], within [0, 180]
 * @param solarAzimuth solar azimuth γs [°] clockwise from north, within [0, 360]
 * @returns cos θ [-], within [-1, 1]
 * @example aoiCosine(90, 0, 30, 60) // 0.25
 */
export function aoiCosine(
  surfaceTilt: number,
  surfaceAzimuth: number,
  solarZenith: number,
  solarAzimuth: number,
): number {
  checkRange('surfaceTilt', surfaceTilt, 0, 180);
  checkRange('surfaceAzimuth', surfaceAzimuth, 0, 360);
  checkRange('solarZenith', solarZenith, 0, 180);
  checkRange('solarAzimuth', solarAzimuth, 0, 360);
  const tilt = surfaceTilt * RAD;
  const zenith = solarZenith * RAD;
  const projection =
    Math.cos(tilt) * Math.cos(zenith) +
    Math.sin(tilt) * Math.sin(zenith) * Math.cos((solarAzimuth - surfaceAzimuth) * RAD);
  return Math.min(1, Math.max(-1, projection));
}
