import { z } from '../http/openapi.js';

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
  .openapi({ type: 'string', example: '2.80,50.42,2.85,50.45', description: 'minLon,minLat,maxLon,maxLat (WGS84 °)' });

export const IdParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'must be a positive integer')
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, 'must be at most 2147483647')
  .openapi({ type: 'string', example: '42' });

export const limitParam = (max: number, fallback: number) =>
  z.coerce
    .number()
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback)
    .openapi({ type: 'integer', example: fallback });

export const FeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.number().int(),
        geometry: z.unknown(),
        properties: z.record(z.string(), z.unknown()),
      }),
    ),
    numberMatched: z.number().int(),
    numberReturned: z.number().int(),
  })
  .openapi('FeatureCollection');
