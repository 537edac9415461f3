import { checkAtLeast } from '../geo/checkRange';

/**
 * Conventional adult-equivalent occupants N_adeq of a single-family house from its floor area, 3CL-DPE 2021 (arrêté
 * du 31 mars 2021, annexe 1 §11.1, as implemented by Open3CL `11_nadeq.js` calculateIndividualNadeq):
 * N_max = 1 below 30 m², 1.75 − 0.01875·(70 − S) from 30 to 70 m², 0.025·S above; N_adeq = N_max when
 * N_max < 1.75, else 1.75 + 0.3·(N_max − 1.75).
 *
 * @param floor_area_m2 reference floor area [m²] > 0
 * @returns adult equivalents [-]
 * @example adultEquivalents(100) // 1.75 + 0.3·(2.5 − 1.75) = 1.975
 */
export function adultEquivalents(floor_area_m2: number): number {
  checkAtLeast('floor_area_m2', floor_area_m2, Number.MIN_VALUE);
  let nMax: number;
  if (floor_area_m2 < 30) nMax = 1;
  else if (floor_area_m2 < 70) nMax = 1.75 - 0.01875 * (70 - floor_area_m2);
  else nMax = 0.025 * floor_area_m2;
  return nMax < 1.75 ? nMax : 1.75 + 0.3 * (nMax - 1.75);
}
