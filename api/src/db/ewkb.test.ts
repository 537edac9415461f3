import { describe, expect, it } from 'vitest';
import { polygonFromEwkbHex, polygonsFromEwkbHex } from './ewkb';

describe('polygonFromEwkbHex', () => {
  it('reads a PolygonZ with SRID 4326 as PostgreSQL prints it (little-endian EWKB)', () => {
    // Built by hand: 01 | type 0xA0000003 (Z + SRID + polygon) | SRID 4326 | 1 ring | 4 points | x y z doubles.
    const doubles = [2.8, 50.4, 5, 2.9, 50.4, 5, 2.9, 50.5, 6, 2.8, 50.4, 5];
    const buffer = Buffer.alloc(1 + 4 + 4 + 4 + 4 + 8 * doubles.length);
    let o = buffer.writeUInt8(1, 0);
    o = buffer.writeUInt32LE(0xa0000003, o);
    o = buffer.writeUInt32LE(4326, o);
    o = buffer.writeUInt32LE(1, o);
    o = buffer.writeUInt32LE(4, o);
    for (const d of doubles) o = buffer.writeDoubleLE(d, o);
    const rings = polygonFromEwkbHex(buffer.toString('hex').toUpperCase());
    expect(rings).toEqual([
      [
        [2.8, 50.4, 5],
        [2.9, 50.4, 5],
        [2.9, 50.5, 6],
        [2.8, 50.4, 5],
      ],
    ]);
  });
  it('reads a big-endian 2D WKB polygon', () => {
    const doubles = [0, 0, 1, 0, 1, 1, 0, 0];
    const buffer = Buffer.alloc(1 + 4 + 4 + 4 + 8 * doubles.length);
    let o = buffer.writeUInt8(0, 0);
    o = buffer.writeUInt32BE(3, o);
    o = buffer.writeUInt32BE(1, o);
    o = buffer.writeUInt32BE(4, o);
    for (const d of doubles) o = buffer.writeDoubleBE(d, o);
    expect(polygonFromEwkbHex(buffer.toString('hex'))[0]![2]).toEqual([1, 1]);
  });
  it('refuses other geometries and non-hex input', () => {
    expect(() => polygonFromEwkbHex('0101000000000000000000F03F000000000000F03F')).toThrow(/not a polygon/);
    expect(() => polygonFromEwkbHex('zz')).toThrow(/hex/);
  });
});

describe('polygonsFromEwkbHex', () => {
  it('reads a MultiPolygon of two parts (each part with its own byte order and type)', () => {
    const part = (x: number) => {
      const doubles = [x, 0, x + 1, 0, x + 1, 1, x, 0];
      const b = Buffer.alloc(1 + 4 + 4 + 4 + 8 * doubles.length);
      let o = b.writeUInt8(1, 0);
      o = b.writeUInt32LE(3, o);
      o = b.writeUInt32LE(1, o);
      o = b.writeUInt32LE(4, o);
      for (const d of doubles) o = b.writeDoubleLE(d, o);
      return b;
    };
    const head = Buffer.alloc(1 + 4 + 4 + 4);
    let o = head.writeUInt8(1, 0);
    o = head.writeUInt32LE(0x20000006, o);
    o = head.writeUInt32LE(4326, o);
    head.writeUInt32LE(2, o);
    const hex = Buffer.concat([head, part(0), part(5)]).toString('hex');
    const parts = polygonsFromEwkbHex(hex);
    expect(parts).toHaveLength(2);
    expect(parts[1]![0]![1]).toEqual([6, 0]);
    expect(() => polygonFromEwkbHex(hex)).toThrow(/2 parts/);
  });
});
