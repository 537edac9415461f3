import { Las } from 'copc';
import { createLazPerf, type LazPerf } from 'laz-perf';
import type { PointSet } from '../../../engine/lidar/types.js';
import { ImportError } from './ImportError.js';
import type { DeclaredCrs } from './types.js';

/*
 * LAS/LAZ point clouds (ASPRS LAS 1.2–1.4, LAZ, COPC — a COPC file is a LAZ 1.4 file whose chunks are ordered as an
 * octree, so it reads as one). The header and VLRs are parsed by copc.js (Hobu, MIT), the points decompressed by
 * laz-perf (Hobu's C++ LASzip port compiled to WASM, Apache-2.0): the two maintained JavaScript readers of LAZ 1.4
 * (point formats 6–8, what IGN LiDAR HD delivers). copc's own whole-file decompression allocates every point of a
 * tile at once; here the points are decoded one by one from laz-perf into batches of typed arrays, so that memory
 * stays flat beyond the compressed file itself.
 */

/** What a point cloud's header says, for the coverage table and the report. */
export interface PointCloudInfo {
  /** "1.4" etc. */
  version: string;
  /** ASPRS point data record format (0–10). */
  pointFormat: number;
  pointCount: number;
  compressed: boolean;
  /** Bounds of the points in the file's CRS [m], altitude [m]. */
  min: [number, number, number];
  max: [number, number, number];
  /** The CRS the file declares (OGC WKT VLR, or the GeoTIFF keys VLR), null when none. */
  crs: DeclaredCrs | null;
  /** File creation date from the header (day of year and year), null when the header leaves it 0. */
  created: string | null;
  generatingSoftware: string;
}

/** The parsed header and a reader of its points in batches. */
export interface PointCloud {
  info: PointCloudInfo;
  /**
   * Streams the points in batches of at most `batchSize`, x and y minus `origin` [m]; withheld points are skipped.
   * Each batch's arrays are new (the caller may keep them).
   */
  batches(origin: [number, number], batchSize?: number): AsyncGenerator<PointSet>;
}

const MIN_HEADER_BYTES = 227;

let lazPerf: Promise<LazPerf> | undefined;
function getLazPerf(): Promise<LazPerf> {
  if (!lazPerf) lazPerf = createLazPerf() as Promise<LazPerf>;
  return lazPerf;
}

function creationDate(day: number, year: number): string | null {
  if (!year || !day || day > 366) return null;
  const d = new Date(Date.UTC(year, 0, day));
  return d.toISOString().slice(0, 10);
}

/** The CRS a LAS file declares: the OGC WKT VLR (LAS 1.4 R15 §2.5) first, else ProjectedCSTypeGeoKey (3072). */
function declaredCrs(bytes: Uint8Array, vlrs: Las.Vlr[]): DeclaredCrs | null {
  const content = (v: Las.Vlr) => bytes.subarray(v.contentOffset, v.contentOffset + v.contentLength);
  const wktVlr = Las.Vlr.find(vlrs, 'LASF_Projection', 2112);
  if (wktVlr) {
    const wkt = new TextDecoder().decode(content(wktVlr)).replace(/\0+$/, '').trim();
    if (wkt) return { wkt, text: wkt.slice(0, 80), from: 'OGC WKT VLR' };
  }
  const keys = Las.Vlr.find(vlrs, 'LASF_Projection', 34735);
  if (keys) {
    const c = content(keys);
    const dv = new DataView(c.buffer, c.byteOffset, c.byteLength);
    const count = dv.getUint16(6, true);
    for (let k = 0; k < count && 8 + 8 * k + 8 <= c.byteLength; k++) {
      const id = dv.getUint16(8 + 8 * k, true);
      const location = dv.getUint16(10 + 8 * k, true);
      const value = dv.getUint16(14 + 8 * k, true);
      if ((id === 3072 || id === 2048) && location === 0 && value > 0 && value < 32767) {
        return { epsg: value, text: `EPSG:${value}`, from: 'GeoTIFF keys VLR' };
      }
    }
  }
  return null;
}

/**
 * Opens a LAS/LAZ/COPC file held in memory. Throws ImportError when it is not LAS, is a version this reader does
 * not know, or is cut short (the point records or the LAZ chunk table lie beyond its end).
 */
export async function openPointCloud(bytes: Uint8Array, name: string): Promise<PointCloud> {
  if (bytes.byteLength < MIN_HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 4)) !== 'LASF') {
    throw new ImportError(`${name}: not a LAS/LAZ file (no "LASF" signature)`);
  }
  const major = bytes[24]!;
  const minor = bytes[25]!;
  if (major !== 1 || minor < 2 || minor > 4) {
    throw new ImportError(`${name}: LAS ${major}.${minor} is not supported (LAS 1.2–1.4 are)`);
  }
  // copc.js parses 1.2 and 1.4; a 1.3 header is a 1.2 header plus the waveform offset, which points do not need.
  // (copc.js wants the 375 bytes of a 1.4 header even for a 1.2 one: a tiny file is padded with zeros.)
  const headerBytes = new Uint8Array(375);
  headerBytes.set(bytes.subarray(0, Math.min(bytes.byteLength, 375)));
  if (minor === 3) headerBytes[25] = 2;
  let header: Las.Header;
  try {
    header = Las.Header.parse(headerBytes);
  } catch (error) {
    throw new ImportError(`${name}: unreadable LAS header (${(error as Error).message})`);
  }
  const compressed = (bytes[104]! & 0x80) !== 0 || (bytes[104]! & 0x40) !== 0;
  const format = header.pointDataRecordFormat;
  if (format > 10) throw new ImportError(`${name}: point data record format ${format} is not a LAS format`);
  if (header.pointDataOffset > bytes.byteLength) {
    throw new ImportError(`${name}: the file is cut short (its points start at byte ${header.pointDataOffset})`);
  }
  let vlrs: Las.Vlr[];
  try {
    vlrs = await Las.Vlr.walk((begin, end) => {
      if (end > bytes.byteLength) throw new Error(`bytes ${begin}–${end} lie beyond the end of the file`);
      return Promise.resolve(bytes.subarray(begin, end));
    }, header);
  } catch (error) {
    throw new ImportError(`${name}: cannot read its variable-length records (${(error as Error).message})`);
  }
  if (compressed) {
    if (!Las.Vlr.find(vlrs, 'laszip encoded', 22204)) {
      throw new ImportError(`${name}: marked compressed but has no LASzip VLR`);
    }
    // LAZ: the 8 bytes at the start of the point data give the offset of the chunk table, written last.
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (header.pointDataOffset + 8 > bytes.byteLength) throw new ImportError(`${name}: the file is cut short`);
    const table = Number(dv.getBigInt64(header.pointDataOffset, true));
    if (table !== -1 && (table <= header.pointDataOffset || table + 8 > bytes.byteLength)) {
      throw new ImportError(
        `${name}: the file is cut short (its LAZ chunk table at byte ${table} lies beyond its ${bytes.byteLength} bytes)`,
      );
    }
  } else if (header.pointDataOffset + header.pointCount * header.pointDataRecordLength > bytes.byteLength) {
    throw new ImportError(
      `${name}: the file is cut short (${header.pointCount} points of ${header.pointDataRecordLength} bytes do not fit)`,
    );
  }
  const info: PointCloudInfo = {
    version: `${major}.${minor}`,
    pointFormat: format,
    pointCount: header.pointCount,
    compressed,
    min: [...header.min],
    max: [...header.max],
    crs: declaredCrs(bytes, vlrs),
    created: creationDate(header.fileCreationDayOfYear, header.fileCreationYear),
    generatingSoftware: header.generatingSoftware,
  };
  return { info, batches: (origin, batchSize) => readBatches(bytes, name, header, compressed, origin, batchSize) };
}

/** Byte offset of the classification and withheld flag: formats 0–5 pack them in byte 15, formats 6–10 split them. */
function classLayout(format: number): { classByte: number; mask: number; withheldByte: number; withheldBit: number } {
  return format >= 6
    ? { classByte: 16, mask: 0xff, withheldByte: 15, withheldBit: 0x04 }
    : { classByte: 15, mask: 0x1f, withheldByte: 15, withheldBit: 0x80 };
}

async function* readBatches(
  bytes: Uint8Array,
  name: string,
  header: Las.Header,
  compressed: boolean,
  origin: [number, number],
  batchSize = 1 << 20,
): AsyncGenerator<PointSet> {
  const { pointCount, pointDataRecordLength: length, scale, offset } = header;
  const layout = classLayout(header.pointDataRecordFormat);
  const ox = offset[0] - origin[0];
  const oy = offset[1] - origin[1];
  let next: (i: number) => DataView;
  let release = () => {};
  if (compressed) {
    const lp = await getLazPerf();
    const file = lp._malloc(bytes.byteLength);
    const point = lp._malloc(length);
    const reader = new lp.LASZip();
    release = () => {
      reader.delete();
      lp._free(file);
      lp._free(point);
    };
    try {
      lp.HEAPU8.set(bytes, file);
      reader.open(file, bytes.byteLength);
    } catch (error) {
      release();
      throw new ImportError(`${name}: corrupt LAZ data (${String(error)})`);
    }
    next = () => {
      reader.getPoint(point);
      return new DataView(lp.HEAPU8.buffer, point, length);
    };
  } else {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    next = (i) => new DataView(dv.buffer, dv.byteOffset + header.pointDataOffset + i * length, length);
  }
  try {
    let i = 0;
    while (i < pointCount) {
      const size = Math.min(batchSize, pointCount - i);
      const x = new Float64Array(size);
      const y = new Float64Array(size);
      const z = new Float64Array(size);
      const classification = new Uint8Array(size);
      let n = 0;
      for (let k = 0; k < size; k++, i++) {
        let p: DataView;
        try {
          p = next(i);
        } catch (error) {
          throw new ImportError(`${name}: corrupt LAZ data at point ${i} (${String(error)})`);
        }
        if (p.getUint8(layout.withheldByte) & layout.withheldBit) continue;
        x[n] = p.getInt32(0, true) * scale[0] + ox;
        y[n] = p.getInt32(4, true) * scale[1] + oy;
        z[n] = p.getInt32(8, true) * scale[2] + offset[2];
        classification[n] = p.getUint8(layout.classByte) & layout.mask;
        n++;
      }
      yield { count: n, x, y, z, classification };
    }
  } finally {
    release();
  }
}
