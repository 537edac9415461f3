import { createHash } from 'node:crypto';
import { checkFootprint } from './checkFootprint.js';
import { copyLine } from './copyText.js';
import type { ResolvedCrs } from './crs.js';
import { mapAttributes, type MappedAttributes } from './mapAttributes.js';
import { mapObstacle, type MappedObstacle } from './mapObstacle.js';
import { plausibleRise, roofOrigin } from './roofRise.js';
import { foldForSearch } from './searchText.js';
import { skipReason } from './skipRules.js';
import type { SourceFeature } from '../../readers/types.js';
import { multiPolygonWkbHex } from './wkbHex.js';

/** Default storey height used when only the number of levels is known [m] (assumption: 3 m floor to floor). */
export const STOREY_HEIGHT_M = 3;
/** Height given to a building with neither height nor levels [m] (assumption: a two-level house). */
export const DEFAULT_HEIGHT_M = 6;

export type ImportKind = 'buildings' | 'obstacles';

/** The repair note of a footprint found invalid (self-intersection, bow-tie…) and repaired by PostGIS. */
export const MAKE_VALID_REPAIR = 'invalid geometry (self-intersection) repaired with ST_MakeValid';

/** A record ready for the staging table. */
export interface StagedRecord {
  index: number;
  source: string;
  sourceId: string;
  /** One COPY text line for import_stage (see sql/queries/import/copy_stage.sql). */
  line: string;
  repairs: string[];
  /** The record as read, kept by the pipeline only while no rejection has been shown in full. */
  feature?: SourceFeature;
}

export type RecordOutcome =
  | { kind: 'staged'; record: StagedRecord }
  | { kind: 'skipped'; reason: string }
  | { kind: 'rejected'; reason: string; sourceId: string | null };

function heightFields(m: MappedAttributes, repairs: string[]) {
  let height = m.height_m;
  if (height !== null && (height <= 0 || height > 1000)) {
    repairs.push(`height ${height} m out of (0, 1000] ignored`);
    height = null;
  }
  if (height !== null) return { height_m: height, height_estimated: false };
  return { height_m: m.levels !== null ? m.levels * STOREY_HEIGHT_M : DEFAULT_HEIGHT_M, height_estimated: true };
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Reprojects polygon coordinates with proj4 when PostGIS cannot (z kept). */
function reproject(polygons: number[][][][], crs: ResolvedCrs): number[][][][] {
  const to = crs.toWgs84;
  if (!to) return polygons;
  return polygons.map((rings) =>
    rings.map((ring) =>
      ring.map((p) => {
        const [x, y] = to([p[0]!, p[1]!]);
        return p.length > 2 ? [x, y, p[2]!] : [x, y];
      }),
    ),
  );
}

/** Roof surfaces as finite 3D polygons, or a reason they are not. */
function roofPolygons(surfaces: number[][][][] | undefined): number[][][][] | null | string {
  if (!surfaces || surfaces.length === 0) return null;
  for (const rings of surfaces)
    for (const ring of rings) {
      if (ring.length < 4) return 'a roof surface ring has fewer than 3 distinct vertices';
      for (const p of ring)
        if (p.length < 3 || !p.every(Number.isFinite)) return 'a roof surface vertex is not a finite x, y, z';
    }
  return surfaces;
}

/**
 * One record read from a file → a staged row, a skip or a rejection: skip rules (BD TOPO deleted and light
 * structures, OSM building=no, the reader's own skips), attribute mapping, footprint checks and cheap repairs, a
 * source id (the file's, else one derived from the geometry so that re-import stays idempotent), and a content hash
 * so that re-importing an unchanged record writes nothing.
 */
export function prepareRecord(
  feature: SourceFeature,
  kind: ImportKind,
  crs: ResolvedCrs,
  vocabulary: string | undefined,
): RecordOutcome {
  if (feature.skip) return { kind: 'skipped', reason: feature.skip };
  if (kind === 'buildings') {
    const skip = skipReason(feature.properties);
    if (skip) return { kind: 'skipped', reason: skip };
  }
  const mapped: MappedAttributes | MappedObstacle | string =
    kind === 'obstacles'
      ? mapObstacle(feature.properties, feature.id)
      : mapAttributes(feature.properties, feature.id, vocabulary);
  if (typeof mapped === 'string') return { kind: 'rejected', reason: mapped, sourceId: null };
  if (feature.invalid) return { kind: 'rejected', reason: feature.invalid, sourceId: mapped.source_id };
  const check = checkFootprint(feature.geometry, crs.toWgs84 ? -1 : crs.srid);
  if (!check.ok) return { kind: 'rejected', reason: check.reason, sourceId: mapped.source_id };
  const roofs = kind === 'buildings' ? roofPolygons(feature.roofSurfaces) : null;
  if (typeof roofs === 'string') return { kind: 'rejected', reason: roofs, sourceId: mapped.source_id };
  const polygons = reproject(check.geometry.coordinates as number[][][][], crs);
  const roofWgs = roofs ? reproject(roofs, crs) : null;
  const repairs = [...check.repairs];
  // Found in TypeScript (turf kinks) so that the one-statement write path can report it; PostGIS repairs it.
  if (check.selfIntersecting) repairs.push(MAKE_VALID_REPAIR);
  const geometryKey = JSON.stringify(check.geometry.coordinates);
  const sourceId = mapped.source_id ?? `geom:${sha1(`${crs.label}|${geometryKey}`).slice(0, 20)}`;
  const wkb = multiPolygonWkbHex(polygons);
  const roofWkb = roofWgs ? multiPolygonWkbHex(roofWgs, true) : null;
  let values: unknown[];
  if (kind === 'obstacles') {
    const o = mapped as MappedObstacle;
    // prettier-ignore
    values = [o.source, sourceId, '', wkb, null, crs.srid, o.height_m, false, null, null, null, null, null, null,
      null, null, null, null, false, o.name, null, null, null, null, false, o.attributes, '', o.kind, o.shape,
      o.top_ratio, o.height_source, null, null];
  } else {
    const m = mapped as MappedAttributes;
    const h = heightFields(m, repairs);
    // A rise checked against a height read from the file in mapAttributes is checked again against an estimated one.
    let rise = m.roof_rise_m;
    if (rise !== null && h.height_estimated && plausibleRise(rise, h.height_m) === null) {
      repairs.push(`roof rise ${rise} m above ${h.height_m} m estimated height ignored`);
      rise = null;
    }
    const origin = roofOrigin({ ...m, roof_rise_m: rise, has_surfaces: roofWkb !== null });
    const search = foldForSearch([m.address, m.name, m.commune, m.cite_name].filter(Boolean).join(' '));
    // prettier-ignore
    values = [m.source, sourceId, '', wkb, roofWkb, crs.srid, h.height_m, h.height_estimated, m.levels, m.roof_shape,
      m.roof_pitch_deg, m.roof_direction_deg, m.ridge_azimuth_deg, m.year_built, m.typology, m.usage, m.dwellings,
      m.address, m.address_synthetic, m.name, m.commune, m.commune_insee, m.owner_name, m.cite_name, m.unesco,
      m.attributes, search, null, null, null, null, rise, origin];
  }
  // The hash covers what is written (attributes, geometry as read, roof surfaces, CRS): same hash, same row.
  values[2] = sha1(`${crs.label}|${geometryKey}|${roofWkb ?? ''}|${JSON.stringify(values.slice(6))}|${values[0]}`);
  const line = `${feature.index}\t${copyLine(values)}`;
  return { kind: 'staged', record: { index: feature.index, source: mapped.source, sourceId, line, repairs } };
}
