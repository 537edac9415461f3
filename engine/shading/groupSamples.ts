/** Largest half-diagonal of a group of samples sharing one far field [m]: a house keeps its samples together. */
export const GROUP_HALF_DIAGONAL_M = 12;
/** Cell side used to split larger buildings into groups [m] (half-diagonal 11.3 m). */
export const GROUP_CELL_M = 16;

/**
 * Groups the samples of a building for `buildingHorizons`: one group when their bounding box has a half-diagonal of
 * at most 12 m (any house), else one group per occupied 16 m cell, so that no sample lies farther than 11.3 m from
 * the centre its far field is seen from (large heritage buildings, apartment blocks).
 *
 * @param samples x, y, z triplets [m]
 * @returns sample indices grouped (`order`) and the start of each group in it (`start`, one more entry than groups)
 * @example groupSamples(Float64Array.of(0, 0, 5, 3, 4, 5)) // { order: [0, 1], start: [0, 2] }
 */
export function groupSamples(samples: Float64Array): { order: Int32Array; start: Int32Array } {
  const count = samples.length / 3;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < samples.length; i += 3) {
    x0 = Math.min(x0, samples[i]!);
    x1 = Math.max(x1, samples[i]!);
    y0 = Math.min(y0, samples[i + 1]!);
    y1 = Math.max(y1, samples[i + 1]!);
  }
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (count === 0 || Math.hypot(x1 - x0, y1 - y0) / 2 <= GROUP_HALF_DIAGONAL_M) {
    return { order, start: Int32Array.of(0, count) };
  }
  const nx = Math.floor((x1 - x0) / GROUP_CELL_M) + 1;
  const cell = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    cell[i] =
      Math.floor((samples[3 * i]! - x0) / GROUP_CELL_M) + nx * Math.floor((samples[3 * i + 1]! - y0) / GROUP_CELL_M);
  }
  order.sort((p, q) => cell[p]! - cell[q]! || p - q);
  const start = [0];
  for (let k = 1; k < count; k++) if (cell[order[k]!] !== cell[order[k - 1]!]) start.push(k);
  start.push(count);
  return { order, start: Int32Array.from(start) };
}
