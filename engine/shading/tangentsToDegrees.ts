const DEG_PER_RAD = 180 / Math.PI;

/**
 * Horizon elevations [°] from their tangents, written into a horizon array (or a row of a batch of horizons).
 *
 * @param tangents tan(elevation) per sector, ≥ 0
 * @param out destination
 * @param offset index in `out` of the first sector
 * @example tangentsToDegrees(Float64Array.of(0, 1), new Float32Array(2), 0) // Float32Array [0, 45]
 */
export function tangentsToDegrees(tangents: Float64Array, out: Float32Array, offset: number): Float32Array {
  for (let k = 0; k < tangents.length; k++) out[offset + k] = Math.atan(tangents[k]!) * DEG_PER_RAD;
  return out;
}
