import type { RoofOrigin, RoofShape } from '../../domain/building.js';
import { parseMetres } from './parseValues.js';

/**
 * Largest rise kept, as a share of the building's height (assumption): the ridge of a pitched roof sits above walls
 * of at least a storey, so a rise of more than 0.8 × the height (a 6 m house rising 5 m) is an altitude error — a
 * tree or a neighbour's roof in the photogrammetric surface — not a roof.
 */
export const MAX_RISE_SHARE = 0.8;

/** Largest rise kept when the height is not known [m] (assumption: above the roofs of churches and halls). */
export const MAX_RISE_M = 30;

/**
 * Altitudes outside this range are no altitude [m] (NGF-IGN69: mainland France lies between about −10 m and the
 * 4,806 m of Mont Blanc); it catches sentinel values (−1000, 9999) and values in the wrong unit.
 */
const ALTITUDE_RANGE_M: readonly [number, number] = [-100, 5000];

function altitude(value: unknown): number | null {
  const z = parseMetres(value);
  return z !== null && z >= ALTITUDE_RANGE_M[0] && z <= ALTITUDE_RANGE_M[1] ? z : null;
}

/**
 * The rise of the roof, ridge above eaves [m], from the highest and lowest roof altitudes (BD TOPO v3
 * `altitude_maximale_toit` / `altitude_minimale_toit`, v2 `Z_MAX_TOIT` / `Z_MIN_TOIT`), rounded to the centimetre;
 * null when either is missing or out of range, or when the highest is below the lowest.
 *
 * @param highest highest roof altitude [m]
 * @param lowest lowest roof altitude (the eaves) [m]
 * @example riseFromAltitudes(34.6, 31.8) // 2.8
 */
export function riseFromAltitudes(highest: unknown, lowest: unknown): number | null {
  const top = altitude(highest);
  const eaves = altitude(lowest);
  if (top === null || eaves === null || top < eaves) return null;
  return Math.round((top - eaves) * 100) / 100;
}

/**
 * A rise kept only when plausible: ≥ 0, at most `MAX_RISE_SHARE` × the height when it is known (and in (0, 1000] m),
 * else at most `MAX_RISE_M`; null otherwise.
 *
 * @param rise_m rise of the roof [m] or null
 * @param height_m ground to top of the roof [m] or null
 */
export function plausibleRise(rise_m: number | null, height_m: number | null): number | null {
  if (rise_m === null || !Number.isFinite(rise_m) || rise_m < 0) return null;
  const known = height_m !== null && height_m > 0 && height_m <= 1000;
  return rise_m <= (known ? MAX_RISE_SHARE * height_m : MAX_RISE_M) ? rise_m : null;
}

/**
 * Where the roof the cadastre draws will come from, in the order the engine applies (engine/roof roofFaces):
 * roof surfaces, then a pitch or a flat shape given by the source, then a measured rise, then any other shape given,
 * else the defaults.
 */
export function roofOrigin(m: {
  roof_shape: RoofShape | null;
  roof_pitch_deg: number | null;
  roof_rise_m: number | null;
  has_surfaces?: boolean;
}): RoofOrigin {
  if (m.has_surfaces) return 'surfaces';
  if (m.roof_pitch_deg !== null || m.roof_shape === 'flat') return 'tags';
  if (m.roof_rise_m !== null) return 'altitudes';
  if (m.roof_shape !== null && m.roof_shape !== 'other') return 'tags';
  return 'inferred';
}
