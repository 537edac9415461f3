import type { ObstacleInput } from '../../domain/building.js';
import { parseMetres, parseText } from './parseValues.js';

export type MappedObstacle = Omit<ObstacleInput, 'footprint'>;

const SHAPES = ['cone', 'truncated_cone', 'plateau'] as const;

/** Maps an obstacle feature's properties; returns a reason string when a required value is missing or wrong. */
export function mapObstacle(props: Record<string, unknown>, featureId: unknown): MappedObstacle | string {
  const height = parseMetres(props.height_m);
  if (height === null || height <= 0 || height > 1000)
    return `height_m must be a number in (0, 1000], got ${JSON.stringify(props.height_m)}`;
  const shape = parseText(props.shape) ?? 'cone';
  if (!(SHAPES as readonly string[]).includes(shape)) return `shape must be one of ${SHAPES.join(', ')}, got ${shape}`;
  const topRatio = parseMetres(props.top_ratio) ?? (shape === 'cone' ? 0 : 0.5);
  if (topRatio < 0 || topRatio > 1) return `top_ratio must be within [0, 1], got ${topRatio}`;
  const kind = parseText(props.kind) === 'slag_heap' ? 'slag_heap' : 'other';
  const attributes =
    props.attributes && typeof props.attributes === 'object' && !Array.isArray(props.attributes)
      ? (props.attributes as Record<string, unknown>)
      : {};
  return {
    kind,
    source: parseText(props.source) ?? 'geojson',
    source_id: parseText(props.source_id) ?? parseText(featureId),
    name: parseText(props.name),
    height_m: height,
    shape: shape as MappedObstacle['shape'],
    top_ratio: topRatio,
    height_source: parseText(props.height_source) ?? 'given in the imported file',
    attributes,
  };
}

/** True when a file's features describe obstacles (slag heaps) rather than buildings. */
export function looksLikeObstacles(features: { properties: Record<string, unknown> }[]): boolean {
  return (
    features.length > 0 && features.every((f) => f.properties.kind === 'slag_heap' || f.properties.kind === 'other')
  );
}
