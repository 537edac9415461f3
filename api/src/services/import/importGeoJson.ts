import type { Database, Queryable } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { SilentEngineError } from '../../db/types.js';
import { checkFootprint } from './checkFootprint.js';
import { mapAttributes, type MappedAttributes } from './mapAttributes.js';
import { looksLikeObstacles, mapObstacle, type MappedObstacle } from './mapObstacle.js';
import { ImportError, readGeoJson, type RawFeature } from './readGeoJson.js';
import { foldForSearch } from './searchText.js';

export interface ImportOptions {
  fileName: string;
  /** EPSG code overriding the file's own CRS. */
  srid?: number;
  /** Import the good features and report the bad ones, instead of refusing the whole file. */
  skipInvalid?: boolean;
  kind?: 'buildings' | 'obstacles';
  /** Called after each batch with the number of features processed. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  file: string;
  kind: 'buildings' | 'obstacles';
  srid: number;
  srid_from: string;
  features: number;
  imported: number;
  updated: number;
  repaired: number;
  rejected: number;
  rejections: { index: number; source_id: string | null; reason: string }[];
  repairs: { index: number; source_id: string | null; repairs: string[] }[];
  import_id: number | null;
}

interface Candidate {
  feature: RawFeature;
  mapped: MappedAttributes | MappedObstacle;
  geojson: string;
  repairs: string[];
  area_m2?: number;
}

const BATCH = 500;
/** Default storey height used when only the number of levels is known [m] (assumption: 3 m floor to floor). */
export const STOREY_HEIGHT_M = 3;
/** Height given to a building with neither height nor levels [m] (assumption: a two-level house). */
export const DEFAULT_HEIGHT_M = 6;

type Prepared = {
  i: number;
  valid: boolean;
  empty: boolean;
  geojson: string | null;
  area_m2: number;
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
};

async function prepareBatch(db: Queryable, items: { i: number; g: string; srid: number }[]): Promise<Prepared[]> {
  try {
    return (await db.query<Prepared>(sql('import/prepare_footprints'), [JSON.stringify(items)])).rows;
  } catch (error) {
    if (!(error instanceof SilentEngineError) || items.length === 1) throw error;
    // One geometry made GEOS fail silently: find it by going one by one.
    const rows: Prepared[] = [];
    for (const item of items) {
      try {
        rows.push(...(await prepareBatch(db, [item])));
      } catch {
        rows.push({
          i: item.i,
          valid: false,
          empty: true,
          geojson: null,
          area_m2: 0,
          xmin: NaN,
          ymin: NaN,
          xmax: NaN,
          ymax: NaN,
        });
      }
    }
    return rows;
  }
}

function heightFields(m: MappedAttributes, repairs: string[]) {
  let height = m.height_m;
  if (height !== null && (height <= 0 || height > 1000)) {
    repairs.push(`height ${height} m out of (0, 1000] ignored`);
    height = null;
  }
  if (height !== null) return { height_m: height, height_estimated: false };
  return { height_m: m.levels !== null ? m.levels * STOREY_HEIGHT_M : DEFAULT_HEIGHT_M, height_estimated: true };
}

function buildingRecord(c: Candidate) {
  const m = c.mapped as MappedAttributes;
  const search = foldForSearch([m.address, m.name, m.commune, m.cite_name].filter(Boolean).join(' '));
  return {
    ...m,
    ...heightFields(m, c.repairs),
    footprint: c.geojson,
    footprint_area_m2: c.area_m2,
    search_text: search,
  };
}

/**
 * Imports a GeoJSON file of buildings or obstacles in one transaction. Each footprint is checked in TypeScript,
 * reprojected and repaired in PostGIS, then upserted by (source, source_id). A file with any rejected feature
 * changes nothing (ImportError listing each one) unless skipInvalid is set.
 */
export async function importGeoJson(db: Database, text: string, options: ImportOptions): Promise<ImportReport> {
  const file = readGeoJson(text, { srid: options.srid });
  const srid = await db.query(sql('import/srid_exists'), [file.srid]);
  if (srid.rows.length === 0)
    throw new ImportError(`unknown SRID ${file.srid} (${file.sridFrom}): not in spatial_ref_sys`);
  const kind = options.kind ?? (looksLikeObstacles(file.features) ? 'obstacles' : 'buildings');
  const report: ImportReport = {
    file: options.fileName,
    kind,
    srid: file.srid,
    srid_from: file.sridFrom,
    features: file.features.length,
    imported: 0,
    updated: 0,
    repaired: 0,
    rejected: 0,
    rejections: [],
    repairs: [],
    import_id: null,
  };
  if (file.features.length === 0) throw new ImportError('the file has no features');
  const reject = (f: RawFeature, sourceId: string | null, reason: string) =>
    report.rejections.push({ index: f.index, source_id: sourceId, reason });

  const candidates: Candidate[] = [];
  const seen = new Map<string, number>();
  for (const feature of file.features) {
    const mapped =
      kind === 'obstacles'
        ? mapObstacle(feature.properties, feature.id)
        : mapAttributes(feature.properties, feature.id);
    if (typeof mapped === 'string') {
      reject(feature, null, mapped);
      continue;
    }
    const check = checkFootprint(feature.geometry, file.srid);
    if (!check.ok) {
      reject(feature, mapped.source_id, check.reason);
      continue;
    }
    if (mapped.source_id !== null) {
      const key = `${mapped.source}\u0000${mapped.source_id}`;
      const first = seen.get(key);
      if (first !== undefined) {
        reject(feature, mapped.source_id, `duplicate source_id ${mapped.source_id} (first at feature ${first})`);
        continue;
      }
      seen.set(key, feature.index);
    }
    const repairs = [...check.repairs];
    candidates.push({ feature, mapped, geojson: JSON.stringify(check.geometry), repairs });
  }

  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const rows = await prepareBatch(
      db,
      batch.map((c, i) => ({ i, g: c.geojson, srid: file.srid })),
    );
    for (const row of rows) {
      const c = batch[row.i]!;
      const bad = (reason: string) => {
        reject(c.feature, c.mapped.source_id, reason);
        c.geojson = '';
      };
      if (row.empty || row.geojson === null) bad('the footprint is empty or collapses to nothing when repaired');
      else if (
        ![row.xmin, row.ymin, row.xmax, row.ymax].every(Number.isFinite) ||
        row.xmin < -180 ||
        row.xmax > 180 ||
        row.ymin < -90 ||
        row.ymax > 90
      )
        bad(`coordinates could not be reprojected from EPSG:${file.srid} to WGS84: wrong CRS?`);
      else if (kind === 'buildings' && row.area_m2 < 1)
        bad(`footprint area ${row.area_m2.toFixed(2)} m² is below 1 m²`);
      else {
        if (!row.valid) c.repairs.push('invalid geometry (self-intersection) repaired with ST_MakeValid');
        c.geojson = row.geojson;
        c.area_m2 = row.area_m2;
      }
    }
  }
  report.rejections.sort((a, b) => a.index - b.index);
  report.rejected = report.rejections.length;
  if (report.rejected > 0 && !options.skipInvalid) {
    const first = report.rejections[0]!;
    throw new ImportError(
      `${report.rejected} of ${report.features} features rejected; nothing was imported (first: feature ${first.index}: ${first.reason})`,
      report.rejections,
    );
  }
  const good = candidates.filter((c) => c.geojson !== '');
  const records = good.map((c) =>
    kind === 'obstacles' ? { ...(c.mapped as MappedObstacle), footprint: c.geojson } : buildingRecord(c),
  );
  for (const c of good)
    if (c.repairs.length > 0)
      report.repairs.push({ index: c.feature.index, source_id: c.mapped.source_id, repairs: c.repairs });

  await db.transaction(async (tx) => {
    const created = await tx.query<{ id: number }>(sql('import/insert_import'), [
      options.fileName,
      'geojson',
      file.srid,
    ]);
    report.import_id = created.rows[0]!.id;
    for (let start = 0; start < good.length; start += BATCH) {
      const batch = good.slice(start, start + BATCH);
      const batchRecords = records.slice(start, start + BATCH);
      const query = kind === 'obstacles' ? sql('import/upsert_obstacles') : sql('import/upsert_buildings');
      const params =
        kind === 'obstacles' ? [JSON.stringify(batchRecords)] : [JSON.stringify(batchRecords), report.import_id];
      const result = await tx.query<{ id: number; inserted: boolean }>(query, params);
      if (result.rows.length !== batch.length)
        throw new ImportError('the database wrote fewer rows than sent; nothing was imported');
      for (const r of result.rows)
        if (r.inserted) report.imported += 1;
        else report.updated += 1;
      options.onProgress?.(start + batch.length, good.length);
    }
    report.repaired = report.repairs.length;
    await tx.query(sql('import/finish_import'), [
      report.import_id,
      report.imported,
      report.updated,
      report.repaired,
      report.rejected,
      JSON.stringify({ rejections: report.rejections, repairs: report.repairs.slice(0, 1000) }),
    ]);
  });
  return report;
}
