/** GET /api/v1/obstacles (GeoJSON FeatureCollection of slag heaps) → records for the slag-heap layer. */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import { idOrNull, isRecord, numberOrNull, stringOrNull } from './json';
import { parseFeatureCollection } from './parseBuildings';
import { parseFootprint } from './parseGeometry';
import type { ObstacleRecord, SlagHeapShape } from './types';

const SHAPES: readonly SlagHeapShape[] = ['cone', 'truncated_cone', 'plateau'];
/** Top radius / base radius assumed when the server gives none, by shape [-]. */
const DEFAULT_TOP_RATIO: Record<SlagHeapShape, number> = { cone: 0, truncated_cone: 0.3, plateau: 0.8 };

export function parseObstacles(json: unknown, frame: LocalFrame): ObstacleRecord[] {
  const { features } = parseFeatureCollection(json, 'obstacles');
  const obstacles: ObstacleRecord[] = [];
  for (const feature of features) {
    if (!isRecord(feature)) continue;
    const props = isRecord(feature.properties) ? feature.properties : {};
    const id = idOrNull(feature.id) ?? idOrNull(props.id);
    const height_m = numberOrNull(props.height_m);
    const polygons = parseFootprint(feature.geometry, frame);
    if (id === null || height_m === null || height_m <= 0 || !polygons) continue;
    const shape = SHAPES.find((s) => s === props.shape) ?? 'truncated_cone';
    const ratio = numberOrNull(props.top_ratio);
    obstacles.push({
      id,
      name: stringOrNull(props.name),
      polygons,
      height_m,
      shape,
      topRatio: shape === 'cone' ? 0 : Math.min(0.95, Math.max(0, ratio ?? DEFAULT_TOP_RATIO[shape])),
    });
  }
  return obstacles;
}
