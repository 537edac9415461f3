import { checkRange } from '../geo/checkRange';

const RAD = Math.PI / 180;

/**
 * Masking angle averaged over the slant height, ψ̄ = ∫₀¹ ψ(z') dz' (see maskingAngle), in the closed form pvlib
 * derived because Passias & Källbäck's eq. 9 is believed wrong (pvlib `shading.masking_angle_passias`, Notes), with
 * X = 1/GCR:
 *
 *   ψ̄ = −(X/2)·sin β·ln|2X cos β − (X² + 1)| + (X cos β − 1)·atan((X cos β − 1)/(X sin β))
 *        + (1 − X cos β)·atan(cos β / sin β) + X·ln X·sin β
 *
 * (Passias, D., Källbäck, B. 1984, Solar Cells 11: 281-291, doi:10.1016/0379-6787(84)90017-6). 0 at β = 0.
 *
 * @param surfaceTilt row tilt β [°], within [0, 90]
 * @param gcr ground coverage ratio [-], within (0, 1)
 * @returns average masking angle [°]
 * @example maskingAnglePassias(20, 0.5) // 7.2098 (pvlib test_shading.py)
 */
export function maskingAnglePassias(surfaceTilt: number, gcr: number): number {
  checkRange('surfaceTilt', surfaceTilt, 0, 90);
  checkRange('gcr', gcr, Number.MIN_VALUE, 0.999999);
  if (surfaceTilt === 0) return 0;
  const beta = surfaceTilt * RAD;
  const sinB = Math.sin(beta);
  const cosB = Math.cos(beta);
  const x = 1 / gcr;
  const t1 = (-x * sinB * Math.log(Math.abs(2 * x * cosB - (x * x + 1)))) / 2;
  const t2 = (x * cosB - 1) * Math.atan((x * cosB - 1) / (x * sinB));
  const t3 = (1 - x * cosB) * Math.atan(cosB / sinB);
  const t4 = x * Math.log(x) * sinB;
  return (t1 + t2 + t3 + t4) / RAD;
}
