import type { RoofFace } from '../geo/types';
import { MIN_EAVES_M } from './cappedSlope';
import { defaultPitch } from './defaultPitch';
import { defaultRoofShape } from './defaultRoofShape';
import { flatRoof } from './flatRoof';
import { gableRidge } from './gableRidge';
import { gableRoof } from './gableRoof';
import { hipRoof } from './hipRoof';
import { planarFace } from './planarFace';
import { preparePart } from './preparePart';
import type { PartRoof } from './roofPiece';
import { roofFromRise } from './roofFromRise';
import { roofModel } from './roofModel';
import { shedDirection } from './shedDirection';
import { shedRoof } from './shedRoof';
import type { RoofInput, RoofOptions, RoofResult } from './types';
import { validateRoofInput } from './validateRoofInput';

/**
 * The roof faces of a building, in the local frame: one model per building (`roofFromRise` when the rise was
 * measured and no pitch is given, else `roofModel`, else `defaultRoofShape`)
 * applied to each footprint part.
 * - flat: the part at height_m;
 * - shed: one plane falling towards roof_direction_deg (`shedDirection`), height_m along the high side;
 * - gable: the part cut by its ridge (`gableRidge`; the row's `ridgeLine` when given), two planes through the ridge
 *   at height_m (the ridge line's height when given) falling at the pitch;
 * - hip: the straight skeleton of the part (`hipOutlineFaces`), every slope at the pitch, its top at height_m.
 * Shape and pitch: roof_pitch_deg; else, with a measured roof_rise_m, `roofFromRise` (flat under 1 m of rise, else
 * the pitch that rises so much over the run); else `defaultPitch` by typology; a pitch that would bring the eaves below
 * min(minEaves_m, height_m / 2) is lowered to fit (`cappedSlope`). The faces of each part tile it: their plan areas
 * add up to its area, and for a gable or a hip at pitch p their true areas to area / cos p.
 *
 * @param building footprint [m] and roof attributes (heights [m], angles [°])
 * @param options minEaves_m [m] (default 2.5)
 * @returns eaves_m = the lowest wall top over all parts [m], and the faces, numbered from 0
 * @example roofFaces({ footprint: [[[0,0],[10,0],[10,6],[0,6],[0,0]]], height_m: 6.5, roof_shape: 'gable',
 *   roof_pitch_deg: 45, roof_direction_deg: null, ridge_azimuth_deg: 90, typology: 'coron', levels: 1 })
 *   // eaves_m 3.5, faces facing 0° and 180°, each 30 m² in plan and 42.4 m² true
 */
export function roofFaces(building: RoofInput, options: RoofOptions = {}): RoofResult {
  validateRoofInput(building);
  const minEaves_m = options.minEaves_m ?? MIN_EAVES_M;
  if (!Number.isFinite(minEaves_m) || minEaves_m < 0) throw new RangeError(`minEaves_m must be ≥ 0, got ${minEaves_m}`);
  const parts = building.footprint.map((polygon, i) => preparePart(polygon, `footprint[${i}]`));
  const area_m2 = parts.reduce((sum, part) => sum + part.area_m2, 0);
  const measured = roofFromRise(building);
  const model =
    measured?.roof_shape ??
    roofModel(building.roof_shape) ??
    defaultRoofShape(area_m2, building.typology, building.levels, building.usage ?? null);
  const ridgeLine = model === 'gable' ? (building.ridgeLine ?? null) : null;
  const pitch_deg =
    model === 'flat'
      ? 0
      : (ridgeLine?.pitch_deg ??
        building.roof_pitch_deg ??
        measured?.roof_pitch_deg ??
        defaultPitch(building.typology, model));
  const top_m = ridgeLine?.height_m ?? building.height_m;
  const roofs: PartRoof[] = parts.map((part) => {
    switch (model) {
      case 'flat':
        return flatRoof(part, top_m);
      case 'shed': {
        const direction = shedDirection(part, building.roof_direction_deg, building.ridge_azimuth_deg);
        return shedRoof(part, top_m, pitch_deg, direction, minEaves_m);
      }
      case 'gable':
        return gableRoof(part, gableRidge(part, building.ridge_azimuth_deg, ridgeLine), top_m, pitch_deg, minEaves_m);
      case 'hip':
        return hipRoof(part, top_m, pitch_deg, minEaves_m);
    }
  });
  const faces: RoofFace[] = [];
  for (const roof of roofs) {
    for (const piece of roof.pieces) faces.push(planarFace(piece.outline, piece.plane, faces.length));
  }
  return { eaves_m: Math.min(...roofs.map((roof) => roof.eaves_m)), faces };
}
