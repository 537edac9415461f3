/** GET /trees, /lidar/coverage and the `lidar` block of GET /buildings/{id}: what the LiDAR import measured. */
import { z } from 'zod';
import { PolygonGeometry, bboxParam, limitParam, pagedFeatureCollection } from './common';

/*
 * Caps, sized as those of contracts/buildings.ts (≈ 100 ms of database time and ≈ 2 MB at most; docs/api.md
 * "Limits"): a crown of 17 vertices is ≈ 650 bytes, a city's 4 km² holds a few thousand trees, a wood many more.
 */
/** GET /trees: largest bbox [km²] (the buildings' box: the client asks both over the same tiles) and page. */
export const TREES_BBOX_MAX_KM2 = 4;
export const TREES_LIMIT_MAX = 3_000;
/** GET /lidar/coverage: largest bbox [km²] (a file is ≈ 1 km²: 0.5° × 0.5° at 50° N, ≈ 1,990 km², is ≈ 2,000 rows). */
export const LIDAR_COVERAGE_BBOX_MAX_KM2 = 2_000;

export const TreeListQuery = z
  .object({ bbox: bboxParam(TREES_BBOX_MAX_KM2), limit: limitParam(TREES_LIMIT_MAX, 1_500) })
  .strict();
export type TreeListQuery = z.input<typeof TreeListQuery>;
export const LidarCoverageQuery = z.object({ bbox: bboxParam(LIDAR_COVERAGE_BBOX_MAX_KM2) }).strict();
export type LidarCoverageQuery = z.input<typeof LidarCoverageQuery>;

/** Formats and products of an imported file (sql/migrations/0010_lidar.sql). */
export const LIDAR_FORMATS = ['las', 'laz', 'geotiff'] as const;
export const LIDAR_PRODUCTS = ['points', 'dsm', 'dtm', 'dhm'] as const;

const acquiredOn = z
  .string()
  .nullable()
  .meta({ description: 'acquisition date of the file (YYYY-MM-DD), null when its header gives none' });

/** One tree crown found in a LiDAR file's vegetation: an opaque obstacle of the roofs' horizons. */
export const TreeFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: PolygonGeometry.meta({ description: 'outline of the crown seen from above, WGS84' }),
    properties: z.strictObject({
      id: z.number().int(),
      top_m: z.number().meta({ description: 'top of the crown above the ground [m]' }),
      base_m: z
        .number()
        .nullable()
        .meta({ description: 'bottom of the crown above the ground [m], null when unknown' }),
      ground_m: z.number().nullable().meta({ description: 'ground altitude under the tree [m] (IGN69 for IGN)' }),
      point_count: z.number().int().meta({ description: 'vegetation points of the crown' }),
      source: z.literal('lidar'),
      coverage_id: z.number().int(),
      file_name: z.string().meta({ description: 'the LiDAR file the crown was found in' }),
      acquired_on: acquiredOn,
    }),
  })
  .meta({ id: 'Tree' });
export type TreeFeature = z.infer<typeof TreeFeature>;
/** GET /trees: the crowns meeting the bbox, by id, at most `limit`. */
export const TreeListResponse = pagedFeatureCollection(TreeFeature).meta({ id: 'TreeList' });
export type TreeListResponse = z.infer<typeof TreeListResponse>;

/** One imported LiDAR file (point cloud or MNS/MNT/MNH raster) and what was found in it. */
export const LidarCoverageFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: PolygonGeometry.meta({ description: 'extent of the file, WGS84' }),
    properties: z.strictObject({
      id: z.number().int(),
      file_name: z.string(),
      format: z.enum(LIDAR_FORMATS),
      product: z.enum(LIDAR_PRODUCTS),
      crs: z.string().meta({ description: "the file's coordinate reference system, as read from it" }),
      acquired_on: acquiredOn,
      point_count: z.number().int().nullable(),
      density_pts_m2: z.number().nullable().meta({ description: 'point density [pts/m²]' }),
      class_counts: z
        .record(z.string(), z.number().int())
        .meta({ description: 'points per ASPRS classification code ("2": ground, "6": building…)' }),
      buildings_measured: z.number().int().meta({ description: 'buildings whose roof faces were fitted' }),
      buildings_sparse: z.number().int().meta({ description: 'buildings with too few points to fit planes' }),
      buildings_at_edge: z.number().int().meta({ description: 'buildings cut by the edge of the file' }),
      trees: z.number().int().meta({ description: 'tree crowns found' }),
      imported_at: z.string().meta({ description: 'ISO 8601 instant' }),
    }),
  })
  .meta({ id: 'LidarCoverage' });
export type LidarCoverageFeature = z.infer<typeof LidarCoverageFeature>;
/** GET /lidar/coverage: the files whose extent meets the bbox, by id. */
export const LidarCoverageResponse = pagedFeatureCollection(LidarCoverageFeature).meta({ id: 'LidarCoverageList' });
export type LidarCoverageResponse = z.infer<typeof LidarCoverageResponse>;

/** One plane fitted to a building's LiDAR roof points. */
export const LidarRoofFace = z
  .strictObject({
    tilt_deg: z.number(),
    azimuth_deg: z.number().meta({ description: 'clockwise from north [°]' }),
    area_m2: z.number(),
    rms_m: z.number().meta({ description: 'root mean square distance of the points to the plane [m]' }),
    point_count: z.number().int(),
  })
  .meta({ id: 'LidarRoofFace' });
export type LidarRoofFace = z.infer<typeof LidarRoofFace>;

/** Where the roof the cadastre computes comes from: measured (LiDAR), a 3D city model (CityJSON), or the attributes. */
export const ROOF_SOURCES = ['lidar', 'cityjson', 'attributes'] as const;
export const RoofSource = z.enum(ROOF_SOURCES);
export type RoofSource = z.infer<typeof RoofSource>;

/** GET /buildings/{id} `lidar`: the building's roof as measured on LiDAR (null when no file covers it). */
export const BuildingLidar = z
  .strictObject({
    status: z.enum(['faces', 'sparse']).meta({ description: 'sparse: too few points to fit planes' }),
    faces: z.array(LidarRoofFace),
    point_count: z.number().int().meta({ description: 'roof points inside the footprint' }),
    density_pts_m2: z.number().meta({ description: 'roof point density [pts/m²]' }),
    rms_m: z.number().nullable().meta({ description: 'root mean square distance of the points to their faces [m]' }),
    ground_m: z.number().nullable().meta({ description: 'ground altitude at the building [m] (IGN69 for IGN)' }),
    reason: z.string().nullable().meta({ description: 'why no face was fitted, when sparse' }),
    superstructures: z.number().int().meta({ description: 'chimneys, dormers and equipment found on the roof' }),
    file: z.string().meta({ description: 'the LiDAR file measured' }),
    acquired_on: acquiredOn,
  })
  .meta({ id: 'BuildingLidar' });
export type BuildingLidar = z.infer<typeof BuildingLidar>;
