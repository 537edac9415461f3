/** GET /sites and POST /sites/evaluate (« Friches »): requests and answers. */
import { z } from 'zod';
import type { FarmTable } from '../engine/farm/types';
import { PolygonGeometry, featureCollection } from './common';

/** Table types (engine/farm FarmTable): '2P' two modules portrait per column, '3L' three landscape. */
export const FARM_TABLES = ['2P', '3L'] as const satisfies readonly FarmTable[];
/** Candidate site kinds (sql/migrations sites). */
export const SITE_KINDS = ['slag_heap', 'brownfield', 'landfill', 'other'] as const;

/** How the farm is laid out (engine/farm FarmOptions); every field has a default. */
export const FarmOptionsRequest = z
  .object({
    tilt_deg: z.number('must be a number').gt(0, 'must be within (0, 60]').max(60, 'must be within (0, 60]').optional(),
    azimuth_deg: z
      .number('must be a number')
      .min(90, 'must be within [90, 270]')
      .max(270, 'must be within [90, 270]')
      .optional(),
    table: z.enum(FARM_TABLES, 'must be 2P or 3L').optional(),
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

export type FarmOptionsRequest = z.input<typeof FarmOptionsRequest>;

/** GeoJSON geometries are checked by hand (checkSitePolygon) before anything reaches GEOS; here only their shape. */
const geometry = z.record(z.string(), z.unknown()).meta({ description: 'a GeoJSON Polygon in WGS84' });

export const SiteEvaluateRequest = z
  .object({
    site_id: z.number('must be a number').int().positive().optional(),
    polygon: geometry.optional(),
    exclusions: z.array(geometry).max(200, 'must list at most 200 zones').optional(),
    options: FarmOptionsRequest.optional(),
    sweep: z.boolean().default(false),
  })
  .strict()
  .refine((b) => (b.site_id === undefined) !== (b.polygon === undefined), {
    message: 'give either site_id or polygon',
    path: ['polygon'],
  })
  .meta({ id: 'SiteEvaluateRequest' });

export type SiteEvaluateRequest = z.input<typeof SiteEvaluateRequest>;

export const SiteFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: PolygonGeometry,
    properties: z.strictObject({
      id: z.number().int(),
      name: z.string(),
      kind: z.enum(SITE_KINDS),
      area_ha: z.number(),
      commune: z.string().nullable(),
      source: z.string(),
      source_id: z.string(),
    }),
  })
  .meta({ id: 'Site' });
export type SiteFeature = z.infer<typeof SiteFeature>;

/** GET /sites: every candidate site, by name. */
export const SiteListResponse = featureCollection(SiteFeature).meta({ id: 'SiteList' });
export type SiteListResponse = z.infer<typeof SiteListResponse>;

export const FarmFigures = z
  .strictObject({
    modules: z.number().int(),
    mwp: z.number().meta({ description: 'peak power [MWp]' }),
    mwh_yr: z.number().meta({ description: 'annual AC production [MWh/yr]' }),
    specific_yield_kwh_kwp: z.number(),
    performance_ratio: z.number().min(0).max(1),
    shading_loss_pct: z.number().min(0).max(100).meta({ description: 'inter-row shading loss [%]' }),
    buildable_ha: z.number().meta({ description: 'area left once setback and exclusions are taken off [ha]' }),
    mwp_per_ha: z.number(),
    gcr: z.number().meta({ description: 'ground coverage ratio [-]' }),
    pitch_m: z.number().meta({ description: 'row-to-row distance [m]' }),
    tilt_deg: z.number(),
    azimuth_deg: z.number(),
    capex_eur: z.number(),
    opex_eur_yr: z.number(),
    lcoe_eur_mwh: z.number(),
    households: z.number().meta({ description: "year-1 production over a household's consumption [-]" }),
    co2_avoided_t_yr: z.number(),
  })
  .meta({ id: 'FarmFigures' });
export type FarmFigures = z.infer<typeof FarmFigures>;

/** engine/farm FarmEconomics assumptions. */
export const FarmAssumptions = z
  .strictObject({
    capex_eur_per_wp: z.number(),
    opex_eur_per_kwp_yr: z.number(),
    discount_rate_pct: z.number(),
    life_years: z.number(),
    degradation_pct_yr: z.number(),
    capital_recovery_factor: z.number(),
    household_kwh_yr: z.number(),
    co2_kg_kwh: z.number(),
    tender_price_eur_mwh: z.number(),
    compiled_on: z.string(),
  })
  .meta({ id: 'FarmAssumptions' });
export type FarmAssumptions = z.infer<typeof FarmAssumptions>;

export const FarmRowFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: PolygonGeometry.meta({ description: 'the tilted tables of the row seen from above' }),
    properties: z.strictObject({ row: z.number().int(), tables: z.number().int(), modules: z.number().int() }),
  })
  .meta({ id: 'FarmRow' });
export type FarmRowFeature = z.infer<typeof FarmRowFeature>;

export const FarmSweepPoint = z
  .strictObject({
    tilt_deg: z.number(),
    gcr: z.number(),
    mwp: z.number(),
    mwh_yr: z.number(),
    specific_yield_kwh_kwp: z.number(),
  })
  .meta({ id: 'FarmSweepPoint' });
export type FarmSweepPoint = z.infer<typeof FarmSweepPoint>;

/** POST /sites/evaluate: the farm's figures, months, horizon, rows and (with `sweep`) the tilt × GCR grid. */
export const SiteEvaluateResponse = z
  .strictObject({
    site: z.strictObject({ id: z.number().int().nullable(), name: z.string().nullable(), area_ha: z.number() }),
    weather: z.string(),
    figures: FarmFigures,
    monthly_mwh: z.array(z.number()).length(12),
    horizon_deg: z
      .array(z.number())
      .meta({ description: "the site's horizon, equal azimuth sectors from north, clockwise [°]" }),
    module: z.strictObject({ id: z.string(), manufacturer: z.string(), model: z.string(), wp: z.number() }),
    assumptions: FarmAssumptions,
    layout: featureCollection(FarmRowFeature),
    sweep: z.array(FarmSweepPoint).nullable(),
  })
  .superRefine((e, ctx) => {
    const modules = e.layout.features.reduce((n, f) => n + f.properties.modules, 0);
    if (modules !== e.figures.modules)
      ctx.addIssue({
        code: 'custom',
        path: ['layout'],
        message: `rows hold ${modules} modules, figures.modules is ${e.figures.modules}`,
      });
    // Twelve months rounded to 0.1 MWh and a year rounded to 1 MWh may differ by 12 × 0.05 + 0.5 = 1.1 MWh (or 1 %).
    const year = e.monthly_mwh.reduce((a, b) => a + b, 0);
    if (Math.abs(year - e.figures.mwh_yr) > Math.max(1.1, 0.01 * Math.max(year, e.figures.mwh_yr)))
      ctx.addIssue({
        code: 'custom',
        path: ['monthly_mwh'],
        message: `sums to ${year.toFixed(3)}, figures.mwh_yr is ${e.figures.mwh_yr}`,
      });
  })
  .meta({ id: 'SiteEvaluation' });
export type SiteEvaluateResponse = z.infer<typeof SiteEvaluateResponse>;
