/**
 * The contract between a file format reader and the import pipeline. A reader streams features in the file's own
 * coordinates and declares the CRS the file names; the pipeline resolves that CRS, maps the attributes, checks and
 * repairs the footprints, and writes them.
 */

/** Formats `cadastre import` reads. */
export const IMPORT_FORMATS = ['geojson', 'ndjson', 'shapefile', 'gpkg', 'osm', 'osm-pbf', 'cityjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What a file says about its coordinate reference system, before it is resolved to an SRID. */
export interface DeclaredCrs {
  /** EPSG code when the file gives one directly (GeoJSON crs member, gpkg organization = EPSG, CityJSON URL). */
  epsg?: number;
  /** WKT (ESRI .prj or OGC WKT from gpkg_spatial_ref_sys.definition) when the file gives one. */
  wkt?: string;
  /** The raw text as found (a URL, a URN, a name), for messages. */
  text?: string;
  /** Where it was found: '.prj', 'crs member', 'gpkg_spatial_ref_sys', 'metadata.referenceSystem', … */
  from: string;
}

/** A polygonal geometry in GeoJSON layout, in the source CRS. */
export interface SourceGeometry {
  type: string;
  coordinates: unknown;
}

export interface SourceFeature {
  /** Position of the feature in the file (0-based, counting every record the reader met, skipped ones too). */
  index: number;
  /** The footprint (Polygon or MultiPolygon) in the source CRS; null or another type is rejected by the pipeline. */
  geometry: SourceGeometry | null;
  /** Attributes as found in the file (DBF fields, gpkg columns, OSM tags, CityJSON attributes). */
  properties: Record<string, unknown>;
  /** The record's own identifier when the format has one outside the properties (OSM "way/12", CityJSON key). */
  id?: string | number | null;
  /**
   * Roof surfaces of a 3D model (CityJSON LoD2 RoofSurface): polygons (rings of [x, y, z], outer ring first) in the
   * source CRS, z in metres above the building's ground.
   */
  roofSurfaces?: number[][][][];
  /**
   * Set by a reader that skips the record itself, with the reason (an OSM outline replaced by its parts, a way cut at
   * the extract's edge). Reasons are generic texts, counted by reason in the report.
   */
  skip?: string;
  /**
   * Set by a reader that could not build the record's geometry from broken data (e.g. an OSM way tagged building that
   * is not closed), with the reason; the pipeline rejects the record with it. A record that is only incomplete (an OSM
   * way cut at the extract's edge) is a `skip`, not `invalid`.
   */
  invalid?: string;
}

/** An opened file. `features()` may be called once. */
export interface FeatureSource {
  readonly format: ImportFormat;
  /** The CRS the file declares, or null when it names none. */
  readonly crs: DeclaredCrs | null;
  /** Vocabulary hint for the attribute mapping ('osm', 'cityjson'), or undefined to detect from the properties. */
  readonly vocabulary?: string;
  /** Progress in bytes (or another unit) read so far and in all, for the progress bar. */
  progress(): { done: number; total: number };
  /**
   * Streams the features in file order. Throws ImportError (from ./ImportError.js) with a message naming the file
   * part and position when the file is truncated or corrupt.
   */
  features(): AsyncGenerator<SourceFeature>;
  /** Releases files and handles (also after an error). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * GeoPackage layer (table) to read; default: the one layer named like batiment or building (any case), else the only
   * polygon layer. In a zip of shapefiles, the .shp to read; default: batiment, else the only one.
   */
  layer?: string;
  /** DBF encoding overriding the .cpg (e.g. 'windows-1252', 'utf-8'). */
  encoding?: string;
}
