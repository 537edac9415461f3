import { z } from '../http/openapi.js';

const options = z
  .object({
    tilt_deg: z.number('must be a number').gt(0, 'must be within (0, 60]').max(60, 'must be within (0, 60]').optional(),
    azimuth_deg: z
      .number('must be a number')
      .min(90, 'must be within [90, 270]')
      .max(270, 'must be within [90, 270]')
      .optional(),
    table: z.enum(['2P', '3L'], 'must be 2P or 3L').optional(),
    pitch: z
      .discriminatedUnion('kind', [
        z
          .object({
            kind: z.literal('gcr'),
            gcr: z
              .number('must be a number')
              .gt(0.1, 'must be within (0.1, 0.9]')
              .max(0.9, 'must be within (0.1, 0.9]'),
          })
          .strict(),
        z.object({ kind: z.literal('solstice') }).strict(),
      ])
      .optional(),
    setback_m: z
      .number('must be a number')
      .min(0, 'must be within [0, 200]')
      .max(200, 'must be within [0, 200]')
      .optional(),
    road_every_rows: z.number().int().min(1).max(100).optional(),
  })
  .strict();

/** GeoJSON geometries are checked by hand (checkSitePolygon) before anything reaches GEOS; here only their shape. */
const geometry = z.record(z.string(), z.unknown()).openapi({ description: 'a GeoJSON Polygon in WGS84' });

export const SiteEvaluateRequest = z
  .object({
    site_id: z.number('must be a number').int().positive().optional(),
    polygon: geometry.optional(),
    exclusions: z.array(geometry).max(200, 'must list at most 200 zones').optional(),
    options: options.optional(),
    sweep: z.boolean().default(false),
  })
  .strict()
  .refine((b) => (b.site_id === undefined) !== (b.polygon === undefined), {
    message: 'give either site_id or polygon',
    path: ['polygon'],
  })
  .openapi('SiteEvaluateRequest');

export const AnyObject = z.record(z.string(), z.unknown());
