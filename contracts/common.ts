/**
 * Shared pieces of the HTTP contract: path and query parameters (bbox, id, limit), GeoJSON geometries and the
 * FeatureCollection envelope. No I/O and no Node import: the client parses answers with the same schemas.
 */
import { z } from 'zod';
import { DPE_CLASSES } from '../engine/renovation/types';

/** Largest bbox side accepted by the list endpoints [°] (≈ 35 × 55 km at 50° N). */
export const MAX_BBOX_SPAN_DEG = 0.5;

/** "minLon,minLat,maxLon,maxLat" in WGS84 degrees, checked for range, order and size. */
export const BboxParam = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    const parts = text.split(',');
    const nums = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
    if (parts.length !== 4 || nums.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'must be four numbers minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    const [minLon, minLat, maxLon, maxLat] = nums as [number, number, number, number];
    const problems: string[] = [];
    if (minLon < -180 || maxLon > 180) problems.push('longitudes must be within [-180, 180]');
    if (minLat < -90 || maxLat > 90) problems.push('latitudes must be within [-90, 90]');
    if (minLon >= maxLon) problems.push('minLon must be less than maxLon');
    if (minLat >= maxLat) problems.push('minLat must be less than maxLat');
    if (problems.length === 0 && (maxLon - minLon > MAX_BBOX_SPAN_DEG || maxLat - minLat > MAX_BBOX_SPAN_DEG)) {
      problems.push(`is too large: each side must be at most ${MAX_BBOX_SPAN_DEG}°; use /api/v1/tiles for wide areas`);
    }
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return problems.length ? z.NEVER : ([minLon, minLat, maxLon, maxLat] as [number, number, number, number]);
  })
  .meta({ type: 'string', example: '2.80,50.42,2.85,50.45', description: 'minLon,minLat,maxLon,maxLat (WGS84 °)' });

export const IdParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'must be a positive integer')
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, 'must be at most 2147483647')
  .meta({ type: 'string', example: '42' });

/** Path parameters of every `/{id}` endpoint. */
export const IdParams = z.object({ id: IdParam });
export type IdParams = z.infer<typeof IdParams>;

export const limitParam = (max: number, fallback: number) =>
  z.coerce
    .number()
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback)
    .meta({ type: 'integer', example: fallback });

/** DPE class, A (best) … G (worst) (engine/renovation DPE_CLASSES). */
export const DpeLetter = z.enum(DPE_CLASSES);
export type DpeLetter = z.infer<typeof DpeLetter>;

/** Houses per DPE class, every class present. */
export const ClassCounts = z.strictObject({
  A: z.number().int(),
  B: z.number().int(),
  C: z.number().int(),
  D: z.number().int(),
  E: z.number().int(),
  F: z.number().int(),
  G: z.number().int(),
});
export type ClassCounts = z.infer<typeof ClassCounts>;

/** [lon, lat] in WGS84 [°]. */
export const LonLat = z.tuple([z.number(), z.number()]).meta({ description: '[lon, lat] (WGS84 °)' });
export type LonLat = z.infer<typeof LonLat>;

/** [minLon, minLat, maxLon, maxLat] in WGS84 [°]. */
export const Bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Bbox = z.infer<typeof Bbox>;

/** A GeoJSON position: [lon, lat] or [lon, lat, z] (z in m above ground where given). */
export const Position = z.array(z.number()).min(2).max(3);
export const PolygonGeometry = z
  .strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) })
  .meta({ id: 'Polygon', description: 'GeoJSON Polygon, WGS84' });
export type PolygonGeometry = z.infer<typeof PolygonGeometry>;
export const MultiPolygonGeometry = z
  .strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) })
  .meta({ id: 'MultiPolygon', description: 'GeoJSON MultiPolygon, WGS84' });
export type MultiPolygonGeometry = z.infer<typeof MultiPolygonGeometry>;
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON value (free-form attributes as imported); a component of its own so that OpenAPI can refer to itself. */
export const JsonValue: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
  )
  .meta({ id: 'JsonValue', description: 'any JSON value' });

/** A GeoJSON FeatureCollection of `feature`, with the page counts of the list endpoints when `paged`. */
export function featureCollection<F extends z.ZodType>(feature: F) {
  return z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(feature) });
}
export function pagedFeatureCollection<F extends z.ZodType>(feature: F) {
  return z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(feature),
    numberMatched: z.number().int().meta({ description: 'features matching the request' }),
    numberReturned: z.number().int().meta({ description: 'features in this answer (at most the limit)' }),
  });
}
