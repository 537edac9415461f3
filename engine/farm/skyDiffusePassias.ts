import { checkRange } from '../geo/checkRange';

const RAD = Math.PI / 180;

/**
 * Share of the isotropic sky diffuse a row loses to the row in front, from its masking angle ψ:
 *
 *   loss = 1 − cos²(ψ/2)
 *
 * (Passias & Källbäck 1984, Solar Cells 11: 281-291, doi:10.1016/0379-6787(84)90017-6; pvlib
 * `shading.sky_diffuse_passias`; SAM applies it with the bottom-edge masking angle, Gilman et al. 2018,
 * NREL/TP-6A20-67399). Isotropic sky assumed.
 *
 * @param maskingAngle_deg ψ [°], within [0, 90]
 * @returns the fraction of sky diffuse lost [-]
 * @example skyDiffusePassias(7.20980655) // 0.00395338 (pvlib test_shading.py)
 */
export function skyDiffusePassias(maskingAngle_deg: number): number {
  checkRange('maskingAngle_deg', maskingAngle_deg, 0, 90);
  const c = Math.cos((maskingAngle_deg * RAD) / 2);
  return 1 - c * c;
}
