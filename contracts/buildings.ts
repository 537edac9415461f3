/** GET /buildings, /buildings/{id}, /search, /obstacles, /roofs, /extent: requests and answers. */
import { z } from 'zod';
import {
  Bbox,
  IdParam,
  JsonValue,
  LonLat,
  MultiPolygonGeometry,
  PolygonGeometry,
  bboxParam,
  limitParam,
  pagedFeatureCollection,
} from './common';
import { BuildingLidar, RoofSource } from './lidar';

/**
 * Where the roof drawn for a building comes from (buildings.roof_origin, the same list in its CHECK): 'surfaces' =
 * the roof faces of a 3D city model (CityJSON LoD2); 'tags' = the source's attributes give the pitch, a flat shape,
 * or a shape without anything measured; 'altitudes' = the measured rise of the roof (BD TOPO roof altitudes, OSM
 * roof:height) decides flat or pitched and the pitch; 'inferred' = the defaults by footprint, typology, storeys and
 * use (docs/roofs.md).
 */
export const ROOF_ORIGINS = ['surfaces', 'tags', 'altitudes', 'inferred'] as const;
export type RoofOrigin = (typeof ROOF_ORIGINS)[number];

/*
 * Caps of the list endpoints, sized so that one request at its caps costs about 100 ms of database time or less on the
 * computed demo (issue 15; measured by bench/limits.ts, figures in docs/api.md "Limits").
 */
/** GET /buildings: largest bbox [km²] and page. */
export const BUILDINGS_BBOX_MAX_KM2 = 4;
export const BUILDINGS_LIMIT_MAX = 2_000;
/** GET /roofs: largest bbox [km²] and number of buildings. */
export const ROOFS_BBOX_MAX_KM2 = 2;
export const ROOFS_LIMIT_MAX = 500;
/** GET /obstacles: largest bbox [km²] (slag heaps are few; 0.5° × 0.5° at the basin's 50° N is ≈ 1,990 km²). */
export const OBSTACLES_BBOX_MAX_KM2 = 2_000;
/** GET /search: most results. */
export const SEARCH_LIMIT_MAX = 50;

export const BuildingListQuery = z
  .object({ bbox: bboxParam(BUILDINGS_BBOX_MAX_KM2), limit: limitParam(BUILDINGS_LIMIT_MAX, 1_000) })
  .strict();
export type BuildingListQuery = z.input<typeof BuildingListQuery>;
export const BuildingIdParams = z.object({ id: IdParam });
export type BuildingIdParams = z.input<typeof BuildingIdParams>;
export const SearchQuery = z
  .object({
    q: z.string().trim().min(2, 'must be at least 2 characters').max(100, 'must be at most 100 characters'),
    limit: limitParam(SEARCH_LIMIT_MAX, 10),
  })
  .strict();
export type SearchQuery = z.input<typeof SearchQuery>;
export const ObstacleListQuery = z.object({ bbox: bboxParam(OBSTACLES_BBOX_MAX_KM2) }).strict();
export type ObstacleListQuery = z.input<typeof ObstacleListQuery>;
export const RoofListQuery = z
  .object({ bbox: bboxParam(ROOFS_BBOX_MAX_KM2), limit: limitParam(ROOFS_LIMIT_MAX, 200) })
  .strict();
export type RoofListQuery = z.input<typeof RoofListQuery>;

/** The building's solar summary once its cadastre is computed (sql building_solar). */
const solarSummaryFields = {
  mean_kwh_m2: z.number().meta({ description: 'mean annual irradiation over the roof [kWh/m²]' }),
  best_kwh_m2: z.number().meta({ description: 'best face annual irradiation [kWh/m²]' }),
  roof_area_m2: z.number(),
  usable_area_m2: z.number(),
  usable_kwh: z.number().meta({ description: 'annual irradiation over the usable area [kWh]' }),
  shading_loss_pct: z.number(),
};
export const BuildingSolarSummary = z.strictObject(solarSummaryFields).meta({ id: 'BuildingSolarSummary' });
export type BuildingSolarSummary = z.infer<typeof BuildingSolarSummary>;

const buildingFields = {
  id: z.number().int(),
  height_m: z.number().meta({ description: 'ground to top of roof [m]' }),
  height_estimated: z.boolean(),
  levels: z.number().int().nullable(),
  roof_shape: z.string().nullable(),
  roof_pitch_deg: z.number().nullable(),
  roof_direction_deg: z.number().nullable(),
  ridge_azimuth_deg: z
    .number()
    .nullable()
    .meta({ description: 'ridge line azimuth, clockwise from north, [0, 180) [°]' }),
  roof_rise_m: z
    .number()
    .min(0)
    .nullable()
    .meta({ description: 'measured rise of the roof, ridge above eaves [m]; null when not measured' }),
  roof_origin: z.enum(ROOF_ORIGINS).meta({
    description:
      'where the roof drawn comes from: surfaces (3D city model faces), tags (pitch or shape given by the source), ' +
      'altitudes (the measured rise), inferred (defaults)',
  }),
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
};

/** A building as the list endpoint gives it. */
export const BuildingProperties = z
  .strictObject({ ...buildingFields, solar: BuildingSolarSummary.nullable() })
  .meta({ id: 'BuildingProperties' });
export type BuildingProperties = z.infer<typeof BuildingProperties>;

export const BuildingListFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: MultiPolygonGeometry,
    properties: BuildingProperties,
  })
  .meta({ id: 'BuildingListFeature' });
export type BuildingListFeature = z.infer<typeof BuildingListFeature>;

/** GET /buildings: the buildings whose footprint meets the bbox, by id, at most `limit`. */
export const BuildingListResponse = pagedFeatureCollection(BuildingListFeature).meta({ id: 'BuildingList' });
export type BuildingListResponse = z.infer<typeof BuildingListResponse>;

/** One computed roof face of a building (3D ring: z in m above ground). */
export const BuildingRoofFace = z
  .strictObject({
    face_index: z.number().int(),
    tilt_deg: z.number(),
    azimuth_deg: z.number().meta({ description: 'clockwise from north [°]' }),
    area_m2: z.number(),
    annual_kwh_m2: z.number(),
    monthly_kwh_m2: z.array(z.number()).length(12),
    deciles_kwh_m2: z.array(z.number()).length(11),
    unshaded_annual_kwh_m2: z.number(),
    shading_loss_pct: z.number(),
    sky_view_factor: z.number(),
    usable_area_m2: z.number(),
    ring: PolygonGeometry,
  })
  .meta({ id: 'BuildingRoofFace' });
export type BuildingRoofFace = z.infer<typeof BuildingRoofFace>;

/** A value of the organisation's own data on a building. */
export const PrivateAttributeValue = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]);
export type PrivateAttributeValue = z.infer<typeof PrivateAttributeValue>;

const DpeLetter = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);

/** A real DPE matched to the building (ADEME, Observatoire DPE-Audit, Licence Ouverte 2.0). */
export const BuildingDpe = z
  .strictObject({
    number: z.string().meta({ description: 'N° DPE (13 characters), the key of the ADEME register' }),
    issue_date: z.string().meta({ description: 'date the DPE was issued (YYYY-MM-DD)' }),
    valid_until: z.string().meta({ description: 'end of validity (YYYY-MM-DD), 10 years after issue' }),
    visit_date: z.string().nullable(),
    current: z.boolean().meta({ description: 'not superseded and still valid today: the label that counts' }),
    superseded_by: z.string().nullable(),
    building_type: z.enum(['house', 'flat', 'building']).nullable(),
    living_area_m2: z.number().nullable(),
    year_built: z.number().int().nullable(),
    energy_class: DpeLetter.meta({ description: 'the class as issued' }),
    ghg_class: DpeLetter.nullable(),
    primary_kwh_m2: z.number().meta({ description: 'five uses, primary energy as issued [kWhEP/(m²·yr)]' }),
    ghg_kg_m2: z.number().nullable(),
    energy_class_2026: DpeLetter.nullable().meta({
      description: 'the class of the same consumption with electricity at 1.9 (rule of 1 January 2026)',
    }),
    primary_kwh_m2_2026: z.number().nullable(),
    reclass_2026_note: z.string().nullable(),
    heating_energy: z.string().nullable(),
    match_method: z.enum(['rnb', 'ban_inside', 'ban_nearest', 'address']),
    match_confidence: z.number().min(0).max(1),
    match_distance_m: z.number().nullable(),
    match_flags: z.array(z.enum(['low_ban_score', 'address_disagrees', 'ban_not_housenumber'])),
  })
  .meta({ id: 'BuildingDpe' });
export type BuildingDpe = z.infer<typeof BuildingDpe>;

/** GET /buildings/{id}: every attribute; `private_attributes` only with the owner's token, else null. */
export const BuildingFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: MultiPolygonGeometry,
    properties: z.strictObject({
      ...buildingFields,
      commune_insee: z.string().nullable(),
      source_id: z.string().nullable(),
      dwellings: z.number().int().nullable(),
      usage: z.string().nullable(),
      attributes: z.record(z.string(), JsonValue),
      private_attributes: z.record(z.string(), PrivateAttributeValue).nullable(),
      centroid: LonLat.meta({ description: '[lon, lat] of a point inside the footprint' }),
      solar: z
        .strictObject({ ...solarSummaryFields, computed_at: z.string().meta({ description: 'ISO 8601 instant' }) })
        .nullable(),
      roof_faces: z.array(BuildingRoofFace),
      dpe: z.array(BuildingDpe).meta({ description: 'real DPEs matched to the building, current first' }),
      roof_source: RoofSource.meta({
        description:
          'where the roof comes from: lidar (faces measured on a LiDAR file), cityjson (a 3D city model), ' +
          'attributes (estimated from the footprint, shape and pitch)',
      }),
      lidar: BuildingLidar.nullable().meta({
        description: 'the roof as measured on LiDAR, null when no file covers it',
      }),
    }),
  })
  .meta({ id: 'Building' });
export type BuildingFeature = z.infer<typeof BuildingFeature>;

export const SearchResult = z
  .strictObject({
    id: z.number().int(),
    label: z.string(),
    address: z.string().nullable(),
    address_synthetic: z.boolean(),
    name: z.string().nullable(),
    commune: z.string().nullable(),
    center: LonLat,
    score: z.number(),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResult>;
export const SearchResponse = z.strictObject({ results: z.array(SearchResult) }).meta({ id: 'SearchResults' });
export type SearchResponse = z.infer<typeof SearchResponse>;

export const ExtentResponse = z
  .strictObject({
    bbox: Bbox.nullable(),
    center: LonLat.nullable(),
    buildings: z.number().int(),
    obstacles: z.number().int(),
    solar_computed: z.number().int().meta({ description: 'buildings whose solar cadastre is computed' }),
  })
  .meta({ id: 'Extent' });
export type ExtentResponse = z.infer<typeof ExtentResponse>;

/** Obstacle kinds and shapes (sql/migrations obstacles). */
export const OBSTACLE_KINDS = ['slag_heap', 'other'] as const;
export const OBSTACLE_SHAPES = ['cone', 'truncated_cone', 'plateau'] as const;

export const ObstacleFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: MultiPolygonGeometry,
    properties: z.strictObject({
      id: z.number().int(),
      kind: z.enum(OBSTACLE_KINDS),
      name: z.string().nullable(),
      height_m: z.number().meta({ description: 'height above the surrounding ground [m]' }),
      shape: z.enum(OBSTACLE_SHAPES),
      top_ratio: z.number().meta({ description: 'top radius over base radius [-]' }),
      height_source: z.string(),
      source: z.string(),
      source_id: z.string().nullable(),
    }),
  })
  .meta({ id: 'Obstacle' });
export type ObstacleFeature = z.infer<typeof ObstacleFeature>;
/** GET /obstacles. */
export const ObstacleListResponse = pagedFeatureCollection(ObstacleFeature).meta({ id: 'ObstacleList' });
export type ObstacleListResponse = z.infer<typeof ObstacleListResponse>;

export const RoofFeature = z
  .strictObject({
    type: z.literal('Feature'),
    geometry: PolygonGeometry.meta({ description: '3D ring of the face, z in m above ground' }),
    properties: z.strictObject({
      building_id: z.number().int(),
      face_index: z.number().int(),
      tilt_deg: z.number(),
      azimuth_deg: z.number(),
      area_m2: z.number(),
      annual_kwh_m2: z.number(),
      shading_loss_pct: z.number(),
      grid_spacing_m: z.number(),
      grid_nu: z.number().int(),
      grid_nv: z.number().int(),
      sample_kwh_m2: z
        .array(z.number().nullable())
        .meta({ description: 'annual irradiation per grid cell, row by row, null outside the face [kWh/m²]' }),
    }),
  })
  .meta({ id: 'RoofFace' });
export type RoofFeature = z.infer<typeof RoofFeature>;
/** GET /roofs: numberMatched / numberReturned count computed buildings. */
export const RoofListResponse = pagedFeatureCollection(RoofFeature).meta({ id: 'RoofList' });
export type RoofListResponse = z.infer<typeof RoofListResponse>;
