/**
 * Writes GenBuildings as an IGN BD TOPO v3 `batiment` layer in an OGC GeoPackage 1.3 file (OGC 12-128r18), for the
 * reader tests and the import benchmark. Also exports the GeoPackage geometry encoder so that tests can build blobs
 * in every variant the reader accepts (byte orders, ISO or EWKB type codes, envelopes, empty flag).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { GenBuilding } from './types.js';

/** EPSG:2154 RGF93 v1 / Lambert-93 as OGC WKT 1, as GDAL writes it into gpkg_spatial_ref_sys.definition. */
export const LAMBERT93_WKT =
  'PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",' +
  'SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6171"]],' +
  'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],' +
  'AUTHORITY["EPSG","4171"]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],' +
  'PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],' +
  'PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],' +
  'AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","2154"]]';

/** EPSG:4326 as OGC WKT 1, the definition of the mandatory WGS 84 row. */
export const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],' +
  'AUTHORITY["EPSG","4326"]]';

/** A geometry to encode; positions carry as many numbers as the chosen dimensions (x y, x y z, x y m, x y z m). */
export type WkbInput =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] }
  | { type: 'GeometryCollection'; geometries: WkbInput[] };

export interface WkbEncodeOptions {
  /** Byte order of the WKB (every nested geometry too); default 'little'. */
  byteOrder?: 'little' | 'big';
  /** Dimensions written per position; default 'xy'. */
  dims?: 'xy' | 'xyz' | 'xym' | 'xyzm';
  /** How Z/M are flagged in the type code: ISO (+1000/+2000/+3000) or EWKB high bits; default 'iso'. */
  typeCodes?: 'iso' | 'ewkb';
  /** With typeCodes 'ewkb': also write this SRID after the outer type (0x20000000 flag). */
  ewkbSrid?: number;
}

const BASE_CODES = { Point: 1, LineString: 2, Polygon: 3, MultiPolygon: 6, GeometryCollection: 7 } as const;

/** Encodes a geometry as WKB (OGC 06-103r4 §8.2, or PostGIS EWKB with typeCodes 'ewkb'). */
export function encodeWkb(geometry: WkbInput, options: WkbEncodeOptions = {}): Buffer {
  const little = (options.byteOrder ?? 'little') === 'little';
  const dims = options.dims ?? 'xy';
  const n = dims.length;
  const chunks: Buffer[] = [];
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    if (little) b.writeUInt32LE(v >>> 0);
    else b.writeUInt32BE(v >>> 0);
    chunks.push(b);
  };
  const pos = (p: number[]) => {
    if (p.length !== n) throw new RangeError(`position ${JSON.stringify(p)} must have ${n} numbers for '${dims}'`);
    const b = Buffer.alloc(8 * n);
    p.forEach((v, i) => (little ? b.writeDoubleLE(v, 8 * i) : b.writeDoubleBE(v, 8 * i)));
    chunks.push(b);
  };
  const ring = (r: number[][]) => {
    u32(r.length);
    r.forEach(pos);
  };
  const write = (g: WkbInput, outer: boolean) => {
    chunks.push(Buffer.from([little ? 1 : 0]));
    const base = BASE_CODES[g.type];
    const z = dims.includes('z');
    const m = dims.includes('m');
    if ((options.typeCodes ?? 'iso') === 'iso') {
      u32(base + (z && m ? 3000 : z ? 1000 : m ? 2000 : 0));
    } else {
      const srid = outer && options.ewkbSrid !== undefined;
      u32(base | (z ? 0x80000000 : 0) | (m ? 0x40000000 : 0) | (srid ? 0x20000000 : 0));
      if (srid) u32(options.ewkbSrid as number);
    }
    if (g.type === 'Point') pos(g.coordinates);
    else if (g.type === 'LineString') ring(g.coordinates);
    else if (g.type === 'Polygon') {
      u32(g.coordinates.length);
      g.coordinates.forEach(ring);
    } else if (g.type === 'MultiPolygon') {
      u32(g.coordinates.length);
      for (const p of g.coordinates) write({ type: 'Polygon', coordinates: p }, false);
    } else {
      u32(g.geometries.length);
      for (const part of g.geometries) write(part, false);
    }
  };
  write(geometry, true);
  return Buffer.concat(chunks);
}

export interface GpkgBlobOptions {
  srsId: number;
  /** Byte order of the GeoPackage header (srs_id and envelope); default 'little'. */
  headerByteOrder?: 'little' | 'big';
  /** Envelope indicator: 0 none, 1 xy, 2 xyz, 3 xym, 4 xyzm; default 1. */
  envelope?: 0 | 1 | 2 | 3 | 4;
  /** Sets the empty bit (the WKB should then hold an empty geometry). */
  empty?: boolean;
}

/** Wraps WKB in the GeoPackage binary header (OGC 12-128r18 §2.1.3): 'GP', version 0, flags, srs_id, envelope. */
export function gpkgBlob(wkb: Buffer, points: number[][], options: GpkgBlobOptions): Buffer {
  const little = (options.headerByteOrder ?? 'little') === 'little';
  const env = options.envelope ?? 1;
  const envDims = [0, 2, 3, 3, 4][env] as number;
  const header = Buffer.alloc(8 + envDims * 2 * 8);
  header.write('GP', 0, 'latin1');
  header[2] = 0;
  header[3] = (options.empty ? 0x10 : 0) | (env << 1) | (little ? 1 : 0);
  if (little) header.writeInt32LE(options.srsId, 4);
  else header.writeInt32BE(options.srsId, 4);
  // Envelope axes in order minx, maxx, miny, maxy[, minz, maxz][, minm, maxm]; with xym the third axis is m.
  for (let a = 0; a < envDims; a++) {
    const values = points.map((p) => p[a] ?? 0);
    const lo = values.length ? Math.min(...values) : NaN;
    const hi = values.length ? Math.max(...values) : NaN;
    const at = 8 + a * 16;
    if (little) {
      header.writeDoubleLE(lo, at);
      header.writeDoubleLE(hi, at + 8);
    } else {
      header.writeDoubleBE(lo, at);
      header.writeDoubleBE(hi, at + 8);
    }
  }
  return Buffer.concat([header, wkb]);
}

/** One `batiment` row in the BD TOPO v3 schema, before insertion; a rowHook may change any value. */
export interface BatimentRow {
  geometrie: Buffer | null;
  cleabs: string;
  nature: string | null;
  usage_1: string | null;
  usage_2: string | null;
  construction_legere: 0 | 1 | null;
  etat_de_l_objet: string | null;
  date_creation: string | null;
  date_modification: string | null;
  date_d_apparition: string | null;
  date_de_confirmation: string | null;
  sources: string | null;
  identifiants_sources: string | null;
  methode_d_acquisition_planimetrique: string | null;
  methode_d_acquisition_altimetrique: string | null;
  precision_planimetrique: number | null;
  precision_altimetrique: number | null;
  nombre_de_logements: number | null;
  nombre_d_etages: number | null;
  materiaux_des_murs: string | null;
  materiaux_de_la_toiture: string | null;
  hauteur: number | null;
  altitude_minimale_sol: number | null;
  altitude_minimale_toit: number | null;
  altitude_maximale_toit: number | null;
  altitude_maximale_sol: number | null;
  origine_du_batiment: string | null;
  appariement_fichiers_fonciers: string | null;
  identifiants_rnb: string | null;
}

/** Column types as in the IGN delivery (GDAL's GeoPackage types). */
const COLUMNS: [keyof BatimentRow, string][] = [
  ['cleabs', 'TEXT(24) NOT NULL'],
  ['nature', 'TEXT'],
  ['usage_1', 'TEXT'],
  ['usage_2', 'TEXT'],
  ['construction_legere', 'BOOLEAN'],
  ['etat_de_l_objet', 'TEXT'],
  ['date_creation', 'DATETIME'],
  ['date_modification', 'DATETIME'],
  ['date_d_apparition', 'DATE'],
  ['date_de_confirmation', 'DATE'],
  ['sources', 'TEXT'],
  ['identifiants_sources', 'TEXT'],
  ['methode_d_acquisition_planimetrique', 'TEXT'],
  ['methode_d_acquisition_altimetrique', 'TEXT'],
  ['precision_planimetrique', 'REAL'],
  ['precision_altimetrique', 'REAL'],
  ['nombre_de_logements', 'MEDIUMINT'],
  ['nombre_d_etages', 'MEDIUMINT'],
  ['materiaux_des_murs', 'TEXT'],
  ['materiaux_de_la_toiture', 'TEXT'],
  ['hauteur', 'REAL'],
  ['altitude_minimale_sol', 'REAL'],
  ['altitude_minimale_toit', 'REAL'],
  ['altitude_maximale_toit', 'REAL'],
  ['altitude_maximale_sol', 'REAL'],
  ['origine_du_batiment', 'TEXT'],
  ['appariement_fichiers_fonciers', 'TEXT'],
  ['identifiants_rnb', 'TEXT'],
];

/** Ground altitude of the generated buildings [m], NGF-IGN69. */
const GROUND_M = 50;

export interface GeoPackageWriteOptions {
  /** srs_id of the layer: an EPSG code (2154 and 4326 come with their WKT), or 0 / -1 (undefined SRS). */
  srid: number;
  srsName?: string;
  /** WKT for srid other than 2154 and 4326; 'undefined' when absent. */
  definition?: string;
  /** Table name; default 'batiment'. */
  layer?: string;
  /** Write MULTIPOLYGON Z geometries (z = altitude_minimale_toit), as IGN delivers; default false (2D). */
  z?: boolean;
  /** Adds the layer to an existing GeoPackage (written by this function) instead of replacing the file. */
  append?: boolean;
  /** Called for each row before insertion; may change any value, the geometry blob included. */
  rowHook?: (building: GenBuilding, row: BatimentRow, index: number) => void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the GeoPackage core tables and mandatory SRS rows when missing (OGC 12-128r18 §1.1.2, §1.1.3). */
function createCore(db: Database.Database): void {
  db.pragma(`application_id = ${0x47504b47}`);
  db.pragma('user_version = 10300');
  db.exec(`
    CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
      srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
    CREATE TABLE IF NOT EXISTS gpkg_contents (
      table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
      description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
      CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
      table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT uk_gc_table_name UNIQUE (table_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));`);
  const srs = db.prepare('INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
  srs.run('WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude coordinates on the WGS 84 spheroid');
  srs.run('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
  srs.run('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
}

/**
 * Writes `buildings` to a GeoPackage at `path` in one transaction. Returns the number of rows written.
 * Each building becomes a MultiPolygon (one part, its holes kept) with BD TOPO v3 attributes.
 */
export function writeGeoPackage(
  path: string,
  buildings: Iterable<GenBuilding>,
  options: GeoPackageWriteOptions,
): number {
  if (!options.append) fs.rmSync(path, { force: true });
  const layer = options.layer ?? 'batiment';
  const db = new Database(path);
  try {
    // A scratch file for tests and the benchmark: no need to wait for the disk after each transaction.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = OFF');
    createCore(db);
    if (options.srid !== 0 && options.srid !== -1 && options.srid !== 4326) {
      const definition = options.definition ?? (options.srid === 2154 ? LAMBERT93_WKT : 'undefined');
      const name = options.srsName ?? (options.srid === 2154 ? 'RGF93 v1 / Lambert-93' : `EPSG:${options.srid}`);
      db.prepare('INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, NULL)').run(
        name,
        options.srid,
        'EPSG',
        options.srid,
        definition,
      );
    }
    const cols = COLUMNS.map(([n, t]) => `${quote(n)} ${t}`).join(', ');
    db.exec(
      `CREATE TABLE ${quote(layer)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geometrie MULTIPOLYGON, ${cols})`,
    );
    db.prepare(
      `INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)`,
    ).run(layer, layer, options.srid);
    db.prepare(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geometrie', 'MULTIPOLYGON', ?, ?, 0)`).run(
      layer,
      options.srid,
      options.z ? 1 : 0,
    );
    const names = ['geometrie', ...COLUMNS.map(([n]) => n)];
    const insert = db.prepare(
      `INSERT INTO ${quote(layer)} (${names.map(quote).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
    );
    const extent = [Infinity, Infinity, -Infinity, -Infinity];
    let count = 0;
    db.transaction(() => {
      for (const b of buildings) {
        const row = batimentRow(b, options);
        options.rowHook?.(b, row, count);
        insert.run(row);
        for (const [x, y] of b.ring) {
          extent[0] = Math.min(extent[0] as number, x);
          extent[1] = Math.min(extent[1] as number, y);
          extent[2] = Math.max(extent[2] as number, x);
          extent[3] = Math.max(extent[3] as number, y);
        }
        count++;
      }
      if (count > 0) {
        db.prepare('UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?').run(
          ...extent,
          layer,
        );
      }
    })();
    return count;
  } finally {
    db.close();
  }
}

function batimentRow(b: GenBuilding, options: GeoPackageWriteOptions): BatimentRow {
  const h = b.height_m;
  const roofMin = h === null ? null : GROUND_M + 0.8 * h;
  const z = roofMin ?? GROUND_M;
  const rings = [b.ring, ...(b.holes ?? [])].map((r) => r.map(([x, y]) => (options.z ? [x, y, z] : [x, y])));
  const wkb = encodeWkb({ type: 'MultiPolygon', coordinates: [rings] }, { dims: options.z ? 'xyz' : 'xy' });
  return {
    geometrie: gpkgBlob(wkb, b.ring, { srsId: options.srid }),
    cleabs: b.id,
    nature: 'Indifférenciée',
    usage_1: b.usage ?? null,
    usage_2: null,
    construction_legere: 0,
    etat_de_l_objet: 'En service',
    date_creation: '2012-02-13T11:09:07.000Z',
    date_modification: '2023-05-13T00:43:33.000Z',
    date_d_apparition: b.year_built ? `${b.year_built}-01-01` : null,
    date_de_confirmation: null,
    sources: null,
    identifiants_sources: null,
    methode_d_acquisition_planimetrique: 'BDParcellaire recalée',
    methode_d_acquisition_altimetrique: 'Interpolation bâti BDTopo',
    precision_planimetrique: 1.5,
    precision_altimetrique: 1.5,
    nombre_de_logements: b.dwellings ?? null,
    nombre_d_etages: b.levels,
    materiaux_des_murs: null,
    materiaux_de_la_toiture: null,
    hauteur: h,
    altitude_minimale_sol: GROUND_M,
    altitude_minimale_toit: roofMin,
    altitude_maximale_toit: h === null ? null : GROUND_M + h,
    altitude_maximale_sol: GROUND_M + 0.5,
    origine_du_batiment: 'Cadastre',
    appariement_fichiers_fonciers: null,
    identifiants_rnb: null,
  };
}
