import { z } from '../http/openapi.js';
import { BboxParam, IdParam, limitParam } from './common.js';

export const BuildingListQuery = z.object({ bbox: BboxParam, limit: limitParam(10_000, 1_000) }).strict();
export const BuildingIdParams = z.object({ id: IdParam });
export const SearchQuery = z
  .object({
    q: z.string().trim().min(2, 'must be at least 2 characters').max(100, 'must be at most 100 characters'),
    limit: limitParam(50, 10),
  })
  .strict();
export const ObstacleListQuery = z.object({ bbox: BboxParam }).strict();
export const RoofListQuery = z.object({ bbox: BboxParam, limit: limitParam(5_000, 2_000) }).strict();

export const BuildingProperties = z
  .object({
    id: z.number().int(),
    height_m: z.number().openapi({ description: 'ground to top of roof [m]' }),
    height_estimated: z.boolean(),
    levels: z.number().int().nullable(),
    roof_shape: z.string().nullable(),
    roof_pitch_deg: z.number().nullable(),
    roof_direction_deg: z.number().nullable(),
    ridge_azimuth_deg: z
      .number()
      .nullable()
      .openapi({ description: 'ridge line azimuth, clockwise from north, [0, 180) [°]' }),
    footprint_area_m2: z.number(),
    typology: z.string().nullable(),
    year_built: z.number().int().nullable(),
    address: z.string().nullable(),
    address_synthetic: z.boolean(),
    name: z.string().nullable(),
    commune: z.string().nullable(),
    owner_name: z.string().nullable(),
    cite_name: z.string().nullable(),
    unesco: z.boolean(),
    source: z.string(),
  })
  .openapi('BuildingProperties');

export const BuildingFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: z.unknown().openapi({ description: 'GeoJSON MultiPolygon, WGS84' }),
    properties: BuildingProperties.extend({
      dwellings: z.number().int().nullable(),
      usage: z.string().nullable(),
      commune_insee: z.string().nullable(),
      source_id: z.string().nullable(),
      attributes: z.record(z.string(), z.unknown()),
      centroid: z
        .tuple([z.number(), z.number()])
        .openapi({ description: '[lon, lat] of a point inside the footprint' }),
    }),
  })
  .openapi('Building');

export const SearchResponse = z
  .object({
    results: z.array(
      z.object({
        id: z.number().int(),
        label: z.string(),
        address: z.string().nullable(),
        address_synthetic: z.boolean(),
        name: z.string().nullable(),
        commune: z.string().nullable(),
        center: z.tuple([z.number(), z.number()]),
        score: z.number(),
      }),
    ),
  })
  .openapi('SearchResults');

export const ExtentResponse = z
  .object({
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
    center: z.tuple([z.number(), z.number()]).nullable(),
    buildings: z.number().int(),
    obstacles: z.number().int(),
    solar_computed: z.number().int().openapi({ description: 'buildings whose solar cadastre is computed' }),
  })
  .openapi('Extent');

export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ engine: z.enum(['pglite', 'postgres']), postgis: z.string().nullable() }),
  })
  .openapi('Health');
