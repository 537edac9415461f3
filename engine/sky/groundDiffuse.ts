import { checkAtLeast, checkRange } from '../geo/checkRange';

/**
 * Irradiance reflected by the ground onto a tilted plane, the ground taken as an infinite isotropic reflector seen
 * under the plane's ground view factor (1 − cos β)/2:
 *
 *   E_ground = GHI·ρ·(1 − cos β)/2
 *
 * (Liu & Jordan 1963, "The long-term average performance of flat-plate solar-energy collectors", Solar Energy 7(2):
 * 53-74, doi:10.1016/0038-092X(63)90006-9; last term of Loutzenhiser et al. 2007, Solar Energy 81(2): 254-267,
 * doi:10.1016/j.solener.2006.03.009, eq. 3; pvlib `irradiance.get_ground_diffuse`).
 *
 * @param ghi global horizontal irradiance [W/m²], ≥ 0
 * @param surfaceTilt plane tilt β [°], within [0, 180]
 * @param albedo ground reflectance ρ [-], within [0, 1] (0.2 by convention for grass and mixed urban ground)
 * @returns ground-reflected irradiance on the plane [W/m²]
 * @example groundDiffuse(900, 40, 0.25) // ≈ 26.32
 */
export function groundDiffuse(ghi: number, surfaceTilt: number, albedo: number): number {
  checkAtLeast('ghi', ghi, 0);
  checkRange('surfaceTilt', surfaceTilt, 0, 180);
  checkRange('albedo', albedo, 0, 1);
  return ghi * albedo * 0.5 * (1 - Math.cos((surfaceTilt * Math.PI) / 180));
}
