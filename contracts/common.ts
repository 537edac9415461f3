/**
 * Shared pieces of the HTTP contract: path and query parameters (bbox, id, limit), GeoJSON geometries and the
 * FeatureCollection envelope. No I/O and no Node import: the client parses answers with the same schemas.
 */
import { z } from 'zod';
import { DPE_CLASSES } from '../engine/renovation/types';

/** Largest bbox side accepted [°] (≈ 35 × 55 km at 50° N): the CLI's `compute --bbox`, and every endpoint's box. */
export const MAX_BBOX_SPAN_DEG = 0.5;

/** Mean radius of the Earth [km] (IUGG mean radius R1 of the GRS 80 ellipsoid, Moritz 2000). */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Area of a WGS84 bbox [km²]: the spherical quadrangle R² · Δλ · (sin φmax − sin φmin), Δλ in radians. Exact on the
 * sphere, within 0.5 % of the ellipsoid at the basin's 50° N; a box of the same degrees is smaller further north.
 */
export function bboxAreaKm2([minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number]): number {
  const rad = Math.PI / 180;
  return EARTH_RADIUS_KM ** 2 * (maxLon - minLon) * rad * Math.abs(Math.sin(maxLat * rad) - Math.sin(minLat * rad));
}

/** "minLon,minLat,maxLon,maxLat" in WGS84 degrees, checked for range, order, side and (when given) area. */
function bboxSchema(maxAreaKm2: number | null) {
  return z
    .string()
    .max(200)
    .transform((text, ctx) => {
      const parts = text.split(',');
      const nums = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
      if (parts.length !== 4 || nums.some((n) => !Number.isFinite(n))) {
        ctx.addIssue({ code: 'custom', message: 'must be four numbers minLon,minLat,maxLon,maxLat' });
        return z.NEVER;
      }
      const box = nums as [number, number, number, number];
      const [minLon, minLat, maxLon, maxLat] = box;
      const problems: string[] = [];
      if (minLon < -180 || maxLon > 180) problems.push('longitudes must be within [-180, 180]');
      if (minLat < -90 || maxLat > 90) problems.push('latitudes must be within [-90, 90]');
      if (minLon >= maxLon) problems.push('minLon must be less than maxLon');
      if (minLat >= maxLat) problems.push('minLat must be less than maxLat');
      if (problems.length === 0 && (maxLon - minLon > MAX_BBOX_SPAN_DEG || maxLat - minLat > MAX_BBOX_SPAN_DEG)) {
        problems.push(
          `is too large: each side must be at most ${MAX_BBOX_SPAN_DEG}°; use /api/v1/tiles for wide areas`,
        );
      }
      const area = problems.length === 0 && maxAreaKm2 !== null ? bboxAreaKm2(box) : 0;
      if (maxAreaKm2 !== null && area > maxAreaKm2) {
        problems.push(
          `is too large: ${area.toFixed(2)} km², this endpoint takes at most ${maxAreaKm2} km² (area at the box's ` +
            'latitude); split the area into smaller boxes',
        );
      }
      for (const message of problems) ctx.addIssue({ code: 'custom', message });
      return problems.length ? z.NEVER : box;
    });
}

const BBOX_EXAMPLE = '2.80,50.42,2.81,50.43';

/** A bbox with the side limit only (the CLI's `compute --bbox`: a batch, not a request). */
export const BboxParam = bboxSchema(null).meta({
  type: 'string',
  example: BBOX_EXAMPLE,
  description: `minLon,minLat,maxLon,maxLat (WGS84 °), each side at most ${MAX_BBOX_SPAN_DEG}°`,
});

/**
 * The bbox of an endpoint, at most `maxAreaKm2` [km²] measured at its latitude (bboxAreaKm2) and each side at most
 * MAX_BBOX_SPAN_DEG; the cap is in the OpenAPI document as `x-max-area-km2` and in the description.
 */
export const bboxParam = (maxAreaKm2: number) =>
  bboxSchema(maxAreaKm2).meta({
    type: 'string',
    example: BBOX_EXAMPLE,
    description:
      `minLon,minLat,maxLon,maxLat (WGS84 °): at most ${maxAreaKm2} km² (area at the box's latitude), ` +
      `each side at most ${MAX_BBOX_SPAN_DEG}°`,
    'x-max-area-km2': maxAreaKm2,
  });

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
    .meta({ type: 'integer', minimum: 1, maximum: max, default: fallback, example: fallback });

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
