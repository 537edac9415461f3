import type { RoofPoints } from './segmentRoofTypes';

/** The building's points copied into working arrays: x, y relative to (x0, y0) [m], z above the ground [m]. */
export interface WorkingPoints {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  /** Index of each working point in the caller's PointSet. */
  index: Uint32Array;
  n: number;
}

/**
 * Copy the selected points, shifted so the arithmetic runs on numbers of a few metres (the moments keep their
 * precision), with their heights above the ground. Points with a non-finite coordinate are skipped.
 *
 * @throws RangeError when the points are not a PointSet or an index is out of range
 */
export function selectPoints(points: RoofPoints, x0: number, y0: number, ground_m: number): WorkingPoints {
  const set = 'set' in points ? points.set : points;
  if (
    !set ||
    !(set.x instanceof Float64Array) ||
    !(set.y instanceof Float64Array) ||
    !(set.z instanceof Float64Array)
  ) {
    throw new RangeError('points must be a PointSet (x, y, z Float64Array) or { set, indices }');
  }
  if (
    !Number.isSafeInteger(set.count) ||
    set.count < 0 ||
    set.count > Math.min(set.x.length, set.y.length, set.z.length)
  ) {
    throw new RangeError(`points.count must be an integer within the arrays' length, got ${set.count}`);
  }
  const indices = 'set' in points ? points.indices : null;
  const total = indices ? indices.length : set.count;
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  const z = new Float64Array(total);
  const index = new Uint32Array(total);
  let n = 0;
  for (let s = 0; s < total; s++) {
    const k = indices ? indices[s]! : s;
    if (!Number.isInteger(k) || k < 0 || k >= set.count) {
      throw new RangeError(`points.indices[${s}] must be an index below count ${set.count}, got ${k}`);
    }
    const px = set.x[k]!;
    const py = set.y[k]!;
    const pz = set.z[k]!;
    if (!Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(pz)) continue;
    x[n] = px - x0;
    y[n] = py - y0;
    z[n] = pz - ground_m;
    index[n++] = k;
  }
  return { x: x.subarray(0, n), y: y.subarray(0, n), z: z.subarray(0, n), index: index.subarray(0, n), n };
}
