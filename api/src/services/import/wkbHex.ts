/**
 * Hex WKB (little-endian, ISO codes) of a MultiPolygon, 2D or with z (type 1006) — the cheapest form for PostGIS to
 * read (ST_GeomFromWKB) and for COPY to carry.
 */
export function multiPolygonWkbHex(polygons: readonly (readonly (readonly number[])[])[][], withZ = false): string {
  const dims = withZ ? 3 : 2;
  let size = 9;
  for (const rings of polygons) {
    size += 9;
    for (const ring of rings) size += 4 + ring.length * dims * 8;
  }
  const buf = Buffer.allocUnsafe(size);
  let o = 0;
  const header = (type: number, count: number) => {
    buf.writeUInt8(1, o);
    buf.writeUInt32LE(type, o + 1);
    buf.writeUInt32LE(count, o + 5);
    o += 9;
  };
  header(withZ ? 1006 : 6, polygons.length);
  for (const rings of polygons) {
    header(withZ ? 1003 : 3, rings.length);
    for (const ring of rings) {
      buf.writeUInt32LE(ring.length, o);
      o += 4;
      for (const p of ring) {
        buf.writeDoubleLE(p[0]!, o);
        buf.writeDoubleLE(p[1]!, o + 8);
        if (withZ) buf.writeDoubleLE(p[2] ?? 0, o + 16);
        o += dims * 8;
      }
    }
  }
  return buf.toString('hex');
}
