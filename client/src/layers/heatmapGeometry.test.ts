import { describe, expect, it } from 'vitest';
import { roofFaces } from '../../../engine/roof/roofFaces';
import type { Vec3 } from '../../../engine/geo/types';
import { boundaryEdges, buildHeatmapBuilding, directedEdges, emitFace, type PlacedFace } from './heatmapGeometry';
import type { TexturedSink } from './texturedBuffer';
import type { Xyz } from './triangles';

interface Tri {
  a: Xyz;
  b: Xyz;
  c: Xyz;
  normal: Xyz;
  uv: number[];
}

function collector(): TexturedSink & { tris: Tri[] } {
  const tris: Tri[] = [];
  return {
    tris,
    triangle: (a, b, c, normal, ua, ub, uc) => tris.push({ a, b, c, normal, uv: [...ua, ...ub, ...uc] }),
  };
}

/** (b − a) × (c − a) in three.js axes. */
function crossOf({ a, b, c }: Tri): Xyz {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  return [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
}
const area = (t: Tri) => Math.hypot(...crossOf(t)) / 2;
const dot = (a: Xyz, b: Xyz) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The engine's gable over a 10 × 6 m footprint, ridge east–west, 45°, 9 m: rise 3 m, eaves at 6 m. */
function gable(x = 0): PlacedFace[] {
  const footprint: [number, number][] = [
    [x, 0],
    [x + 10, 0],
    [x + 10, 6],
    [x, 6],
    [x, 0],
  ];
  const { faces } = roofFaces({
    footprint: [[footprint]],
    height_m: 9,
    roof_shape: 'gable',
    roof_pitch_deg: 45,
    roof_direction_deg: null,
    ridge_azimuth_deg: 90,
    typology: 'house',
    levels: 2,
  });
  return faces.map((f) => ({ ring: f.ring, normal: f.normal, uv: f.ring.map(() => [0.5, 0.5] as const) }));
}

describe('heatmap geometry', () => {
  it('draws each roof face with triangles facing up and covering its area', () => {
    const sink = collector();
    const [south] = gable();
    expect(emitFace(south!, sink)).toBe(2);
    for (const t of sink.tris) expect(dot(crossOf(t), t.normal)).toBeGreaterThan(0);
    // 10 m × (3 m / sin 45°) of slope.
    expect(sink.tris.reduce((s, t) => s + area(t), 0)).toBeCloseTo(10 * 3 * Math.SQRT2, 6);
  });

  it('triangulates a concave face', () => {
    const ring: Vec3[] = [
      [0, 0, 5],
      [4, 0, 5],
      [4, 1, 5],
      [1, 1, 5],
      [1, 4, 5],
      [0, 4, 5],
      [0, 0, 5],
    ];
    const sink = collector();
    emitFace({ ring, normal: [0, 0, 1], uv: ring.map(() => [0, 0] as const) }, sink);
    expect(sink.tris.reduce((s, t) => s + area(t), 0)).toBeCloseTo(7, 9);
  });

  it('finds the outline of a gable: eaves and gable ends, not the shared ridge', () => {
    const edges = boundaryEdges(gable().map((f) => f.ring));
    expect(edges).toHaveLength(6);
    expect(edges.every(([p, q]) => !(p[2] === 9 && q[2] === 9))).toBe(true);
  });

  it('closes the building with outward walls down to the ground', () => {
    const roofs = collector();
    const sink = collector();
    const counts = buildHeatmapBuilding(gable(), [200, 190, 180], roofs, sink);
    expect(counts).toEqual({ roofTriangles: 4, wallTriangles: 12 });
    expect(roofs.tris).toHaveLength(4);
    const walls = sink.tris;
    for (const t of walls) {
      expect(dot(crossOf(t), t.normal)).toBeGreaterThan(0);
      // Outward: the wall's normal points away from the footprint's centre (5, 3) → three.js (5, ·, −3).
      const mid = [(t.a[0] + t.b[0] + t.c[0]) / 3, (t.a[2] + t.b[2] + t.c[2]) / 3];
      expect((mid[0]! - 5) * t.normal[0] + (mid[1]! + 3) * t.normal[2]).toBeGreaterThan(0);
    }
    // Walls: 2 × (10 m × 6 m eaves) + 2 gable ends of 6 m × 6 m plus a 3 m-high triangle.
    expect(walls.reduce((s, t) => s + area(t), 0)).toBeCloseTo(2 * 60 + 2 * (36 + 9), 6);
  });

  it('leaves out the party wall between two attached houses drawn together', () => {
    const left = gable(0);
    const right = gable(10);
    const shared = directedEdges([...left, ...right].map((f) => f.ring));
    const alone = boundaryEdges(left.map((f) => f.ring));
    const attached = boundaryEdges(
      left.map((f) => f.ring),
      shared,
    );
    // The east gable end (two sloped edges at x = 10) is shared with the neighbour's west end.
    expect(alone).toHaveLength(6);
    expect(attached).toHaveLength(4);
    expect(attached.every(([p, q]) => !(p[0] === 10 && q[0] === 10))).toBe(true);
  });
});
