import { describe, expect, it } from 'vitest';
import { ImportError } from './ImportError.js';
import { buildingShape, chooseGeometry, surfacesOf, type VertexTable } from './cityjsonGeometry.js';

const table = (points: number[][]): VertexTable => ({ coords: Float64Array.from(points.flat()), count: points.length });

/** Planar area of a closed 2D ring (shoelace), positive when anticlockwise [m²]. */
const area = (ring: number[][]) =>
  ring.slice(0, -1).reduce((s, p, i) => s + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0) / 2;

// A 10 m × 6 m box from z = 50 to z = 53, rings anticlockwise seen from outside (CityJSON's rule).
const BOX = table([
  [0, 0, 50],
  [10, 0, 50],
  [10, 6, 50],
  [0, 6, 50],
  [0, 0, 53],
  [10, 0, 53],
  [10, 6, 53],
  [0, 6, 53],
]);
const BOX_FACES = [[[3, 2, 1, 0]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]], [[4, 5, 6, 7]]];

describe('chooseGeometry', () => {
  it('takes the highest LoD up to 2.2, numbers or strings, among polyhedral types', () => {
    const geometries = [
      { type: 'MultiSurface', lod: '0' },
      { type: 'Solid', lod: '1.2' },
      { type: 'Solid', lod: '3.0' },
      { type: 'GeometryInstance', lod: '2.2' },
      { type: 'Solid', lod: 2.2 },
      { type: 'MultiSolid', lod: '2.2' },
    ];
    expect(chooseGeometry(geometries)).toMatchObject({ index: 4 });
  });
  it('gives the reason when none fits', () => {
    expect(chooseGeometry([{ type: 'Solid', lod: '3' }])).toMatch(/no Solid.*LoD ≤ 2.2 \(found: Solid LoD 3\)/);
  });
});

describe('surfacesOf', () => {
  it('walks a MultiSolid with semantics nested per solid and shell', () => {
    const geometry = {
      type: 'MultiSolid',
      boundaries: [[[[[0, 1, 2]], [[2, 3, 0]]]], [[[[4, 5, 6]]]]],
      semantics: { surfaces: [{ type: 'GroundSurface' }, { type: 'RoofSurface' }], values: [[[0, null]], [[1]]] },
    };
    const s = surfacesOf(geometry, 8, 'g');
    expect(s.map((x) => x.semantic)).toEqual(['GroundSurface', null, 'RoofSurface']);
    expect(s.map((x) => x.rings)).toEqual([[[0, 1, 2]], [[2, 3, 0]], [[4, 5, 6]]]);
  });
  it('refuses boundaries nested one level short for their type', () => {
    const run = () => surfacesOf({ type: 'Solid', boundaries: BOX_FACES }, 8, 'CityObjects["a"].geometry[0]');
    expect(run).toThrow(ImportError);
    expect(run).toThrow(
      'CityObjects["a"].geometry[0]: boundaries[0][0][0] should be a ring (an array of vertex indices), got a number (a Solid nests shells › surfaces › rings › vertex indices)',
    );
  });
  it('refuses a vertex index beyond the vertices', () => {
    expect(() => surfacesOf({ type: 'MultiSurface', boundaries: [[[0, 1, 8]]] }, 8, 'g')).toThrow(
      'g: boundaries[0][0][2] is vertex index 8, beyond the 8 vertices of "vertices"',
    );
  });
});

describe('buildingShape', () => {
  it('uses the bottom face of an LoD1 block without semantics', () => {
    const r = buildingShape([{ type: 'Solid', lod: '1.2', boundaries: [BOX_FACES] }], BOX, 'b');
    expect(r).toMatchObject({ ok: true, lod: '1.2', groundZ: 50, maxZ: 53 });
    if (!r.ok) return;
    expect(r.footprint.coordinates).toEqual([
      [
        [
          [0, 0],
          [10, 0],
          [10, 6],
          [0, 6],
          [0, 0],
        ],
      ],
    ]);
    expect(r.roofSurfaces).toBeUndefined();
  });
  it('merges a ground surface split in two triangles into one polygon', () => {
    const geometry = {
      type: 'MultiSurface',
      lod: '2.2',
      boundaries: [[[0, 2, 1]], [[0, 3, 2]], [[4, 5, 6, 7]]],
      semantics: { surfaces: [{ type: 'GroundSurface' }, { type: 'RoofSurface' }], values: [0, 0, 1] },
    };
    const r = buildingShape([geometry], BOX, 'b');
    if (!r.ok) throw new Error(r.reason);
    expect(r.footprint.coordinates).toHaveLength(1);
    expect(r.footprint.coordinates[0]).toHaveLength(1);
    expect(area(r.footprint.coordinates[0]![0]!)).toBeCloseTo(60, 9);
    expect(r.roofSurfaces).toEqual([
      [
        [
          [0, 0, 3],
          [10, 0, 3],
          [10, 6, 3],
          [0, 6, 3],
          [0, 0, 3],
        ],
      ],
    ]);
  });
  it('projects the faces of a roof-only MultiSurface and finds its roofs by their normals', () => {
    // a gable roof alone: eaves at z = 3 along y = 0 and y = 6, ridge at z = 5 along y = 3
    const v = table([
      [0, 0, 3],
      [10, 0, 3],
      [10, 3, 5],
      [0, 3, 5],
      [10, 6, 3],
      [0, 6, 3],
    ]);
    const r = buildingShape([{ type: 'MultiSurface', lod: 2, boundaries: [[[0, 1, 2, 3]], [[4, 5, 3, 2]]] }], v, 'b');
    if (!r.ok) throw new Error(r.reason);
    expect(r.groundZ).toBe(3);
    expect(area(r.footprint.coordinates[0]![0]!)).toBeCloseTo(60, 9);
    expect(r.roofSurfaces?.map((p) => p[0]!.map((q) => q[2]))).toEqual([
      [0, 0, 2, 2, 0],
      [0, 0, 2, 2, 0],
    ]);
  });
  it('replaces a ground surface that collapsed to a sliver by the projection of the faces', () => {
    // the box's floor labelled GroundSurface but drawn as a 10 m × 1 cm sliver: 0.1 m² under a 60 m² roof
    const v = table([...Array.from({ length: 8 }, (_, i) => [...BOX.coords.slice(i * 3, i * 3 + 3)]), [0, 0.01, 50]]);
    const geometry = {
      type: 'MultiSurface',
      lod: '2.2',
      boundaries: [[[8, 1, 0]], [[0, 1, 5, 4]], [[4, 5, 6, 7]]],
      semantics: {
        surfaces: [{ type: 'GroundSurface' }, { type: 'WallSurface' }, { type: 'RoofSurface' }],
        values: [0, 1, 2],
      },
    };
    const r = buildingShape([geometry], v, 'b');
    if (!r.ok) throw new Error(r.reason);
    expect(r.footprintFrom).toBe('projection of the faces');
    expect(area(r.footprint.coordinates[0]![0]!)).toBeCloseTo(60, 6);
  });
  it('takes the faces looking down when the floor follows a slope and has no label', () => {
    // the box's floor tilted: 50 m at x = 0, 50.5 m at x = 10 (not horizontal, not at the lowest z everywhere)
    const v = table([
      [0, 0, 50],
      [10, 0, 50.5],
      [10, 6, 50.5],
      [0, 6, 50],
      [0, 0, 53],
      [10, 0, 53],
      [10, 6, 53],
      [0, 6, 53],
    ]);
    const r = buildingShape([{ type: 'Solid', lod: '1.2', boundaries: [BOX_FACES] }], v, 'b');
    if (!r.ok) throw new Error(r.reason);
    expect(r.footprintFrom).toBe('bottom faces');
    expect(area(r.footprint.coordinates[0]![0]!)).toBeCloseTo(60, 6);
  });
  it('says why when only walls are left', () => {
    const r = buildingShape([{ type: 'MultiSurface', lod: '2.2', boundaries: [[[0, 1, 5, 4]]] }], BOX, 'b');
    expect(r).toEqual({
      ok: false,
      reason: 'b.geometry[0] has no ground surface, no bottom face and no non-vertical face to project',
    });
  });
});
