import { describe, expect, it } from 'vitest';
import { encodeWkb, type WkbEncodeOptions } from '../../../tests/import/writers/geopackage.js';
import { decodeWkbPolygonal, WkbError } from './wkb.js';

// Doubles as IEEE 754 big-endian hex, written by hand: 0 → 0…0, 1 → 3FF0…, 2 → 4000…, 10 → 4024….
const D0 = '0000000000000000';
const D1 = '3FF0000000000000';
const D2 = '4000000000000000';
const D10 = '4024000000000000';
const le = (hexBE: string) => hexBE.match(/../g)!.reverse().join('');
const hex = (...parts: string[]) => Buffer.from(parts.join('').replace(/\s/g, ''), 'hex');

/** POLYGON((0 0, 1 0, 1 1, 0 0)), positions as big-endian hex doubles. */
const TRIANGLE = [
  [D0, D0],
  [D1, D0],
  [D1, D1],
  [D0, D0],
];
const TRIANGLE_XY = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('decodeWkbPolygonal on hand-written bytes', () => {
  it('reads a little-endian 2D Polygon (type 3)', () => {
    const body = TRIANGLE.map(([x, y]) => le(x!) + le(y!)).join('');
    const g = decodeWkbPolygonal(hex('01', '03000000', '01000000', '04000000', body));
    expect(g).toEqual({ type: 'Polygon', coordinates: [TRIANGLE_XY] });
  });

  it('reads a big-endian 2D Polygon', () => {
    const body = TRIANGLE.map(([x, y]) => x! + y!).join('');
    const g = decodeWkbPolygonal(hex('00', '00000003', '00000001', '00000004', body));
    expect(g).toEqual({ type: 'Polygon', coordinates: [TRIANGLE_XY] });
  });

  it('reads an ISO Polygon Z (1003 = 0x3EB) and drops z', () => {
    const body = TRIANGLE.map(([x, y]) => le(x!) + le(y!) + le(D10)).join('');
    const g = decodeWkbPolygonal(hex('01', 'EB030000', '01000000', '04000000', body));
    expect(g).toEqual({ type: 'Polygon', coordinates: [TRIANGLE_XY] });
  });

  it('reads an EWKB Polygon Z with SRID 2154 (0xA0000003, SRID 0x86A)', () => {
    const body = TRIANGLE.map(([x, y]) => le(x!) + le(y!) + le(D10)).join('');
    const g = decodeWkbPolygonal(hex('01', '030000A0', '6A080000', '01000000', '04000000', body));
    expect(g).toEqual({ type: 'Polygon', coordinates: [TRIANGLE_XY] });
  });

  it('reads a big-endian MultiPolygon whose one part is little-endian', () => {
    const part = hex('01', '03000000', '01000000', '04000000', TRIANGLE.map(([x, y]) => le(x!) + le(y!)).join(''));
    const g = decodeWkbPolygonal(Buffer.concat([hex('00', '00000006', '00000001'), part]));
    expect(g).toEqual({ type: 'MultiPolygon', coordinates: [[TRIANGLE_XY]] });
  });

  it('starts at an offset (after a GeoPackage header)', () => {
    const body = TRIANGLE.map(([x, y]) => x! + y!).join('');
    const g = decodeWkbPolygonal(hex('FFFFFFFF', '00', '00000003', '00000001', '00000004', body), 4);
    expect(g).toEqual({ type: 'Polygon', coordinates: [TRIANGLE_XY] });
  });

  it('refuses a Point (type 1) naming the type', () => {
    expect(() => decodeWkbPolygonal(hex('01', '01000000', le(D1), le(D2)))).toThrow(
      new WkbError('geometry type Point is not a Polygon or MultiPolygon'),
    );
  });

  it('gives null for a Polygon with no ring and a MultiPolygon with no part', () => {
    expect(decodeWkbPolygonal(hex('01', '03000000', '00000000'))).toBeNull();
    expect(decodeWkbPolygonal(hex('00', '00000006', '00000000'))).toBeNull();
  });

  it('refuses a bad byte order, an unknown type code and trailing bytes', () => {
    expect(() => decodeWkbPolygonal(hex('02', '03000000', '00000000'))).toThrow(/byte order 2 at byte 0/);
    expect(() => decodeWkbPolygonal(hex('01', '63000000', '00000000'))).toThrow(/unknown WKB geometry type code 99/);
    expect(() => decodeWkbPolygonal(hex('01', '03100000', '00000000'))).toThrow(/unknown WKB geometry type code 4099/);
    expect(() => decodeWkbPolygonal(hex('01', '03000010', '00000000'))).toThrow(/unknown WKB geometry type code 0x/);
    expect(() => decodeWkbPolygonal(hex('01', '03000000', '00000000', 'AA'))).toThrow(/1 unexpected bytes/);
  });

  it('refuses a ring count larger than the blob without allocating it', () => {
    expect(() => decodeWkbPolygonal(hex('01', '03000000', 'FFFFFFFF', '04000000'))).toThrow(
      /cut short at byte 5: 4294967295 rings need at least/,
    );
  });
});

const SQUARE_HOLE = [
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
  [
    [2, 2],
    [2, 4],
    [4, 4],
    [4, 2],
    [2, 2],
  ],
];
const SECOND = [
  [
    [20, 0],
    [22, 0],
    [22, 2],
    [20, 0],
  ],
];

/** Adds the extra ordinates of `dims` to 2D rings: z = 100 + i, m = 500 + i. */
function withDims(rings: number[][][], dims: WkbEncodeOptions['dims']): number[][][] {
  return rings.map((r) =>
    r.map(([x, y], i) => {
      const p = [x!, y!];
      if (dims?.includes('z')) p.push(100 + i);
      if (dims?.includes('m')) p.push(500 + i);
      return p;
    }),
  );
}

describe('decodeWkbPolygonal on encoded variants', () => {
  const variants: WkbEncodeOptions[] = [];
  for (const byteOrder of ['little', 'big'] as const) {
    for (const dims of ['xy', 'xyz', 'xym', 'xyzm'] as const) {
      for (const typeCodes of ['iso', 'ewkb'] as const) variants.push({ byteOrder, dims, typeCodes });
    }
  }
  variants.push({ byteOrder: 'big', dims: 'xyz', typeCodes: 'ewkb', ewkbSrid: 2154 });

  it.each(variants)('reads a MultiPolygon with a hole, %o', (options) => {
    const coords = [withDims(SQUARE_HOLE, options.dims), withDims(SECOND, options.dims)];
    const g = decodeWkbPolygonal(encodeWkb({ type: 'MultiPolygon', coordinates: coords }, options));
    expect(g).toEqual({ type: 'MultiPolygon', coordinates: [SQUARE_HOLE, SECOND] });
  });

  it.each(variants)('reads a Polygon with a hole, %o', (options) => {
    const g = decodeWkbPolygonal(
      encodeWkb({ type: 'Polygon', coordinates: withDims(SQUARE_HOLE, options.dims) }, options),
    );
    expect(g).toEqual({ type: 'Polygon', coordinates: SQUARE_HOLE });
  });

  it('turns a GeometryCollection of polygons into a MultiPolygon', () => {
    const wkb = encodeWkb({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', coordinates: SQUARE_HOLE },
        { type: 'MultiPolygon', coordinates: [SECOND] },
      ],
    });
    expect(decodeWkbPolygonal(wkb)).toEqual({ type: 'MultiPolygon', coordinates: [SQUARE_HOLE, SECOND] });
  });

  it('refuses a GeometryCollection holding a LineString', () => {
    const wkb = encodeWkb({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', coordinates: SQUARE_HOLE },
        { type: 'LineString', coordinates: SECOND[0]! },
      ],
    });
    expect(() => decodeWkbPolygonal(wkb)).toThrow('geometry type LineString is not a Polygon or MultiPolygon');
  });

  it('refuses a LineString inside a MultiPolygon', () => {
    const line = encodeWkb({ type: 'LineString', coordinates: SECOND[0]! });
    const wkb = Buffer.concat([hex('01', '06000000', '01000000'), line]);
    expect(() => decodeWkbPolygonal(wkb)).toThrow('MultiPolygon part 0 at byte 9 is a LineString, not a Polygon');
  });

  it('throws WkbError "cut short" for every truncation of a blob', () => {
    const wkb = encodeWkb(
      { type: 'MultiPolygon', coordinates: [withDims(SQUARE_HOLE, 'xyz'), withDims(SECOND, 'xyz')] },
      { dims: 'xyz', byteOrder: 'big' },
    );
    for (let n = 0; n < wkb.length; n++) {
      let caught: unknown = null;
      try {
        decodeWkbPolygonal(wkb.subarray(0, n));
      } catch (error) {
        caught = error;
      }
      expect(caught, `prefix of ${n} bytes`).toBeInstanceOf(WkbError);
      expect((caught as Error).message).toMatch(/cut short at byte \d+/);
    }
  });

  it('refuses collections nested too deep', () => {
    let g: Parameters<typeof encodeWkb>[0] = { type: 'Polygon', coordinates: SECOND };
    for (let i = 0; i < 40; i++) g = { type: 'GeometryCollection', geometries: [g] };
    expect(() => decodeWkbPolygonal(encodeWkb(g))).toThrow(/nested deeper than 16/);
  });
});
