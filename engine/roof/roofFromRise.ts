import { minimumRotatedRectangle } from '../geo/minimumRotatedRectangle';
import type { LocalPoint } from '../geo/types';
import { pitchFromRise } from './pitchFromRise';
import { preparePart, type PreparedPart } from './preparePart';
import { roofModel } from './roofModel';
import { shedDirection } from './shedDirection';
import type { RoofInput, RoofModel } from './types';

/**
 * Rise under which a roof is taken as flat [m]. IGN's product description calls BD TOPO v3 a 3D base "de précision
 * métrique", and each BATIMENT carries its own `precision_altimetrique` (BD TOPO v3.0 descriptif de contenu, §8.2);
 * users of the data report roof altitudes taken from a photogrammetric surface and noisy both ways. A metre between
 * the lowest and the highest roof altitude thus cannot be told from a flat roof with a parapet, a lift room or rooftop
 * plant, while a pitched house roof of the basin rises 2–4 m (docs/demo.md). The value is an assumption at that
 * precision: no IGN figure gives a threshold.
 */
export const FLAT_RISE_M = 1;

/** Extent of the points across a line of direction (dx, dy) [m]. */
function extentAcross(points: readonly LocalPoint[], dx: number, dy: number): number {
  let low = Infinity;
  let high = -Infinity;
  for (const [x, y] of points) {
    const s = -dy * x + dx * y;
    low = Math.min(low, s);
    high = Math.max(high, s);
  }
  return high - low;
}

/** Horizontal run from the eaves to the ridge of the part under the model [m] (see `roofFromRise`). */
function runOf(part: PreparedPart, model: Exclude<RoofModel, 'flat'>, building: RoofInput): number {
  if (model === 'hip') return minimumRotatedRectangle(part.exterior).width_m / 2;
  if (model === 'shed') {
    const rad = (shedDirection(part, building.roof_direction_deg, building.ridge_azimuth_deg) * Math.PI) / 180;
    // The slope falls along the direction: its run is the extent across the line perpendicular to it.
    return extentAcross(part.exterior, Math.cos(rad), -Math.sin(rad));
  }
  if (building.ridge_azimuth_deg === null) return minimumRotatedRectangle(part.exterior).width_m / 2;
  const rad = (building.ridge_azimuth_deg * Math.PI) / 180;
  return extentAcross(part.exterior, Math.sin(rad), Math.cos(rad)) / 2;
}

/**
 * The roof a measured rise gives (`roof_rise_m`: the highest roof altitude minus the lowest, BD TOPO
 * `altitude_maximale_toit − altitude_minimale_toit`, OSM `roof:height`), for a building without a pitch:
 * - shape unknown ('other' or null): flat when the rise is at most `FLAT_RISE_M`, else a gable — the rise overrides
 *   the size and typology defaults of `defaultRoofShape`, which only apply where nothing was measured;
 * - shape known: that shape, its pitch from the rise (a flat shape stays flat and is not this function's case);
 * - pitch = atan(rise / run) (`pitchFromRise`), run = half the depth across the ridge for a gable (the width of the
 *   minimum rotated rectangle, or the extent across `ridge_azimuth_deg`), half the short side of the minimum rotated
 *   rectangle for a hip (the same rise over the same run on a rectangle), the whole depth along the slope for a shed.
 * A footprint of several parts is measured on its largest part (one pitch per building).
 *
 * @param building roof input; `roof_rise_m` [m]
 * @returns the shape and pitch [°] to draw, or null when the rise does not apply (no rise, a pitch given, or a flat
 *   shape given)
 * @example roofFromRise({ ...house10x8, roof_rise_m: 2.8 }) // { roof_shape: 'gable', roof_pitch_deg: 34.99… }
 */
export function roofFromRise(
  building: RoofInput,
): { roof_shape: 'flat' | 'shed' | 'gable' | 'hip'; roof_pitch_deg: number } | null {
  const rise_m = building.roof_rise_m ?? null;
  if (rise_m === null || building.roof_pitch_deg !== null) return null;
  if (!(Number.isFinite(rise_m) && rise_m >= 0)) throw new RangeError(`roof_rise_m must be ≥ 0 or null, got ${rise_m}`);
  const given = roofModel(building.roof_shape);
  if (given === 'flat') return null;
  if (given === null && rise_m <= FLAT_RISE_M) return { roof_shape: 'flat', roof_pitch_deg: 0 };
  const model = given ?? 'gable';
  const parts = building.footprint.map((polygon, i) => preparePart(polygon, `footprint[${i}]`));
  const largest = parts.reduce((a, b) => (b.area_m2 > a.area_m2 ? b : a));
  return { roof_shape: model, roof_pitch_deg: pitchFromRise(rise_m, runOf(largest, model, building)) };
}
