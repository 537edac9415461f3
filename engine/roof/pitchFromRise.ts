import { checkAtLeast } from '../geo/checkRange';

/**
 * Lowest pitch drawn for a roof whose rise says it is pitched [°] (assumption). A rise above `FLAT_RISE_M` over a
 * deep footprint gives a very low slope (1.2 m over a 40 m deep hall: 3.4°); it is drawn at this pitch rather than
 * lower, since the rise alone cannot tell a low-pitched hall from a flat roof with a raised part.
 */
export const MIN_RISE_PITCH_DEG = 5;

/**
 * Steepest pitch drawn from a rise [°] (assumption): the steepest single-plane roofs of the basin, the two-pan
 * "chalet" roofs of the cités-jardins, are drawn at 45–55° (docs/demo.md); a steeper result is noise in the
 * altitudes or a roof this model does not draw (a spire, a mansard's lower slope).
 */
export const MAX_RISE_PITCH_DEG = 60;

/**
 * Pitch of a plane rising `rise_m` over a horizontal run of `run_m`: p = atan(rise / run), clamped to
 * [`MIN_RISE_PITCH_DEG`, `MAX_RISE_PITCH_DEG`]. For a gable or a hip the run is half the depth across the ridge;
 * for a shed, the whole depth.
 *
 * @param rise_m height of the ridge above the eaves [m], > 0
 * @param run_m horizontal distance from the eaves to the ridge [m], > 0
 * @returns pitch [°]
 * @example pitchFromRise(2.8, 4) // 34.99…: a 10 m × 8 m house rising 2.8 m across its 8 m depth
 */
export function pitchFromRise(rise_m: number, run_m: number): number {
  checkAtLeast('rise_m', rise_m, 0);
  if (!(Number.isFinite(run_m) && run_m > 0)) throw new RangeError(`run_m must be a finite number > 0, got ${run_m}`);
  const pitch_deg = (Math.atan(rise_m / run_m) * 180) / Math.PI;
  return Math.min(MAX_RISE_PITCH_DEG, Math.max(MIN_RISE_PITCH_DEG, pitch_deg));
}
