/**
 * The .shp of a polygon shapefile, read record by record: the 100-byte header, then each record's rings grouped
 * into GeoJSON polygons. Specification: ESRI Shapefile Technical Description (ESRI White Paper, July 1998).
 */
import { ImportError } from './ImportError.js';
import type { ByteReader } from './byteReader.js';
import type { SourceGeometry } from './types.js';

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

export interface ShpHeader {
  /** Shape type of every non-null record: 5, 15 or 25. */
  type: number;
  /** Length of the file [bytes] as its header declares it. */
  fileLength: number;
}

/** Reads the 100-byte header and refuses a file that is not a shapefile of polygons. */
export async function readShpHeader(reader: ByteReader): Promise<ShpHeader> {
  const part = reader.part;
  const head = await reader.read(100);
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
 * Reads record `index` (counted from 0, numbered from 1 in the file and in messages) at the reader's position, which
 * must be before `header.fileLength`: its geometry, or null for a Null shape or an empty polygon.
 */
export async function readShpRecord(
  reader: ByteReader,
  header: ShpHeader,
  index: number,
): Promise<SourceGeometry | null> {
  const label = reader.part.label;
  const end = header.fileLength;
  const truncated = (where: string) =>
    new ImportError(`${label} is truncated: it ends ${where}, its header declares ${end} bytes`);
  const at = reader.offset;
  const n = index + 1;
  const where = `${label} record ${n} (at byte ${at})`;
  const head = await reader.read(8);
  if (head.length === 0) throw truncated(`at byte ${at}, after record ${index}`);
  if (head.length < 8) throw truncated(`at byte ${reader.offset}, inside the header of record ${n}`);
  const length = head.readInt32BE(4) * 2;
  if (length < 4 || at + 8 + length > end) {
    const why = length < 4 ? 'too few for a shape type' : `past the ${end} bytes its header declares`;
    throw new ImportError(`${where} is corrupt: it declares ${length} bytes of content, ${why}`);
  }
  const content = await reader.read(length);
  if (content.length < length) throw truncated(`at byte ${reader.offset}, inside record ${n} (from byte ${at})`);
  const type = content.readInt32LE(0);
  if (type !== 0 && type !== header.type) {
    throw new ImportError(`${where} is corrupt: a ${shapeName(type)} shape in a ${shapeName(header.type)} file`);
  }
  return type === 0 ? null : polygonGeometry(content, where);
}
