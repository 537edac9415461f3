/**
 * Writes small uncompressed LAS 1.2 files (point format 0) for the tests: synthetic clouds of known roofs and trees
 * through the real import path, and files without a CRS. Written by hand from the ASPRS LAS 1.2 specification
 * (2008, tables 3–4, 7): a writer is what no maintained JavaScript LAS library offers (copc.js and laz-perf read).
 */

export interface LasPoint {
  x: number;
  y: number;
  z: number;
  classification: number;
}

export interface LasWriteOptions {
  /** EPSG code written as ProjectedCSTypeGeoKey (GeoKeyDirectory VLR); none when null. Default 2154. */
  epsg?: number | null;
  /** Creation date (day of year, year). */
  created?: { day: number; year: number };
}

const HEADER = 227;
const VLR_HEADER = 54;
const RECORD = 20;
const SCALE = 0.001;

function writeText(view: DataView, offset: number, text: string, length: number) {
  for (let i = 0; i < length; i++) view.setUint8(offset + i, i < text.length ? text.charCodeAt(i) : 0);
}

/** A LAS 1.2 file (point format 0) holding `points`, coordinates at millimetre resolution. */
export function writeLas(points: readonly LasPoint[], options: LasWriteOptions = {}): Uint8Array {
  return writeLasArrays(
    {
      count: points.length,
      x: Float64Array.from(points, (p) => p.x),
      y: Float64Array.from(points, (p) => p.y),
      z: Float64Array.from(points, (p) => p.z),
      classification: Uint8Array.from(points, (p) => p.classification),
    },
    options,
  );
}

/** The same from arrays (millions of points without an object each). */
export function writeLasArrays(
  points: { count: number; x: Float64Array; y: Float64Array; z: Float64Array; classification: Uint8Array },
  options: LasWriteOptions = {},
): Uint8Array {
  const epsg = options.epsg === undefined ? 2154 : options.epsg;
  const keys = epsg === null ? null : [1, 1, 0, 2, 1024, 0, 1, 1, 3072, 0, 1, epsg];
  const vlrLength = keys ? VLR_HEADER + keys.length * 2 : 0;
  const pointOffset = HEADER + vlrLength;
  const bytes = new Uint8Array(pointOffset + points.count * RECORD);
  const v = new DataView(bytes.buffer);
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  const axes = [points.x, points.y, points.z];
  for (let i = 0; i < points.count; i++) {
    for (let k = 0; k < 3; k++) {
      const c = axes[k]![i]!;
      if (c < min[k]!) min[k] = c;
      if (c > max[k]!) max[k] = c;
    }
  }
  const offset = min.map((m) => (Number.isFinite(m) ? Math.floor(m) : 0));
  writeText(v, 0, 'LASF', 4);
  v.setUint8(24, 1);
  v.setUint8(25, 2);
  writeText(v, 26, 'solar-cadastre tests', 32);
  writeText(v, 58, 'tests/lidar/lasWriter.ts', 32);
  v.setUint16(90, options.created?.day ?? 0, true);
  v.setUint16(92, options.created?.year ?? 0, true);
  v.setUint16(94, HEADER, true);
  v.setUint32(96, pointOffset, true);
  v.setUint32(100, keys ? 1 : 0, true);
  v.setUint8(104, 0);
  v.setUint16(105, RECORD, true);
  v.setUint32(107, points.count, true);
  v.setUint32(111, points.count, true);
  for (let k = 0; k < 3; k++) {
    v.setFloat64(131 + 8 * k, SCALE, true);
    v.setFloat64(155 + 8 * k, offset[k]!, true);
    v.setFloat64(179 + 16 * k, points.count ? max[k]! : 0, true);
    v.setFloat64(187 + 16 * k, points.count ? min[k]! : 0, true);
  }
  if (keys) {
    writeText(v, HEADER + 2, 'LASF_Projection', 16);
    v.setUint16(HEADER + 18, 34735, true);
    v.setUint16(HEADER + 20, keys.length * 2, true);
    writeText(v, HEADER + 22, 'GeoKeyDirectoryTag', 32);
    keys.forEach((k, i) => v.setUint16(HEADER + VLR_HEADER + 2 * i, k, true));
  }
  for (let i = 0; i < points.count; i++) {
    const o = pointOffset + i * RECORD;
    v.setInt32(o, Math.round((points.x[i]! - offset[0]!) / SCALE), true);
    v.setInt32(o + 4, Math.round((points.y[i]! - offset[1]!) / SCALE), true);
    v.setInt32(o + 8, Math.round((points.z[i]! - offset[2]!) / SCALE), true);
    v.setUint8(o + 14, 0b00001001); // return 1 of 1
    v.setUint8(o + 15, points.classification[i]! & 0x1f);
  }
  return bytes;
}
