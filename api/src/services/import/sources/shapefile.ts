/**
 * ESRI Shapefile reader (.shp + .dbf, with .prj and .cpg), loose or inside a zip.
 *
 * Hand-written rather than on the `shapefile` package, which cannot meet the import's guarantees: it silently skips
 * ahead over a record it cannot read (so a corrupt file yields fewer features without an error), a record cut by the
 * end of the file yields either a DataView RangeError with no position or, in the .dbf, silently shortened values,
 * it never compares the header lengths and record counts, it turns dates into local-time Date objects, and it throws
 * a TypeError on DBF field types other than B, C, D, F, L, M, N.
 *
 * Specification: ESRI Shapefile Technical Description (ESRI White Paper, July 1998); dBase III+ table layout.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { ImportError } from '../readGeoJson.js';
import type { DeclaredCrs, FeatureSource, OpenOptions, SourceFeature, SourceGeometry } from './types.js';

const SHAPE_TYPES: Record<number, string> = {
  0: 'Null',
  1: 'Point',
  3: 'PolyLine',
  5: 'Polygon',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'PolyLineZ',
  15: 'PolygonZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'PolyLineM',
  25: 'PolygonM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};
const shapeName = (type: number) => SHAPE_TYPES[type] ?? `unknown (${type})`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One member file (loose or a zip entry): a name for messages, its size [bytes], its zip CRC-32, a fresh stream. */
interface Part {
  label: string;
  size: number;
  crc32: number | null;
  open(): Promise<Readable>;
}

interface Layer {
  shp: Part;
  dbf: Part | undefined;
  prj: Part | undefined;
  cpg: Part | undefined;
  close(): void;
}

/** Exact-length reads over a stream, counting the bytes consumed and, for a zip entry, their CRC-32. */
class ByteReader {
  offset = 0;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private crc = 0;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(
    private readonly stream: Readable,
    readonly part: Part,
  ) {
    this.iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  private async pull(): Promise<boolean> {
    let next: IteratorResult<Buffer>;
    try {
      next = await this.iterator.next();
    } catch (error) {
      throw new ImportError(
        `${this.part.label} could not be read at byte ${this.offset + this.buffered}: ${message(error)}`,
      );
    }
    if (next.done) {
      this.ended = true;
      return false;
    }
    if (this.part.crc32 !== null) this.crc = zlib.crc32(next.value, this.crc);
    this.chunks.push(next.value);
    this.buffered += next.value.length;
    return true;
  }

  /** `n` bytes, or fewer only when the stream ends first. */
  async read(n: number): Promise<Buffer> {
    while (this.buffered < n && !this.ended) await this.pull();
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
    const take = Math.min(n, this.buffered);
    const rest = all.subarray(take);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    this.offset += take;
    return all.subarray(0, take);
  }

  /** For a zip entry, reads to its end (bytes past the last record are ignored) and checks the zip's CRC-32. */
  async finish(): Promise<void> {
    if (this.part.crc32 === null) return;
    this.chunks = [];
    this.buffered = 0;
    while (!this.ended) {
      await this.pull();
      this.chunks = [];
      this.buffered = 0;
    }
    const crc = this.crc >>> 0;
    if (crc !== this.part.crc32 >>> 0) {
      throw new ImportError(
        `${this.part.label} is corrupt: its CRC-32 is ${crc.toString(16)}, the zip records ${(this.part.crc32 >>> 0).toString(16)}`,
      );
    }
  }

  destroy() {
    this.stream.destroy();
  }
}

async function readSmall(part: Part): Promise<Buffer> {
  if (part.size > 1 << 20) throw new ImportError(`${part.label} is ${part.size} bytes, too large for a .prj or .cpg`);
  const reader = new ByteReader(await part.open(), part);
  try {
    return Buffer.from(await reader.read(part.size + 1));
  } finally {
    reader.destroy();
  }
}

function filePart(file: string): Part {
  return {
    label: path.basename(file),
    size: fs.statSync(file).size,
    crc32: null,
    open: async () => fs.createReadStream(file, { highWaterMark: 1 << 20 }),
  };
}

/** The .shp and its siblings with the same base name, extensions in any case (BATIMENT.SHP + batiment.dbf). */
async function looseLayer(file: string): Promise<Layer> {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/\.shp$/i, '');
  const names = await fs.promises.readdir(dir);
  const sibling = (ext: string) => {
    const matches = names.filter((n) => n.toLowerCase() === `${base}${ext}`.toLowerCase());
    const best = matches.find((n) => n.startsWith(base)) ?? matches[0];
    return best === undefined ? undefined : filePart(path.join(dir, best));
  };
  return {
    shp: filePart(file),
    dbf: sibling('.dbf'),
    prj: sibling('.prj'),
    cpg: sibling('.cpg'),
    close: () => undefined,
  };
}

/** The chosen .shp inside a zip (`layer` by base name, else `batiment`, else the only one) and its siblings. */
async function zipLayer(file: string, layer: string | undefined): Promise<Layer> {
  const zipLabel = path.basename(file);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new ImportError(`${zipLabel} is not a readable zip archive: ${message(error)}`);
  }
  try {
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        // Folders, and the resource forks macOS adds, are not layers.
        if (entry.fileName.endsWith('/') || /(^|\/)(__MACOSX\/|\._)/.test(entry.fileName)) continue;
        entries.set(entry.fileName.toLowerCase(), entry);
      }
    } catch (error) {
      throw new ImportError(`${zipLabel} is a corrupt zip archive: ${message(error)}`);
    }
    const shps = [...entries.values()].filter((e) => /\.shp$/i.test(e.fileName));
    const baseName = (e: yauzl.Entry) =>
      path.posix
        .basename(e.fileName)
        .replace(/\.shp$/i, '')
        .toLowerCase();
    const list = shps.map((e) => e.fileName).join(', ');
    let chosen: yauzl.Entry[];
    if (layer !== undefined) {
      const wanted = layer.toLowerCase().replace(/\.shp$/i, '');
      chosen = shps.filter((e) => baseName(e) === wanted || e.fileName.toLowerCase() === `${wanted}.shp`);
      if (chosen.length === 0)
        throw new ImportError(`${zipLabel} holds no shapefile named "${layer}"; it holds: ${list || 'none'}`);
    } else {
      const batiment = shps.filter((e) => baseName(e) === 'batiment');
      chosen = batiment.length > 0 ? batiment : shps;
      if (chosen.length === 0) throw new ImportError(`${zipLabel} holds no .shp file`);
    }
    if (chosen.length > 1) {
      throw new ImportError(
        `${zipLabel} holds several shapefiles (${chosen.map((e) => e.fileName).join(', ')}): choose one with the layer option`,
      );
    }
    const shp = chosen[0]!;
    const stem = shp.fileName.slice(0, -4).toLowerCase();
    const part = (entry: yauzl.Entry | undefined): Part | undefined =>
      entry && {
        label: `${entry.fileName} in ${zipLabel}`,
        size: entry.uncompressedSize,
        crc32: entry.crc32,
        open: async () => {
          try {
            return await zip.openReadStreamPromise(entry);
          } catch (error) {
            throw new ImportError(`${entry.fileName} in ${zipLabel} cannot be read: ${message(error)}`);
          }
        },
      };
    return {
      shp: part(shp)!,
      dbf: part(entries.get(`${stem}.dbf`)),
      prj: part(entries.get(`${stem}.prj`)),
      cpg: part(entries.get(`${stem}.cpg`)),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** DBF language driver ids (header byte 29) naming a code page that TextDecoder decodes. */
const LDID_ENCODINGS: Record<number, string> = {
  0x03: 'windows-1252',
  0x04: 'macintosh',
  0x13: 'shift_jis',
  0x26: 'ibm866',
  0x4d: 'gbk',
  0x4e: 'euc-kr',
  0x4f: 'big5',
  0x50: 'windows-874',
  0x57: 'windows-1252',
  0x58: 'windows-1252',
  0x59: 'windows-1252',
  0x65: 'ibm866',
  0x78: 'big5',
  0x79: 'euc-kr',
  0x7a: 'gbk',
  0x7b: 'shift_jis',
  0x7c: 'windows-874',
  0x7d: 'windows-1255',
  0x7e: 'windows-1256',
  0xc8: 'windows-1250',
  0xc9: 'windows-1251',
  0xca: 'windows-1254',
  0xcb: 'windows-1253',
  0xcc: 'windows-1257',
};

/**
 * The TextDecoder label for a .cpg content or an encoding option ("UTF-8", "UTF8", "65001", "1252", "ANSI 1252",
 * "CP1252", "ISO-8859-1", "88591", "latin1"…), or null when no decoder knows it.
 */
export function encodingFromCpg(text: string): string | null {
  const t = text.replace(/^\uFEFF/, '').trim();
  let m: RegExpExecArray | null;
  if (/^(utf-?8|(cp)?65001)$/i.test(t)) return 'utf-8';
  if ((m = /^(?:ansi[ _-]?|cp[ _-]?|windows[ _-]?|ms)?(125\d|874)$/i.exec(t))) return `windows-${m[1]}`;
  if ((m = /^(?:iso[ _-]?)?8859[ _-]?(\d{1,2})$/i.exec(t))) return `iso-8859-${m[1]}`;
  if (/^(cp|ibm)?[ _-]?866$/i.test(t)) return 'ibm866';
  if (t === '') return null;
  try {
    return new TextDecoder(t).encoding;
  } catch {
    return null;
  }
}

/** Encoding of the DBF text: the option, else the .cpg, else the language driver id, else windows-1252. */
async function dbfEncoding(option: string | undefined, cpg: Part | undefined, ldid: number): Promise<string> {
  if (option !== undefined) {
    const encoding = encodingFromCpg(option);
    if (!encoding) throw new ImportError(`unknown encoding "${option}": give a label such as utf-8 or windows-1252`);
    return encoding;
  }
  const text = cpg && (await readSmall(cpg)).toString('latin1').trim();
  if (cpg && text) {
    const encoding = encodingFromCpg(text);
    if (!encoding) {
      throw new ImportError(`${cpg.label} names an unknown encoding "${text}": give the encoding option (e.g. utf-8)`);
    }
    return encoding;
  }
  // 0x00 (no driver id) and the DOS code pages TextDecoder lacks (437, 850…) fall back to ANSI 1252.
  return LDID_ENCODINGS[ldid] ?? 'windows-1252';
}

/** windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252): €, ’, œ… where ISO-8859-1 has control codes. */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

type Decode = (bytes: Uint8Array) => string;

/**
 * A text decoder for the DBF. windows-1252 is decoded here because Node ≥ 20.18.3 decodes it as ISO-8859-1, turning
 * ’ and œ into control codes (nodejs/node#60888); the other encodings go to TextDecoder.
 */
function decoderFor(encoding: string): Decode {
  if (encoding === 'windows-1252') {
    return (bytes) =>
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        .toString('latin1')
        .replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
  }
  const decoder = new TextDecoder(encoding);
  return (bytes) => decoder.decode(bytes);
}

interface DbfField {
  name: string;
  type: string;
  /** Byte offset in the record (after the deletion flag). */
  offset: number;
  length: number;
}

interface DbfTable {
  count: number;
  headerLength: number;
  recordLength: number;
  fields: DbfField[];
}

async function readDbfHeader(reader: ByteReader): Promise<Buffer> {
  const label = reader.part.label;
  const head = await reader.read(32);
  if (head.length < 32) throw new ImportError(`${label} is too short for a dBase header (${head.length} bytes)`);
  const headerLength = head.readUInt16LE(8);
  if (headerLength < 33) throw new ImportError(`${label} is corrupt: its header length is ${headerLength} bytes`);
  const rest = await reader.read(headerLength - 32);
  if (rest.length < headerLength - 32) {
    throw new ImportError(`${label} is truncated inside its header (${reader.offset} of ${headerLength} bytes)`);
  }
  return Buffer.concat([head, rest]);
}

function parseDbfHeader(buf: Buffer, decode: Decode, part: Part): DbfTable {
  const count = buf.readUInt32LE(4);
  const headerLength = buf.readUInt16LE(8);
  const recordLength = buf.readUInt16LE(10);
  const fields: DbfField[] = [];
  let offset = 1;
  let at = 32;
  for (; at + 32 <= headerLength && buf[at] !== 0x0d; at += 32) {
    const raw = buf.subarray(at, at + 11);
    const nul = raw.indexOf(0);
    const length = buf[at + 16]!;
    const type = String.fromCharCode(buf[at + 11]!);
    const name = decode(nul < 0 ? raw : raw.subarray(0, nul)).trim();
    // Memo, general and picture fields hold block numbers into a .dbt/.fpt this reader does not open.
    const memo = 'MGP'.includes(type) || (type === 'B' && length !== 8);
    if (!memo) fields.push({ name, type, offset, length });
    offset += length;
  }
  if (buf[at] !== 0x0d) throw new ImportError(`${part.label} is corrupt: its field list has no terminator`);
  if (offset !== recordLength) {
    throw new ImportError(`${part.label} is corrupt: its records are ${recordLength} bytes, its fields ${offset}`);
  }
  const whole = Math.floor((part.size - headerLength) / recordLength);
  if (whole < count) {
    throw new ImportError(
      `${part.label} is truncated: its header declares ${count} records of ${recordLength} bytes, the file ends at ` +
        `byte ${part.size}, ${headerLength + whole * recordLength === part.size ? `after record ${whole}` : `inside record ${whole + 1}`}`,
    );
  }
  return { count, headerLength, recordLength, fields };
}

const trimEnd = (s: string) => s.replace(/[\s\0]+$/, '');

/** One DBF value: text trimmed at the end, numbers (overflow asterisks and blanks → null), booleans, ISO dates. */
function fieldValue(type: string, bytes: Buffer, decode: Decode): unknown {
  switch (type) {
    case 'N':
    case 'F': {
      const s = bytes.toString('latin1').replace(/\0/g, '').trim();
      if (s === '' || /^\*+$/.test(s)) return null;
      const v = Number(s);
      return Number.isFinite(v) ? v : null;
    }
    case 'L': {
      const c = bytes.toString('latin1').trim().toUpperCase();
      return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
    }
    case 'D': {
      const s = bytes.toString('latin1').replace(/\0/g, '').trim();
      const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
      if (s === '' || /^0+$/.test(s)) return null;
      return m ? `${m[1]}-${m[2]}-${m[3]}` : s;
    }
    case 'I':
    case '+':
      return bytes.length === 4 ? bytes.readInt32LE(0) : null;
    case 'O':
    case 'B':
      return bytes.length === 8 ? bytes.readDoubleLE(0) : null;
    default: {
      const s = trimEnd(decode(bytes));
      return s === '' ? null : s;
    }
  }
}

function readShpHeader(head: Buffer, part: Part): { type: number; fileLength: number } {
  if (head.length < 100) {
    throw new ImportError(`${part.label} is too short for a shapefile header (${head.length} of 100 bytes)`);
  }
  const code = head.readInt32BE(0);
  if (code !== 9994) throw new ImportError(`${part.label} is not a shapefile: its file code is ${code}, not 9994`);
  const type = head.readInt32LE(32);
  if (SHAPE_TYPES[type] === undefined) throw new ImportError(`${part.label} is corrupt: unknown shape type ${type}`);
  if (type !== 5 && type !== 15 && type !== 25) {
    throw new ImportError(`${part.label}: the shapefile holds ${shapeName(type)} shapes, not polygons`);
  }
  const fileLength = head.readInt32BE(24) * 2;
  if (fileLength < 100) throw new ImportError(`${part.label} is corrupt: its header declares ${fileLength} bytes`);
  return { type, fileLength };
}

/** Twice the signed area of a ring [unit²]: positive when counter-clockwise. */
function ringArea2(ring: number[][]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum;
}

/** 1 inside, -1 outside, 0 on the boundary of `ring` (crossing number). */
function pointInRing(x: number, y: number, ring: number[][]): number {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    const within = Math.min(xi, xj) <= x && x <= Math.max(xi, xj) && Math.min(yi, yj) <= y && y <= Math.max(yi, yj);
    if (cross === 0 && within) return 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

function ringInside(inner: number[][], outer: number[][]): boolean {
  for (const [x, y] of inner) {
    const where = pointInRing(x!, y!, outer);
    if (where !== 0) return where > 0;
  }
  return false;
}

/**
 * Groups shapefile rings into polygons: clockwise rings are outer rings, counter-clockwise ones holes of the smallest
 * outer ring that holds them. Rings come out in GeoJSON (RFC 7946) winding: outer counter-clockwise, holes clockwise.
 */
function assemblePolygons(rings: number[][][]): SourceGeometry {
  const outers: { ring: number[][]; area: number; holes: number[][][] }[] = [];
  const holes: number[][][] = [];
  for (const ring of rings) {
    const area = ringArea2(ring);
    // A degenerate ring (zero area) counts as an outer ring; the pipeline reports it.
    if (area <= 0) outers.push({ ring: ring.reverse(), area: -area, holes: [] });
    else holes.push(ring);
  }
  for (const hole of holes) {
    let home: (typeof outers)[number] | undefined;
    for (const o of outers) if ((!home || o.area < home.area) && ringInside(hole, o.ring)) home = o;
    // A counter-clockwise ring inside no outer ring is an outer ring wound the wrong way, as some writers do.
    if (home) home.holes.push(hole.reverse());
    else outers.push({ ring: hole, area: ringArea2(hole), holes: [] });
  }
  const polygons = outers.map((o) => [o.ring, ...o.holes]);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** A Polygon, PolygonZ or PolygonM record (z and m dropped), or null for an empty one. */
function polygonGeometry(content: Buffer, where: string): SourceGeometry | null {
  if (content.length < 44)
    throw new ImportError(`${where} is corrupt: ${content.length} bytes are too few for a polygon`);
  const numParts = content.readInt32LE(36);
  const numPoints = content.readInt32LE(40);
  if (numParts === 0 && numPoints === 0) return null;
  const pointsAt = 44 + 4 * numParts;
  if (numParts < 1 || numPoints < 1 || pointsAt + 16 * numPoints > content.length) {
    throw new ImportError(
      `${where} is corrupt: ${numParts} parts and ${numPoints} points do not fit in ${content.length} bytes`,
    );
  }
  const rings: number[][][] = [];
  for (let p = 0; p < numParts; p++) {
    const start = content.readInt32LE(44 + 4 * p);
    const end = p + 1 < numParts ? content.readInt32LE(48 + 4 * p) : numPoints;
    if ((p === 0 && start !== 0) || start < 0 || start >= end || end > numPoints) {
      throw new ImportError(`${where} is corrupt: part ${p + 1} spans points ${start} to ${end} of ${numPoints}`);
    }
    const ring: number[][] = [];
    for (let i = start; i < end; i++) {
      ring.push([content.readDoubleLE(pointsAt + 16 * i), content.readDoubleLE(pointsAt + 16 * i + 8)]);
    }
    rings.push(ring);
  }
  return assemblePolygons(rings);
}

/**
 * Opens an ESRI Shapefile: a `.shp` with its `.dbf` (+ `.prj`, `.cpg`) beside it, extensions in any case, or a
 * `.zip` holding one or more shapefiles (read in place, entry streams checked against the zip's CRC-32). Features
 * stream record by record in the file's CRS, with the DBF fields as properties under their own names.
 */
export async function openShapefile(file: string, options: OpenOptions = {}): Promise<FeatureSource> {
  const isZip = /\.zip$/i.test(file);
  if (!isZip && !/\.shp$/i.test(file)) throw new ImportError(`${path.basename(file)} is neither a .shp nor a .zip`);
  if (!fs.existsSync(file)) throw new ImportError(`${path.basename(file)} does not exist`);
  const layer = isZip ? await zipLayer(file, options.layer) : await looseLayer(file);
  const readers: ByteReader[] = [];
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    for (const reader of readers) reader.destroy();
    layer.close();
  };
  try {
    const shpPart = layer.shp;
    if (!layer.dbf) {
      throw new ImportError(
        `${shpPart.label} has no .dbf beside it (same name, any case): a shapefile keeps its attributes there`,
      );
    }
    const dbfPart: Part = layer.dbf;
    const shp = new ByteReader(await shpPart.open(), shpPart);
    readers.push(shp);
    const header = readShpHeader(await shp.read(100), shpPart);
    const dbf = new ByteReader(await dbfPart.open(), dbfPart);
    readers.push(dbf);
    const dbfHeader = await readDbfHeader(dbf);
    const decode = decoderFor(await dbfEncoding(options.encoding, layer.cpg, dbfHeader[29]!));
    const table = parseDbfHeader(dbfHeader, decode, dbfPart);
    const wkt =
      layer.prj &&
      (await readSmall(layer.prj))
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim();
    const crs: DeclaredCrs | null = wkt ? { wkt, from: '.prj' } : null;

    let started = false;
    async function* features(): AsyncGenerator<SourceFeature> {
      if (started) throw new Error('features() may be called once');
      started = true;
      const end = header.fileLength;
      const truncated = (where: string) =>
        new ImportError(`${shpPart.label} is truncated: it ends ${where}, its header declares ${end} bytes`);
      let index = 0;
      while (shp.offset < end) {
        const at = shp.offset;
        const n = index + 1; // records are numbered from 1, in the file as in messages
        const where = `${shpPart.label} record ${n} (at byte ${at})`;
        const head = await shp.read(8);
        if (head.length === 0) throw truncated(`at byte ${at}, after record ${index}`);
        if (head.length < 8) throw truncated(`at byte ${shp.offset}, inside the header of record ${n}`);
        const length = head.readInt32BE(4) * 2;
        if (length < 4 || at + 8 + length > end) {
          const why = length < 4 ? 'too few for a shape type' : `past the ${end} bytes its header declares`;
          throw new ImportError(`${where} is corrupt: it declares ${length} bytes of content, ${why}`);
        }
        const content = await shp.read(length);
        if (content.length < length) throw truncated(`at byte ${shp.offset}, inside record ${n} (from byte ${at})`);
        const type = content.readInt32LE(0);
        if (type !== 0 && type !== header.type) {
          throw new ImportError(`${where} is corrupt: a ${shapeName(type)} shape in a ${shapeName(header.type)} file`);
        }
        const geometry = type === 0 ? null : polygonGeometry(content, where);

        const recordAt = table.headerLength + index * table.recordLength;
        if (index >= table.count) {
          throw new ImportError(`${shpPart.label} holds more records than the ${table.count} of ${dbfPart.label}`);
        }
        const record = await dbf.read(table.recordLength);
        if (record.length < table.recordLength) {
          throw new ImportError(`${dbfPart.label} is truncated: it ends at byte ${dbf.offset}, inside record ${n}`);
        }
        const flag = record[0]!;
        if (flag !== 0x20 && flag !== 0x2a) {
          const what = flag === 0x1a ? 'the end-of-file marker' : `byte 0x${flag.toString(16)}`;
          throw new ImportError(
            `${dbfPart.label} record ${n} (at byte ${recordAt}) is corrupt: it starts with ${what}`,
          );
        }
        const properties: Record<string, unknown> = {};
        for (const f of table.fields) {
          properties[f.name] = fieldValue(f.type, record.subarray(f.offset, f.offset + f.length), decode);
        }
        yield { index, geometry, properties, ...(flag === 0x2a ? { skip: 'deleted in the .dbf' } : {}) };
        index++;
      }
      if (index !== table.count) {
        throw new ImportError(
          `${shpPart.label} holds ${index} records but ${dbfPart.label} holds ${table.count}: a shapefile pairs them one to one`,
        );
      }
      await shp.finish();
      await dbf.finish();
    }

    return {
      format: 'shapefile',
      crs,
      progress: () => ({ done: shp.offset, total: shpPart.size }),
      features,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
