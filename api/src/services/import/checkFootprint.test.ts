import { describe, expect, it } from 'vitest';
import { checkFootprint, MAX_FOOTPRINT_VERTICES } from './checkFootprint.js';

const ring = [
  [2.83, 50.43],
  [2.831, 50.43],
  [2.831, 50.431],
  [2.83, 50.431],
  [2.83, 50.43],
];

describe('checkFootprint', () => {
  it('accepts a polygon and returns a MultiPolygon', () => {
    const r = checkFootprint({ type: 'Polygon', coordinates: [ring] }, 4326);
    expect(r).toMatchObject({ ok: true, repairs: [], selfIntersecting: false, geometry: { type: 'MultiPolygon' } });
  });
  it('flags a bow-tie as self-intersecting for ST_MakeValid', () => {
    const bow = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(checkFootprint({ type: 'Polygon', coordinates: [bow] }, 4326)).toMatchObject({
      ok: true,
      selfIntersecting: true,
    });
  });
  it.each([
    [null, /no geometry/],
    [{ type: 'Point', coordinates: [1, 2] }, /Point is not a Polygon/],
    [{ type: 'Polygon', coordinates: [] }, /empty/],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      /fewer than 3 distinct/,
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            ['a', 1],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      /not a finite number/,
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [686000, 7037000],
            [686010, 7037000],
            [686010, 7037010],
            [686000, 7037000],
          ],
        ],
      },
      /not longitude\/latitude/,
    ],
  ])('rejects %j', (geometry, reason) => {
    const r = checkFootprint(geometry, 4326);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
  it(`rejects more than ${MAX_FOOTPRINT_VERTICES} vertices`, () => {
    const n = MAX_FOOTPRINT_VERTICES + 10;
    const circle = Array.from({ length: n }, (_, i) => [
      Math.cos((2 * Math.PI * i) / n),
      Math.sin((2 * Math.PI * i) / n),
    ]);
    circle.push(circle[0]!);
    const r = checkFootprint({ type: 'Polygon', coordinates: [circle] }, 2154);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/vertices/) });
  });
});
