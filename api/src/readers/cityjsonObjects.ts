import { ImportError } from './ImportError.js';
import { buildingShape, type VertexTable } from './cityjsonGeometry.js';
import type { DeclaredCrs, SourceFeature } from './types.js';

/**
 * CityJSON header members and CityObjects → SourceFeatures, shared by the whole-document and CityJSONSeq readers.
 */

export interface CityObject {
  type?: unknown;
  attributes?: unknown;
  geometry?: unknown;
  parents?: unknown;
  children?: unknown;
}

/** The CityObject types that become features; every other type (Road, TINRelief, BuildingInstallation…) is passed over. */
export const BUILDING_TYPES: ReadonlySet<unknown> = new Set(['Building', 'BuildingPart']);

/** Checks the document type and version; returns the version. */
export function checkHeader(type: unknown, version: unknown, part: string): string {
  if (type !== 'CityJSON') {
    throw new ImportError(
      `${part} is not CityJSON: its "type" is ${type === undefined ? 'missing' : JSON.stringify(type)}, expected "CityJSON"`,
    );
  }
  const v = typeof version === 'number' ? version.toFixed(1) : version;
  if (typeof v !== 'string' || !/^(1\.0|1\.1|2\.0)(\.\d+)?$/.test(v)) {
    throw new ImportError(
      `${part}: CityJSON version ${JSON.stringify(version)} is not supported (1.0, 1.1 and 2.0 are)`,
    );
  }
  return v;
}

/**
 * EPSG code of `metadata.referenceSystem`: "https://www.opengis.net/def/crs/EPSG/0/7415" (1.1, 2.0),
 * "urn:ogc:def:crs:EPSG::7415" (1.0). A compound code (7415 = RD New + NAP height) is given as written; the pipeline
 * resolves it. Null when the file names no CRS.
 */
export function crsOfMetadata(metadata: unknown): DeclaredCrs | null {
  const text = (metadata as { referenceSystem?: unknown } | null)?.referenceSystem;
  if (typeof text !== 'string' || text.trim() === '') return null;
  const m =
    /opengis\.net\/def\/crs\/EPSG\/[^/]*\/(\d+)\/?$/i.exec(text.trim()) ??
    /^urn:ogc:def:crs:EPSG:[\d.]*:(\d+)$/i.exec(text.trim()) ??
    /^EPSG:(\d+)$/i.exec(text.trim());
  const from = 'metadata.referenceSystem';
  return m ? { epsg: Number(m[1]), text, from } : { text, from };
}

/** `x = i · scale + translate` per axis; identity when the file has no transform (CityJSON 1.0 may omit it). */
export function transformOf(transform: unknown, part: string): { scale: number[]; translate: number[] } {
  if (transform === undefined || transform === null) return { scale: [1, 1, 1], translate: [0, 0, 0] };
  const t = transform as { scale?: unknown; translate?: unknown };
  const triple = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every((n) => Number.isFinite(n));
  if (!triple(t.scale) || !triple(t.translate)) {
    throw new ImportError(`${part}: "transform" needs "scale" and "translate", each an array of 3 numbers`);
  }
  return { scale: t.scale as number[], translate: t.translate as number[] };
}

const hasGeometry = (o: CityObject) => Array.isArray(o.geometry) && o.geometry.length > 0;
const parentOf = (o: CityObject) =>
  Array.isArray(o.parents) && typeof o.parents[0] === 'string' ? o.parents[0] : undefined;
const attributesOf = (o: CityObject): Record<string, unknown> =>
  o.attributes && typeof o.attributes === 'object' && !Array.isArray(o.attributes)
    ? { ...(o.attributes as Record<string, unknown>) }
    : {};
const mm = (v: number) => Math.round(v * 1000) / 1000;

/** Counts, for each object, its BuildingParts that have geometry: those objects are replaced by their parts. */
export function countParts(partsOf: Map<string, number>, object: CityObject): void {
  const parent = parentOf(object);
  if (object.type === 'BuildingPart' && parent !== undefined && hasGeometry(object)) {
    partsOf.set(parent, (partsOf.get(parent) ?? 0) + 1);
  }
}

/** A Building or BuildingPart as a feature: footprint, roofs, attributes and the '@' values found in the geometry. */
export function recordOf(
  id: string,
  object: CityObject,
  vertices: VertexTable,
  index: number,
  where: string,
): SourceFeature {
  const properties: Record<string, unknown> = attributesOf(object);
  properties['@object_type'] = object.type;
  const parent = parentOf(object);
  if (object.type === 'BuildingPart' && parent !== undefined) properties['@parent'] = parent;
  if (!hasGeometry(object)) return { index, id, geometry: null, properties, invalid: 'the CityObject has no geometry' };
  const shape = buildingShape(object.geometry as unknown[], vertices, where);
  if (!shape.ok) return { index, id, geometry: null, properties, invalid: shape.reason };
  properties['@lod'] = shape.lod;
  properties['@ground_z_m'] = mm(shape.groundZ);
  properties['@height_from_geometry_m'] = mm(shape.maxZ - shape.groundZ);
  // Said when the ground faces were missing or collapsed and the footprint is the projection of the whole geometry.
  if (shape.footprintFrom === 'projection of the faces') properties['@footprint_from'] = shape.footprintFrom;
  return {
    index,
    id,
    geometry: shape.footprint,
    properties,
    ...(shape.roofSurfaces ? { roofSurfaces: shape.roofSurfaces } : {}),
  };
}

/**
 * Replaces a building by its parts and gives each part its building's attributes (3DBAG keeps them on the Building,
 * the geometry on the BuildingPart), the part's own attributes winning. A part met before its building waits for it,
 * so memory holds the parts whose building comes later in the file — none when writers put a building before or next
 * to its parts, as they do — and the attributes of a building until its last part is met.
 */
export class PartLinker {
  private readonly parentAttributes = new Map<string, { attributes: Record<string, unknown>; remaining: number }>();
  private readonly waiting = new Map<string, SourceFeature[]>();

  /** `partsOf`: from countParts over every object of the file (or of the CityJSONFeature). */
  constructor(private readonly partsOf: Map<string, number>) {}

  /** The features to emit now for this Building or BuildingPart; `build` makes its record. */
  accept(id: string, object: CityObject, index: number, build: () => SourceFeature): SourceFeature[] {
    const parts = this.partsOf.get(id);
    if (parts !== undefined) {
      const attributes = attributesOf(object);
      const out: SourceFeature[] = [
        {
          index,
          id,
          geometry: null,
          properties: { ...attributes, '@object_type': object.type },
          skip: 'replaced by its BuildingParts',
        },
      ];
      let remaining = parts;
      for (const part of this.waiting.get(id) ?? []) {
        out.push(inherit(part, attributes));
        remaining -= 1;
      }
      this.waiting.delete(id);
      if (remaining > 0) this.parentAttributes.set(id, { attributes, remaining });
      return out;
    }
    const feature = build();
    const parent = parentOf(object);
    if (object.type !== 'BuildingPart' || parent === undefined || !hasGeometry(object) || !this.partsOf.has(parent)) {
      return [feature];
    }
    const entry = this.parentAttributes.get(parent);
    if (!entry) {
      const list = this.waiting.get(parent) ?? [];
      list.push(feature);
      this.waiting.set(parent, list);
      return [];
    }
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.parentAttributes.delete(parent);
    return [inherit(feature, entry.attributes)];
  }

  /** Parts whose building never came (a `parents` id missing from the file), as they are. */
  finish(): SourceFeature[] {
    const out = [...this.waiting.values()].flat().sort((a, b) => a.index - b.index);
    this.waiting.clear();
    this.parentAttributes.clear();
    return out;
  }
}

function inherit(part: SourceFeature, attributes: Record<string, unknown>): SourceFeature {
  return { ...part, properties: { ...attributes, ...part.properties } };
}
