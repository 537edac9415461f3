/**
 * Well-Known Binary decoder for building footprints: Polygon, MultiPolygon and GeometryCollections of them, in
 * 2D, Z, M or ZM, with the dimension given either as an ISO code (1003 Polygon Z, 2006 MultiPolygon M, 3003 ZM) or as
 * EWKB high bits (0x80000000 Z, 0x40000000 M, 0x20000000 SRID follows). Each geometry carries its own byte order.
 * Output is GeoJSON-like and 2D: Z and M are read past and dropped.
 *
 * References: OGC 06-103r4 Simple Features Access part 1, §8.2 (WKB, ISO dimension codes);
 * PostGIS liblwgeom EWKB (high-bit flags).
 */

import type { SourceGeometry } from './types.js';

/** A WKB blob that cannot be turned into a footprint; the message says why and where (byte offset in the WKB). */
export class WkbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WkbError';
  }
}

const TYPE_NAMES: Record<number, string> = {
  1: 'Point',
  2: 'LineString',
  3: 'Polygon',
  4: 'MultiPoint',
  5: 'MultiLineString',
  6: 'MultiPolygon',
  7: 'GeometryCollection',
  8: 'CircularString',
  9: 'CompoundCurve',
  10: 'CurvePolygon',
  11: 'MultiCurve',
  12: 'MultiSurface',
  13: 'Curve',
  14: 'Surface',
  15: 'PolyhedralSurface',
  16: 'TIN',
  17: 'Triangle',
};

const EWKB_Z = 0x80000000;
const EWKB_M = 0x40000000;
const EWKB_SRID = 0x20000000;
/** Collections nested deeper than this are refused rather than risking the stack on a crafted blob. */
const MAX_DEPTH = 16;

type Ring = number[][];
type PolygonCoords = Ring[];

/** Bounded reader over one blob; every read checks the bytes left so a short blob gives a WkbError, not garbage. */
class Cursor {
  pos: number;
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    start: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = start;
  }

  left(): number {
    return this.bytes.byteLength - this.pos;
  }

  need(n: number, what: string): void {
    if (n > this.left()) {
      throw new WkbError(`WKB cut short at byte ${this.pos}: ${what} needs ${n} bytes, ${this.left()} left`);
    }
  }

  byte(what: string): number {
    this.need(1, what);
    return this.view.getUint8(this.pos++);
  }

  uint32(little: boolean, what: string): number {
    this.need(4, what);
    const v = this.view.getUint32(this.pos, little);
    this.pos += 4;
    return v;
  }

  float64(little: boolean): number {
    const v = this.view.getFloat64(this.pos, little);
    this.pos += 8;
    return v;
  }
}

interface Header {
  little: boolean;
  /** Base type 1–17. */
  type: number;
  /** Doubles per point: 2, 3 or 4. */
  dims: number;
  /** Offset of the geometry's byte-order byte, for messages. */
  at: number;
}

function readHeader(c: Cursor): Header {
  const at = c.pos;
  const order = c.byte('the byte order');
  if (order !== 0 && order !== 1) {
    throw new WkbError(`invalid WKB byte order ${order} at byte ${at} (expected 0 big-endian or 1 little-endian)`);
  }
  const little = order === 1;
  const raw = c.uint32(little, 'the geometry type');
  const flags = raw & 0xf0000000;
  if ((flags & ~(EWKB_Z | EWKB_M | EWKB_SRID)) !== 0) {
    throw new WkbError(`unknown WKB geometry type code 0x${raw.toString(16)} at byte ${at}`);
  }
  const code = raw & 0x0fffffff;
  const type = code % 1000;
  const iso = Math.floor(code / 1000);
  if (!TYPE_NAMES[type] || iso > 3) throw new WkbError(`unknown WKB geometry type code ${raw} at byte ${at}`);
  const hasZ = (raw & EWKB_Z) !== 0 || iso === 1 || iso === 3;
  const hasM = (raw & EWKB_M) !== 0 || iso === 2 || iso === 3;
  // An EWKB SRID sits between the type and the body; the GeoPackage header already carries the SRS.
  if (raw & EWKB_SRID) c.uint32(little, 'the EWKB SRID');
  return { little, type, dims: 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0), at };
}

/** A count, checked against the bytes left so that a corrupt count cannot allocate or loop for gigabytes. */
function readCount(c: Cursor, h: Header, minBytesEach: number, what: string): number {
  const at = c.pos;
  const n = c.uint32(h.little, `the number of ${what}`);
  if (n * minBytesEach > c.left()) {
    throw new WkbError(
      `WKB cut short at byte ${at}: ${n} ${what} need at least ${n * minBytesEach} bytes, ${c.left()} left`,
    );
  }
  return n;
}

function readPolygonBody(c: Cursor, h: Header): PolygonCoords {
  const pointBytes = 8 * h.dims;
  const ringCount = readCount(c, h, 4, 'rings');
  const rings: PolygonCoords = [];
  for (let r = 0; r < ringCount; r++) {
    const n = readCount(c, h, pointBytes, 'points');
    const ring: Ring = new Array<number[]>(n);
    for (let i = 0; i < n; i++) {
      const x = c.float64(h.little);
      const y = c.float64(h.little);
      c.pos += pointBytes - 16; // Z and M are dropped: footprints are 2D.
      ring[i] = [x, y];
    }
    rings.push(ring);
  }
  return rings;
}

function typeName(h: Header): string {
  return TYPE_NAMES[h.type] ?? String(h.type);
}

/** Appends the polygons of one geometry (Polygon, MultiPolygon or a collection of them) to `out`. */
function collectPolygons(c: Cursor, out: PolygonCoords[], depth: number): void {
  const h = readHeader(c);
  if (h.type === 3) {
    const rings = readPolygonBody(c, h);
    if (rings.length > 0) out.push(rings);
    return;
  }
  if (h.type === 6 || h.type === 7) {
    if (depth >= MAX_DEPTH) throw new WkbError(`WKB collections nested deeper than ${MAX_DEPTH} at byte ${h.at}`);
    const n = readCount(c, h, 5, h.type === 6 ? 'polygons' : 'geometries');
    for (let i = 0; i < n; i++) {
      const partAt = c.pos;
      if (h.type === 6) {
        const part = readHeader(c);
        if (part.type !== 3) {
          throw new WkbError(`MultiPolygon part ${i} at byte ${partAt} is a ${typeName(part)}, not a Polygon`);
        }
        const rings = readPolygonBody(c, part);
        if (rings.length > 0) out.push(rings);
      } else {
        collectPolygons(c, out, depth + 1);
      }
    }
    return;
  }
  throw new WkbError(`geometry type ${typeName(h)} is not a Polygon or MultiPolygon`);
}

/**
 * Decodes a polygonal WKB geometry starting at `start` in `bytes` (the rest of the blob must be that one geometry).
 * Returns a Polygon, a MultiPolygon (also for a GeometryCollection of polygons), or null for an empty geometry.
 * Throws WkbError for another geometry type, a blob cut short, trailing bytes or an unknown type code.
 */
export function decodeWkbPolygonal(bytes: Uint8Array, start = 0): SourceGeometry | null {
  const c = new Cursor(bytes, start);
  const first = c.pos;
  // Peek the outer type so that a lone Polygon stays a Polygon rather than a one-part MultiPolygon.
  const outer = readHeader(c);
  c.pos = first;
  const polygons: PolygonCoords[] = [];
  collectPolygons(c, polygons, 0);
  if (c.left() > 0) {
    throw new WkbError(`${c.left()} unexpected bytes after the end of the WKB geometry at byte ${c.pos}`);
  }
  if (polygons.length === 0) return null;
  if (outer.type === 3) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}
