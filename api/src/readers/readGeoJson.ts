import { ImportError } from './ImportError.js';

export interface RawFeature {
  /** Position of the feature in the file (0-based). */
  index: number;
  geometry: unknown;
  properties: Record<string, unknown>;
  id: unknown;
}

export interface GeoJsonFile {
  features: RawFeature[];
  /** EPSG code of the coordinates. */
  srid: number;
  /** Where the srid comes from: 'crs member', 'option', or 'default (RFC 7946 WGS84)'. */
  sridFrom: string;
  /** Top-level members other than type/features/crs (attribution, notice, ...). */
  meta: Record<string, unknown>;
}

/**
 * EPSG code from a GeoJSON 2008 `crs` member ("EPSG:2154", "urn:ogc:def:crs:EPSG::2154",
 * "http://www.opengis.net/def/crs/EPSG/0/2154", CRS84).
 */
export function sridFromCrsMember(crs: unknown): number {
  const c = crs as { type?: unknown; properties?: { name?: unknown; code?: unknown } } | null;
  if (!c || typeof c !== 'object') throw new ImportError('the "crs" member must be an object');
  if (c.type === 'EPSG' && Number.isInteger(Number(c.properties?.code))) return Number(c.properties?.code);
  const name = typeof c.properties?.name === 'string' ? c.properties.name : '';
  if (/CRS84$/i.test(name)) return 4326;
  const m =
    /^(?:urn:ogc:def:crs:)?EPSG:(?:[\d.]*:)?(\d{4,6})$/i.exec(name.trim()) ??
    /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[\d.]+\/(\d{4,6})$/i.exec(name.trim());
  if (!m) throw new ImportError(`the "crs" member names an unsupported CRS: ${JSON.stringify(name || c)}`);
  return Number(m[1]);
}

/**
 * Parses a GeoJSON FeatureCollection (or one Feature) as text. Coordinates stay in the file's CRS.
 * Throws ImportError for anything that is not GeoJSON; geometries are checked later, one by one.
 */
export function readGeoJson(text: string, options: { srid?: number } = {}): GeoJsonFile {
  if (text.trim() === '') throw new ImportError('the file is empty');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(`the file is not valid JSON (truncated or not GeoJSON): ${detail}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ImportError('the file is not a GeoJSON object');
  const obj = doc as Record<string, unknown>;
  let rawFeatures: unknown[];
  if (obj.type === 'FeatureCollection') {
    if (!Array.isArray(obj.features)) throw new ImportError('a FeatureCollection needs a "features" array');
    rawFeatures = obj.features;
  } else if (obj.type === 'Feature') {
    rawFeatures = [obj];
  } else {
    throw new ImportError(`expected a GeoJSON FeatureCollection or Feature, got type ${JSON.stringify(obj.type)}`);
  }
  let srid = 4326;
  let sridFrom = 'default (RFC 7946 WGS84)';
  if (obj.crs !== undefined && obj.crs !== null) {
    srid = sridFromCrsMember(obj.crs);
    sridFrom = 'crs member';
  }
  if (options.srid !== undefined) {
    srid = options.srid;
    sridFrom = 'option';
  }
  const features = rawFeatures.map((f, index): RawFeature => {
    const feature = f as Record<string, unknown> | null;
    const props = feature?.properties;
    return {
      index,
      geometry: feature && feature.type === 'Feature' ? feature.geometry : undefined,
      properties: props && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>) : {},
      id: feature?.id,
    };
  });
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!['type', 'features', 'crs'].includes(k)) meta[k] = v;
  return { features, srid, sridFrom, meta };
}
