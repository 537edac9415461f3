/**
 * GeoPackage reader (OGC 12-128r18) for `cadastre import`: IGN BD TOPO v3 delivers `batiment` this way, in
 * Lambert-93. SQLite access goes through better-sqlite3 (read-only); the only hand-written parsing is the geometry
 * blob: the GeoPackage binary header here, the WKB body in ./wkb.ts.
 */
import fs from 'node:fs/promises';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { ImportError } from './ImportError.js';
import type { DeclaredCrs, FeatureSource, OpenOptions, SourceFeature, SourceGeometry } from './types.js';
import { decodeWkbPolygonal, WkbError } from './wkb.js';

const SQLITE_MAGIC = 'SQLite format 3\0';
/** Bytes of envelope after the 8-byte header, by envelope indicator (OGC 12-128r18 §2.1.3.1.1). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];
const POLYGONAL = new Set(['POLYGON', 'MULTIPOLYGON']);

export interface Layer {
  table: string;
  column: string;
  type: string;
  srsId: number;
}

/**
 * Decodes one GeoPackage geometry blob (header + WKB) into a footprint. An empty geometry (flag or WKB without
 * polygons) gives null; a blob that cannot be a footprint gives `invalid` with the reason, never a throw.
 */
export function decodeGpkgGeometry(value: unknown): { geometry: SourceGeometry | null; invalid?: string } {
  if (value === null || value === undefined) return { geometry: null };
  if (!(value instanceof Uint8Array)) {
    return { geometry: null, invalid: `geometry column holds a ${typeof value}, not a GeoPackage binary blob` };
  }
  if (value.byteLength < 8 || value[0] !== 0x47 || value[1] !== 0x50) {
    return { geometry: null, invalid: 'geometry blob does not start with the GeoPackage magic "GP"' };
  }
  if (value[2] !== 0) return { geometry: null, invalid: `unsupported GeoPackage binary version ${value[2]}` };
  const flags = value[3] as number;
  if (flags & 0x20) {
    return { geometry: null, invalid: 'extended GeoPackage geometry types (flag X) are not read' };
  }
  const envelope = (flags >> 1) & 0x07;
  const envelopeBytes = ENVELOPE_BYTES[envelope];
  if (envelopeBytes === undefined) {
    return { geometry: null, invalid: `invalid GeoPackage envelope indicator ${envelope}` };
  }
  if (flags & 0x10) return { geometry: null };
  const wkbStart = 8 + envelopeBytes;
  if (value.byteLength <= wkbStart) {
    return {
      geometry: null,
      invalid: `geometry blob cut short: ${value.byteLength} bytes, the header and envelope take ${wkbStart}`,
    };
  }
  try {
    return { geometry: decodeWkbPolygonal(value, wkbStart) };
  } catch (error) {
    if (error instanceof WkbError) return { geometry: null, invalid: error.message };
    throw error;
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQLite integers come as BigInt so that none is rounded; those a double holds exactly become numbers. */
function plain(value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

function sqliteMessage(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return typeof e?.code === 'string' ? `${message} (${e.code})` : message;
}

/**
 * Checks the SQLite header (https://sqlite.org/fileformat2.html §1.3) before SQLite opens the file, so that a
 * non-SQLite file and a truncated one get a precise message rather than SQLITE_NOTADB or SQLITE_CORRUPT.
 */
async function checkSqliteHeader(path: string, name: string): Promise<void> {
  const handle = await fs.open(path, 'r').catch((error: unknown) => {
    throw new ImportError(`${name}: cannot open the file: ${sqliteMessage(error)}`);
  });
  try {
    const head = Buffer.alloc(100);
    const { bytesRead } = await handle.read(head, 0, 100, 0);
    if (bytesRead < 16 || head.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new ImportError(`${name} is not a SQLite/GeoPackage file (no "SQLite format 3" header)`);
    }
    if (bytesRead < 100) throw new ImportError(`${name} is truncated: ${bytesRead} bytes, the SQLite header takes 100`);
    const rawPageSize = head.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
      throw new ImportError(`${name} is corrupt: SQLite header at byte 16 gives a page size of ${rawPageSize}`);
    }
    // The page count at byte 28 is trusted only when the change counter (24) matches version-valid-for (92).
    const pages = head.readUInt32BE(28);
    if (pages > 0 && head.readUInt32BE(24) === head.readUInt32BE(92)) {
      const size = (await handle.stat()).size;
      if (size < pages * pageSize) {
        throw new ImportError(
          `${name} is truncated: its SQLite header gives ${pages} pages of ${pageSize} bytes ` +
            `(${pages * pageSize} bytes), the file has ${size} bytes`,
        );
      }
    }
  } finally {
    await handle.close();
  }
}

function readLayers(db: Database.Database, name: string): Layer[] {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
       AND name IN ('gpkg_contents', 'gpkg_geometry_columns')`,
    )
    .pluck()
    .all();
  if (tables.length < 2) {
    throw new ImportError(`${name} is not a GeoPackage: a SQLite file without gpkg_contents and gpkg_geometry_columns`);
  }
  const rows = db
    .prepare(
      `SELECT c.table_name AS table_name, g.column_name AS column_name, g.geometry_type_name AS type, g.srs_id AS srs_id
       FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
       WHERE lower(c.data_type) = 'features' ORDER BY c.table_name`,
    )
    .all() as { table_name: string; column_name: string; type: string; srs_id: number }[];
  return rows.map((r) => ({
    table: r.table_name,
    column: r.column_name,
    type: String(r.type).toUpperCase(),
    srsId: Number(r.srs_id),
  }));
}

/** Geometry types that cannot hold a footprint: such a layer is never taken for the buildings by its name. */
const NOT_POLYGONAL = /^(MULTI)?(POINT|LINESTRING|CURVE|COMPOUNDCURVE|CIRCULARSTRING)$/;
/** A layer named for buildings: BD TOPO's batiment (bdtopo_batiment, BATIMENT, batiments…), OSM's building(s). */
const BUILDING_NAME = /batiment|building/i;

/**
 * The layer to read: the one asked for (`--layer`, exact name first, then ignoring case); else the one layer whose
 * name contains batiment or building (case-insensitive; an exact `batiment` or `building` wins over longer names);
 * else the only polygon layer; else a refusal that lists the layers.
 */
export function chooseLayer(layers: Layer[], wanted: string | undefined, name: string): Layer {
  const list = layers.length ? layers.map((l) => `${l.table} (${l.type})`).join(', ') : 'none';
  if (wanted !== undefined) {
    const found =
      layers.find((l) => l.table === wanted) ?? layers.find((l) => l.table.toLowerCase() === wanted.toLowerCase());
    if (!found) throw new ImportError(`${name} has no features layer "${wanted}"; its layers: ${list}`);
    return found;
  }
  const named = layers.filter((l) => BUILDING_NAME.test(l.table) && !NOT_POLYGONAL.test(l.type));
  const exact = named.filter((l) => /^(batiment|building)$/i.test(l.table));
  if (exact.length === 1) return exact[0]!;
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw new ImportError(
      `${name} has several layers named like batiment or building (${named.map((l) => l.table).join(', ')}); ` +
        `choose one with the layer option; its layers: ${list}`,
    );
  }
  const polygonal = layers.filter((l) => POLYGONAL.has(l.type));
  if (polygonal.length === 1) return polygonal[0] as Layer;
  throw new ImportError(
    `${name} has no layer named like batiment or building and ${polygonal.length ? 'several' : 'no'} polygon layers; ` +
      `choose one with the layer option; its layers: ${list}`,
  );
}

/** The layer's SRS: null for the undefined SRSs (srs_id 0 and -1) of OGC 12-128r18 §1.1.2.1.2. */
function readCrs(db: Database.Database, srsId: number): DeclaredCrs | null {
  if (srsId === 0 || srsId === -1) return null;
  const row = db
    .prepare(
      `SELECT srs_name, organization, organization_coordsys_id AS code, definition
       FROM gpkg_spatial_ref_sys WHERE srs_id = ?`,
    )
    .get(srsId) as { srs_name: unknown; organization: unknown; code: unknown; definition: unknown } | undefined;
  if (!row) return { text: `srs_id ${srsId} (missing from gpkg_spatial_ref_sys)`, from: 'gpkg_spatial_ref_sys' };
  const crs: DeclaredCrs = { from: 'gpkg_spatial_ref_sys' };
  const code = Number(row.code);
  if (String(row.organization).toUpperCase() === 'EPSG' && Number.isInteger(code) && code > 0) crs.epsg = code;
  if (typeof row.definition === 'string' && row.definition.trim() && row.definition.trim() !== 'undefined') {
    crs.wkt = row.definition;
  }
  crs.text = typeof row.srs_name === 'string' ? row.srs_name : `srs_id ${srsId}`;
  return crs;
}

/**
 * Opens a GeoPackage features layer. Rows are streamed in primary key order, so the index of a row is stable
 * between runs (checkpoints resume by index). Memory is constant in the number of rows.
 */
export async function openGeoPackage(path: string, options: OpenOptions = {}): Promise<FeatureSource> {
  const name = nodePath.basename(path);
  await checkSqliteHeader(path, name);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new ImportError(`${name}: cannot open the SQLite database: ${sqliteMessage(error)}`);
  }
  let stage = 'reading the GeoPackage tables';
  try {
    const layer = chooseLayer(readLayers(db, name), options.layer, name);
    const crs = readCrs(db, layer.srsId);
    stage = `reading layer "${layer.table}" at row 0`;
    const info = db.prepare(`PRAGMA table_info(${quote(layer.table)})`).all() as {
      name: string;
      type: string;
      pk: number;
    }[];
    // GeoPackage features tables have an INTEGER PRIMARY KEY (fid). Without one (a view), rows come in scan order
    // (rowid order for a table) and carry no id.
    const pkCols = info.filter((c) => c.pk > 0);
    const pk = pkCols.length === 1 && /^INT/i.test(pkCols[0]?.type ?? '') ? (pkCols[0]?.name ?? null) : null;
    const geomName = info.find((c) => c.name.toLowerCase() === layer.column.toLowerCase())?.name;
    if (!geomName) {
      throw new ImportError(`${name}: layer "${layer.table}" has no column "${layer.column}" (gpkg_geometry_columns)`);
    }
    const propNames = info.map((c) => c.name).filter((n) => n !== pk && n !== geomName);
    const total = Number(
      db
        .prepare(`SELECT count(*) FROM ${quote(layer.table)}`)
        .pluck()
        .get(),
    );
    const select = [pk ? quote(pk) : 'NULL', quote(geomName), ...propNames.map(quote)].join(', ');
    const stmt = db
      .prepare(`SELECT ${select} FROM ${quote(layer.table)}${pk ? ` ORDER BY ${quote(pk)}` : ''}`)
      .raw(true)
      .safeIntegers(true);
    return makeSource(db, stmt, { name, layer: layer.table, crs, total, propNames });
  } catch (error) {
    db.close();
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${name}: SQLite error ${stage}: ${sqliteMessage(error)}`);
  }
}

function makeSource(
  db: Database.Database,
  stmt: Database.Statement,
  meta: { name: string; layer: string; crs: DeclaredCrs | null; total: number; propNames: string[] },
): FeatureSource {
  let done = 0;
  let started = false;
  let rows: IterableIterator<unknown> | null = null;

  async function* features(): AsyncGenerator<SourceFeature> {
    if (started) throw new Error('features() may be called once');
    started = true;
    let lastId: unknown = null;
    rows = stmt.iterate();
    try {
      while (true) {
        let next: IteratorResult<unknown>;
        try {
          next = rows.next();
        } catch (error) {
          const after = lastId === null ? 'at the first row' : `after row ${done} (fid ${String(lastId)})`;
          throw new ImportError(
            `${meta.name}: SQLite error reading layer "${meta.layer}" ${after}: ${sqliteMessage(error)}`,
          );
        }
        if (next.done) break;
        const values = next.value as unknown[];
        const id = plain(values[0]);
        const properties: Record<string, unknown> = {};
        for (let i = 0; i < meta.propNames.length; i++) properties[meta.propNames[i] as string] = plain(values[i + 2]);
        const { geometry, invalid } = decodeGpkgGeometry(values[1]);
        const feature: SourceFeature = { index: done, geometry, properties, id: id as number | string | null };
        if (invalid) feature.invalid = `${meta.layer} fid ${String(id)}: ${invalid}`;
        done++;
        lastId = id;
        yield feature;
      }
    } finally {
      rows.return?.();
      rows = null;
    }
  }

  return {
    format: 'gpkg',
    crs: meta.crs,
    progress: () => ({ done, total: meta.total }),
    features,
    async close() {
      // An unfinished iteration keeps the connection busy, and better-sqlite3 refuses to close a busy connection.
      rows?.return?.();
      rows = null;
      if (db.open) db.close();
    },
  };
}
