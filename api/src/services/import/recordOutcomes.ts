import type { ImportKind } from './prepareRecord.js';
import type { ImportReport } from './importFeatures.js';
import { ImportError } from '../../readers/ImportError.js';
import type { SourceFeature } from '../../readers/types.js';

/**
 * The three outcomes of a record once the database has reprojected and repaired its footprint: written, skipped (not
 * a building for a solar cadastre: not an error) or rejected (broken data), and how rejections are counted and shown.
 */

/**
 * Smallest footprint imported as a building [m²], measured on the ellipsoid after repair. A standard PV module is
 * about 1.0 m × 1.7 m (1.6–2.0 m²): a footprint under 1 m² cannot carry a single one, and what real files hold under
 * it is not a building (BD TOPO slivers of 0.8–0.99 m², chimneys and dormers split out as CityJSON BuildingParts).
 * Such records are skipped and counted, never rejected.
 */
export const MIN_FOOTPRINT_M2 = 1;

/** The skip reason of a footprint under the minimum area. */
export const SMALL_FOOTPRINT_SKIP = `footprint under the ${MIN_FOOTPRINT_M2} m² minimum area`;

/** What the database says of a prepared footprint: emptiness, ellipsoidal area [m²] and lon/lat extent [°]. */
export interface PreparedFootprint {
  empty: boolean;
  area_m2: number;
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
}

/** Why a prepared footprint is not written, as a skip or a rejection; null when it is written. */
export function footprintOutcome(
  row: PreparedFootprint,
  kind: ImportKind,
  crsLabel: string,
): { kind: 'skipped' | 'rejected'; reason: string } | null {
  if (row.empty) return { kind: 'rejected', reason: 'the footprint is empty or collapses to nothing when repaired' };
  const { xmin, ymin, xmax, ymax } = row;
  if (![xmin, ymin, xmax, ymax].every(Number.isFinite) || xmin < -180 || xmax > 180 || ymin < -90 || ymax > 90)
    return { kind: 'rejected', reason: `coordinates could not be reprojected from ${crsLabel} to WGS84: wrong CRS?` };
  if (kind === 'buildings' && row.area_m2 < MIN_FOOTPRINT_M2) return { kind: 'skipped', reason: SMALL_FOOTPRINT_SKIP };
  return null;
}

/**
 * The key a rejection is counted under: its reason with numbers folded to N and quoted names to "…", so that the
 * same problem on many records (a CityObject id, a way id, a coordinate) makes one count.
 */
export function rejectionKey(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi, 'N');
}

/** A rejected record in full: where it is, why, and what the file holds for it (attributes, geometry as read). */
export interface RejectedRecord {
  index: number;
  source_id: string | null;
  reason: string;
  /** The record's own identifier in the file (OSM "way/12", CityJSON key, feature id), when it has one. */
  id: string | number | null;
  properties: Record<string, unknown> | null;
  /** The geometry as read, in the file's CRS (null when it could not be read). */
  geometry: { type: string; coordinates: unknown } | null;
}

export function wholeRecord(
  index: number,
  sourceId: string | null,
  reason: string,
  feature: SourceFeature | undefined,
): RejectedRecord {
  return {
    index,
    source_id: sourceId,
    reason,
    id: feature?.id ?? null,
    properties: feature?.properties ?? null,
    geometry: feature?.geometry ? { type: feature.geometry.type, coordinates: feature.geometry.coordinates } : null,
  };
}

/**
 * A file refused for its rejected records (nothing written, or nothing of the batch with --batch-commit). The details
 * are the first rejections; `report` has the counts by reason and the first rejected record in full.
 */
export class ImportRefused extends ImportError {
  constructor(
    message: string,
    readonly report: ImportReport,
  ) {
    super(message, report.rejections);
  }
}
