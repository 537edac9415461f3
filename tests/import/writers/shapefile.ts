import fs from 'node:fs';
import type { GenBuilding } from './types.js';

const LAMBERT93_PARAMETERS =
  'PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],' +
  'PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],' +
  'PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]';
const GRS80_GEOGCS = (name: string) =>
  `GEOGCS["${name}",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],` +
  'UNIT["Degree",0.0174532925199433]]';

/** Lambert-93 (EPSG:2154) as the ESRI WKT of the .prj in IGN's BD TOPO shapefile deliveries. */
export const LAMBERT93_PRJ = `PROJCS["RGF93_Lambert_93",${GRS80_GEOGCS('GCS_RGF_1993')},${LAMBERT93_PARAMETERS}`;
/** Lambert-93 as GDAL ≥ 3.5 writes it, after EPSG renamed the datum "RGF93 v1". */
export const LAMBERT93_PRJ_V1 = `PROJCS["RGF93_v1_Lambert-93",${GRS80_GEOGCS('GCS_RGF93_v1')},${LAMBERT93_PARAMETERS}`;

/** A building plus what the tests need beyond GenBuilding. */
export interface ShapefileBuilding extends GenBuilding {
  /**
   * DBF text written as is in the named field (padded to its width, cut when longer), over the value derived from
   * the building: `'****'` for an overflowed number, `'Oui'` for LEGER, `''` for a blank…
   */
  extra?: Record<string, string>;
  /** More polygons of a multi-part footprint, after `ring`/`holes`. */
  moreParts?: { ring: [number, number][]; holes?: [number, number][][] }[];
  /** Writes a null shape (no geometry) for this record. */
  nullShape?: boolean;
}

export interface WriteShapefileOptions {
  /** ESRI WKT for the .prj; default LAMBERT93_PRJ; null writes no .prj. */
  prj?: string | null;
  /** DBF text encoding; default 'utf-8'. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Writes a .cpg naming the encoding ("UTF-8" or "1252"); default true. */
  cpg?: boolean;
  /** The attribute table; only the BD TOPO layout exists. */
  fields?: 'bdtopo';
  /** Shape type; default 'Polygon'. 'PolygonZ' takes the building height as z; 'Point' writes the first vertex. */
  shapeType?: 'Polygon' | 'PolygonZ' | 'Point';
  /** Fields appended after the BD TOPO ones, blank unless a building's `extra` gives their text (L for logicals). */
  moreFields?: { name: string; type: 'C' | 'N' | 'D' | 'L'; length: number; decimals?: number }[];
  /** DBF language driver id (header byte 29); default 0x57 (ANSI 1252) for windows-1252, 0 for utf-8. */
  ldid?: number;
}

interface Field {
  name: string;
  type: 'C' | 'N' | 'D' | 'L';
  length: number;
  decimals: number;
  value: (b: ShapefileBuilding) => string | null;
}

const num = (v: number | null | undefined, decimals: number) =>
  v === null || v === undefined ? null : v.toFixed(decimals);

// BD TOPO 3 BATIMENT layout (subset); NATURE and ETAT have no GenBuilding counterpart and take BD TOPO's usual values.
const BDTOPO_FIELDS: Field[] = [
  { name: 'ID', type: 'C', length: 24, decimals: 0, value: (b) => b.id },
  { name: 'NATURE', type: 'C', length: 40, decimals: 0, value: () => 'Indifférenciée' },
  { name: 'USAGE1', type: 'C', length: 22, decimals: 0, value: (b) => b.usage ?? null },
  { name: 'HAUTEUR', type: 'N', length: 7, decimals: 1, value: (b) => num(b.height_m, 1) },
  { name: 'NB_ETAGES', type: 'N', length: 4, decimals: 0, value: (b) => num(b.levels, 0) },
  { name: 'NB_LOGTS', type: 'N', length: 5, decimals: 0, value: (b) => num(b.dwellings, 0) },
  { name: 'DATE_APP', type: 'D', length: 8, decimals: 0, value: (b) => (b.year_built ? `${b.year_built}0101` : null) },
  { name: 'ETAT', type: 'C', length: 15, decimals: 0, value: () => 'En service' },
  { name: 'LEGER', type: 'C', length: 3, decimals: 0, value: () => 'Non' },
];

const SHAPE_CODES = { Polygon: 5, PolygonZ: 15, Point: 1 } as const;

// Code points of the windows-1252 bytes 0x80–0x9F (Microsoft's cp1252 table; 0x81, 0x8D, 0x8F, 0x90, 0x9D unused).
// Spelt out rather than read from TextDecoder, which Node ≥ 20.18.3 gets wrong there (nodejs/node#60888).
const CP1252_HIGH = new Map<number, number>(
  [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
  ].flatMap((code, i) => (code ? [[code, 0x80 + i] as [number, number]] : [])),
);

function encodeText(text: string, encoding: 'utf-8' | 'windows-1252'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out.push(code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (CP1252_HIGH.get(code) ?? 0x3f));
  }
  return Buffer.from(out);
}

/** Field text encoded and fitted to its width: characters dropped from the end (never cut in the middle). */
/** Writes a field's text into `record` at `at`, encoded and fitted to its width (never cut inside a character). */
function putField(record: Buffer, at: number, field: Field, text: string | null, encoding: 'utf-8' | 'windows-1252') {
  if (text === null) return;
  let bytes = encodeText(text, encoding);
  let chars: string[] | undefined;
  while (bytes.length > field.length) {
    // A number that does not fit is written as asterisks, as dBase and GDAL do.
    if (field.type === 'N') {
      record.fill(0x2a, at, at + field.length);
      return;
    }
    chars = (chars ?? [...text]).slice(0, -1);
    bytes = encodeText(chars.join(''), encoding);
  }
  bytes.copy(record, field.type === 'N' ? at + field.length - bytes.length : at);
}

/** Appends to a file through a 1 MiB buffer; headers are patched in place at the end. */
class Sink {
  private parts: Buffer[] = [];
  private buffered = 0;
  /** Bytes written so far, buffered ones included. */
  length = 0;
  private constructor(private readonly fh: fs.promises.FileHandle) {}
  static async open(path: string) {
    return new Sink(await fs.promises.open(path, 'w'));
  }
  /** Awaited only when the buffer is full, so that small records cost no promise. */
  push(buf: Buffer): Promise<void> | undefined {
    this.parts.push(buf);
    this.buffered += buf.length;
    this.length += buf.length;
    return this.buffered >= 1 << 20 ? this.flush() : undefined;
  }
  private async flush() {
    if (this.buffered === 0) return;
    const data = Buffer.concat(this.parts, this.buffered);
    this.parts = [];
    this.buffered = 0;
    await this.fh.write(data);
  }
  async finish(patch: Buffer, position: number) {
    await this.flush();
    await this.fh.write(patch, 0, patch.length, position);
    await this.fh.close();
  }
  async abandon() {
    await this.fh.close().catch(() => undefined);
  }
}

function ringArea(ring: [number, number][]): number {
  let area = 0;
  for (let i = 1; i < ring.length; i++) area += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return area / 2;
}

/** The ring with the winding a shapefile wants: outer rings clockwise, holes counter-clockwise. */
function wound(ring: [number, number][], clockwise: boolean): [number, number][] {
  return ringArea(ring) < 0 === clockwise ? ring : [...ring].reverse();
}

function shapeContent(b: ShapefileBuilding, type: 1 | 5 | 15): Buffer {
  if (b.nullShape) return Buffer.alloc(4); // shape type 0
  if (type === 1) {
    const point = Buffer.alloc(20);
    point.writeInt32LE(1, 0);
    point.writeDoubleLE(b.ring[0]![0], 4);
    point.writeDoubleLE(b.ring[0]![1], 12);
    return point;
  }
  const rings: [number, number][][] = [];
  for (const polygon of [{ ring: b.ring, holes: b.holes }, ...(b.moreParts ?? [])]) {
    rings.push(wound(polygon.ring, true), ...(polygon.holes ?? []).map((h) => wound(h, false)));
  }
  const points = rings.flat();
  const zBlock = type === 15 ? 16 + 8 * points.length : 0;
  const buf = Buffer.alloc(44 + 4 * rings.length + 16 * points.length + zBlock);
  buf.writeInt32LE(type, 0);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) =>
    buf.writeDoubleLE(v, 4 + 8 * i),
  );
  buf.writeInt32LE(rings.length, 36);
  buf.writeInt32LE(points.length, 40);
  let at = 44;
  let start = 0;
  for (const ring of rings) {
    buf.writeInt32LE(start, at);
    at += 4;
    start += ring.length;
  }
  for (const [x, y] of points) {
    buf.writeDoubleLE(x, at);
    buf.writeDoubleLE(y, at + 8);
    at += 16;
  }
  if (type === 15) {
    const z = b.height_m ?? 0;
    buf.writeDoubleLE(z, at);
    buf.writeDoubleLE(z, at + 8);
    for (let i = 0; i < points.length; i++) buf.writeDoubleLE(z, at + 16 + 8 * i);
  }
  return buf;
}

function mainHeader(type: number, fileBytes: number, bbox: number[]): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(fileBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(type, 32);
  bbox.forEach((v, i) => h.writeDoubleLE(Number.isFinite(v) ? v : 0, 36 + 8 * i));
  return h;
}

/**
 * Writes `basePath`.shp/.shx/.dbf (+ .prj, .cpg) by hand, streamed (one record in memory at a time; the header
 * lengths, bounding box and record count are patched at the end). DBF fields in the BD TOPO BATIMENT layout: ID C(24),
 * NATURE C(40), USAGE1 C(22), HAUTEUR N(7,1), NB_ETAGES N(4,0), NB_LOGTS N(5,0), DATE_APP D, ETAT C(15), LEGER C(3).
 */
export async function writeShapefile(
  basePath: string,
  buildings: Iterable<ShapefileBuilding>,
  options: WriteShapefileOptions = {},
): Promise<{ files: string[]; count: number }> {
  const encoding = options.encoding ?? 'utf-8';
  const type = SHAPE_CODES[options.shapeType ?? 'Polygon'];
  const fields: Field[] = [
    ...BDTOPO_FIELDS,
    ...(options.moreFields ?? []).map((f) => ({ ...f, decimals: f.decimals ?? 0, value: () => null })),
  ];
  const files = ['.shp', '.shx', '.dbf'].map((ext) => basePath + ext);
  const [shp, shx, dbf] = await Promise.all(files.map((f) => Sink.open(f)));
  if (!shp || !shx || !dbf) throw new Error('writeShapefile: a sink did not open');
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const dbfHeaderLength = 32 + 32 * fields.length + 1;
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  let count = 0;
  try {
    await shp.push(Buffer.alloc(100));
    await shx.push(Buffer.alloc(100));
    const dbfHeader = Buffer.alloc(dbfHeaderLength);
    dbfHeader.writeUInt8(0x03, 0);
    dbfHeader.writeUInt8(124, 1); // last update 2024-01-01, fixed so that the same input gives the same bytes
    dbfHeader.writeUInt8(1, 2);
    dbfHeader.writeUInt8(1, 3);
    dbfHeader.writeUInt16LE(dbfHeaderLength, 8);
    dbfHeader.writeUInt16LE(recordLength, 10);
    dbfHeader.writeUInt8(options.ldid ?? (encoding === 'windows-1252' ? 0x57 : 0), 29);
    fields.forEach((f, i) => {
      dbfHeader.write(f.name, 32 + 32 * i, 'latin1');
      dbfHeader.write(f.type, 32 + 32 * i + 11, 'latin1');
      dbfHeader.writeUInt8(f.length, 32 + 32 * i + 16);
      dbfHeader.writeUInt8(f.decimals, 32 + 32 * i + 17);
    });
    dbfHeader.writeUInt8(0x0d, dbfHeaderLength - 1);
    await dbf.push(dbfHeader);

    for (const b of buildings) {
      const unknown = b.extra && Object.keys(b.extra).filter((k) => !fields.some((f) => f.name === k));
      if (unknown?.length) throw new RangeError(`extra names fields the table lacks: ${unknown.join(', ')}`);
      if (!b.nullShape) {
        for (const [x, y] of [b.ring, ...(b.moreParts ?? []).map((p) => p.ring)].flat()) {
          bbox[0] = Math.min(bbox[0]!, x);
          bbox[1] = Math.min(bbox[1]!, y);
          bbox[2] = Math.max(bbox[2]!, x);
          bbox[3] = Math.max(bbox[3]!, y);
        }
      }
      const content = shapeContent(b, type);
      const index = Buffer.alloc(8);
      index.writeInt32BE(shp.length / 2, 0);
      index.writeInt32BE(content.length / 2, 4);
      // Record header (number from 1, content length in 16-bit words) and content in one write.
      const shpRecord = Buffer.alloc(8 + content.length);
      shpRecord.writeInt32BE(count + 1, 0);
      shpRecord.writeInt32BE(content.length / 2, 4);
      content.copy(shpRecord, 8);
      const record = Buffer.alloc(recordLength, 0x20); // deletion flag ' ' and blank fields
      let at = 1;
      for (const f of fields) {
        putField(record, at, f, b.extra?.[f.name] ?? f.value(b), encoding);
        at += f.length;
      }
      for (const flushing of [shx.push(index), shp.push(shpRecord), dbf.push(record)]) if (flushing) await flushing;
      count++;
    }
    await dbf.push(Buffer.from([0x1a]));
  } catch (error) {
    await Promise.all([shp.abandon(), shx.abandon(), dbf.abandon()]);
    throw error;
  }
  await shp.finish(mainHeader(type, shp.length, bbox), 0);
  await shx.finish(mainHeader(type, shx.length, bbox), 0);
  const countBytes = Buffer.alloc(4);
  countBytes.writeUInt32LE(count, 0);
  await dbf.finish(countBytes, 4);

  if (options.prj !== null) {
    files.push(`${basePath}.prj`);
    await fs.promises.writeFile(`${basePath}.prj`, options.prj ?? LAMBERT93_PRJ);
  }
  if (options.cpg ?? true) {
    files.push(`${basePath}.cpg`);
    await fs.promises.writeFile(`${basePath}.cpg`, encoding === 'utf-8' ? 'UTF-8' : '1252');
  }
  return { files, count };
}
