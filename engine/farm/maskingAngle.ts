import { checkRange } from '../geo/checkRange';

const RAD = Math.PI / 180;

/**
 * Elevation below which the row in front hides the sky from a point at fraction z' up a row's slant height
 * (Passias, D., Källbäck, B. 1984 "Shading effects in rows of solar cell panels", Solar Cells 11: 281-291,
 * doi:10.1016/0379-6787(84)90017-6, eq. 8, written with the ground coverage ratio as pvlib `shading.masking_angle`
 * does):
 *
 *   ψ(z') = atan( GCR·(1 − z')·sin β / (1 − GCR·(1 − z')·cos β) )
 *
 * @param surfaceTilt row tilt β [°], within [0, 90]
 * @param gcr ground coverage ratio, slant height / pitch [-], within [0, 1)
 * @param slantFraction z', where on the slant (0 = bottom edge, 1 = top edge) [-], within [0, 1]
 * @returns masking angle ψ [°]
 * @example maskingAngle(20, 0.5, 0.25) // 11.2022 (pvlib test_shading.py)
 */
export function maskingAngle(surfaceTilt: number, gcr: number, slantFraction: number): number {
  checkRange('surfaceTilt', surfaceTilt, 0, 90);
  checkRange('gcr', gcr, 0, 0.999999);
  checkRange('slantFraction', slantFraction, 0, 1);
  const beta = surfaceTilt * RAD;
  const a = gcr * (1 - slantFraction);
  return Math.atan((a * Math.sin(beta)) / (1 - a * Math.cos(beta))) / RAD;
}
