import type { RoofModel, RoofShapeName } from './types';

/**
 * The roof model drawn for each shape. Shapes the engine does not build become the closest single-pitch model:
 * - half-hip → gable: the small hips at the top of the gable ends carry a small share of the roof, the two long
 *   slopes the rest;
 * - gambrel → gable: two slopes per side drawn as one plane per side between the same eaves and ridge lines;
 * - mansard → hip: four sides drawn as one plane each;
 * - pyramidal, dome → hip: on a square or a regular polygon the straight-skeleton hip is the pyramid itself,
 *   and on a polygonal dome it is the cone through its outline;
 * - other → null: the default shape applies (`defaultRoofShape`).
 */
const MODELS: Record<RoofShapeName, RoofModel | null> = {
  flat: 'flat',
  shed: 'shed',
  gable: 'gable',
  'half-hip': 'gable',
  gambrel: 'gable',
  hip: 'hip',
  pyramidal: 'hip',
  mansard: 'hip',
  dome: 'hip',
  other: null,
};

/**
 * The model drawn for a roof shape; null when the shape is unknown or 'other' (then `defaultRoofShape` decides).
 *
 * @param shape roof shape of the building model
 * @example roofModel('half-hip') // 'gable'
 */
export function roofModel(shape: RoofShapeName | null): RoofModel | null {
  if (shape === null) return null;
  const model = MODELS[shape];
  if (model === undefined)
    throw new RangeError(`roof_shape must be one of ${Object.keys(MODELS).join(', ')}, got ${shape}`);
  return model;
}
