/** Lowest eaves a pitched roof leaves by default [m]: one storey (assumption; as the 3D client's MIN_EAVES_M). */
export const MIN_EAVES_M = 2.5;

/**
 * Slope of the roof planes [m/m]: tan(pitch), lowered when the rise over the run would bring the eaves below
 * min(minEaves_m, top_m / 2), i.e. when the data's pitch and height disagree with the footprint's width (a wide
 * building with a steep pitch), so that the walls keep at least one storey or half the height.
 *
 * @param pitch_deg pitch [°], within [0, 90)
 * @param run_m horizontal distance from the eaves to the top [m], ≥ 0
 * @param top_m height of the top of the roof [m]
 * @param minEaves_m lowest eaves wanted [m]
 * @returns slope [m/m]
 * @example cappedSlope(45, 3, 6.5, 2.5) // 1 (eaves 3.5 m)
 */
export function cappedSlope(pitch_deg: number, run_m: number, top_m: number, minEaves_m: number): number {
  const slope = Math.tan((pitch_deg * Math.PI) / 180);
  if (!(run_m > 0)) return slope;
  const maxRise = top_m - Math.min(minEaves_m, top_m / 2);
  return slope * run_m > maxRise ? maxRise / run_m : slope;
}
