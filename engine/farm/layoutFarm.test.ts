import { describe, expect, it } from 'vitest';
import { pointInRing } from '../geo/pointInRing';
import { segmentsIntersect } from '../geo/segmentsIntersect';
import type { LocalPoint } from '../geo/types';
import { layoutFarm } from '../../tests/engine/fixtures';
import { pointSegmentDistance } from './segmentDistance';
import type { FarmLayout, Ring } from './types';

const square = (side: number): Ring => [
  [0, 0],
  [side, 0],
  [side, side],
  [0, side],
];
// An L-shaped (concave) site of 400 × 400 m minus its north-east 200 × 200 m quarter, and a pond inside.
const lShape: Ring = [
  [0, 0],
  [400, 0],
  [400, 200],
  [200, 200],
  [200, 400],
  [0, 400],
];
const pond: Ring = [
  [60, 60],
  [140, 70],
  [150, 150],
  [70, 140],
];

const edges = (ring: readonly LocalPoint[]) => ring.map((a, i) => [a, ring[(i + 1) % ring.length]!] as const);

/** Independent geometric check of every row footprint (not the engine's own tableFits). */
function checkPlacement(layout: FarmLayout, site: Ring, exclusions: Ring[], setback: number): void {
  for (const row of layout.rows) {
    const corners = row.corners as LocalPoint[];
    for (const c of corners) {
      expect(pointInRing(c, site)).toBe(true);
      for (const [a, b] of edges(site)) expect(pointSegmentDistance(c, a, b)).toBeGreaterThanOrEqual(setback - 1e-9);
      for (const x of exclusions) expect(pointInRing(c, x)).toBe(false);
    }
    // A site vertex may poke towards a row edge between corners: its distance to the footprint counts too.
    for (const v of site) {
      for (const [a, b] of edges(corners)) expect(pointSegmentDistance(v, a, b)).toBeGreaterThanOrEqual(setback - 1e-9);
    }
    for (const x of exclusions) {
      for (const v of x) expect(pointInRing(v, corners)).toBe(false);
      for (const [a, b] of edges(corners))
        for (const [c, d] of edges(x)) expect(segmentsIntersect(a, b, c, d)).toBe(false);
    }
  }
}

describe('layoutFarm', () => {
  it('honours the GCR: slant / pitch within 1 %, measured on the rows themselves', () => {
    for (const gcr of [0.3, 0.4, 0.55]) {
      const layout = layoutFarm(square(300), [], 50.44, { pitch: { kind: 'gcr', gcr }, road_every_rows: 1000 });
      // 2P of 2.278 m modules: slant = 2 × 2.278 + 0.02 = 4.576 m (hand computation).
      expect(layout.slant_height_m).toBeCloseTo(4.576, 10);
      expect(Math.abs(layout.gcr / gcr - 1)).toBeLessThan(0.01);
      // Front edges of rows 0 and 1 (south-facing: the front edge is the southern one, min y).
      const front = (k: number) => Math.min(...layout.rows.find((r) => r.index === k)!.corners.map((c) => c[1]));
      const measured = front(1) - front(0);
      expect(Math.abs(layout.slant_height_m / measured / gcr - 1)).toBeLessThan(0.01);
    }
  });

  it('puts no table outside the site, inside the setback or inside an exclusion (concave site, pond)', () => {
    const setback = 12;
    const layout = layoutFarm(lShape, [pond], 50.44, { setback_m: setback, pitch: { kind: 'gcr', gcr: 0.45 } });
    expect(layout.modules).toBeGreaterThan(1000);
    checkPlacement(layout, lShape, [pond], setback);
    // Without the pond, more modules fit (the pond really removed some).
    expect(
      layoutFarm(lShape, [], 50.44, { setback_m: setback, pitch: { kind: 'gcr', gcr: 0.45 } }).modules,
    ).toBeGreaterThan(layout.modules);
  });

  it('keeps the rules for rows turned south-west and 3-landscape tables', () => {
    const layout = layoutFarm(lShape, [pond], 50.44, { azimuth_deg: 225, table: '3L', setback_m: 5 });
    // 3L: slant = 3 × 1.134 + 2 × 0.02 = 3.442 m; 8 columns of 2.278 m → 24 modules a table.
    expect(layout.slant_height_m).toBeCloseTo(3.442, 10);
    expect(layout.rows.every((r) => r.modules === r.tables * 24)).toBe(true);
    checkPlacement(layout, lShape, [pond], 5);
  });

  it('counts modules, kWp, areas and roads consistently', () => {
    const layout = layoutFarm(square(300), [], 50.44, { road_every_rows: 5, road_width_m: 6 });
    expect(layout.modules).toBe(layout.rows.reduce((s, r) => s + r.modules, 0));
    expect(layout.kwp).toBeCloseTo((layout.modules * 540) / 1000, 9);
    expect(layout.site_area_m2).toBeCloseTo(90_000, 6);
    // Buildable: (300 − 2 × 10)² = 78,400 m², estimated on a grid: within 2 %.
    expect(Math.abs(layout.buildable_area_m2 / 78_400 - 1)).toBeLessThan(0.02);
    const front = (k: number) => Math.min(...layout.rows.find((r) => r.index === k)!.corners.map((c) => c[1]));
    // A 6 m road between rows 4 and 5: that gap is one pitch + 6 m.
    expect(front(5) - front(4)).toBeCloseTo(layout.pitch_m + 6, 6);
    const g = layout.shading;
    expect(g.open_modules + g.inner_modules + g.after_road_modules).toBeCloseTo(layout.modules, 6);
    expect(g.after_road_modules).toBeGreaterThan(0);
  });

  it('returns an empty layout when the exclusions cover everything', () => {
    const layout = layoutFarm(
      square(100),
      [square(100).map(([x, y]) => [x * 1.2 - 10, y * 1.2 - 10] as [number, number])],
      50.44,
    );
    expect(layout.modules).toBe(0);
    expect(layout.rows).toHaveLength(0);
  });

  it('refuses bad inputs with a RangeError naming the field', () => {
    const s = square(200);
    expect(() => layoutFarm(s, [], 50.44, { tilt_deg: 0 })).toThrow(/tilt_deg/);
    expect(() => layoutFarm(s, [], 50.44, { tilt_deg: 61 })).toThrow(/tilt_deg/);
    expect(() => layoutFarm(s, [], 50.44, { tilt_deg: 90 })).toThrow(/tilt_deg/);
    expect(() => layoutFarm(s, [], 50.44, { pitch: { kind: 'gcr', gcr: 0 } })).toThrow(/pitch\.gcr/);
    expect(() => layoutFarm(s, [], 50.44, { pitch: { kind: 'gcr', gcr: 1 } })).toThrow(/pitch\.gcr/);
    expect(() => layoutFarm(s, [], 50.44, { azimuth_deg: 0 })).toThrow(/azimuth_deg/);
    expect(() => layoutFarm(s, [], 50.44, { setback_m: -1 })).toThrow(/setback_m/);
    expect(() => layoutFarm(s, [], 50.44, { road_every_rows: 0 })).toThrow(/road_every_rows/);
    expect(() => layoutFarm(s, [], 50.44, { table: '4P' as never })).toThrow(/table/);
    expect(() => layoutFarm([], [], 50.44)).toThrow(/site/);
    expect(() =>
      layoutFarm(
        [
          [0, 0],
          [1, 1],
        ],
        [],
        50.44,
      ),
    ).toThrow(/site/);
    const bowtie: Ring = [
      [0, 0],
      [100, 100],
      [100, 0],
      [0, 100],
    ];
    expect(() => layoutFarm(bowtie, [], 50.44)).toThrow(/site must not self-intersect/);
    const many: Ring = Array.from(
      { length: 5000 },
      (_, i) => [Math.cos(i / 800), Math.sin(i / 800)] as [number, number],
    );
    expect(() => layoutFarm(many, [], 50.44)).toThrow(/site must have at most 2000/);
    expect(() => layoutFarm(s, [[[0, 0]]], 50.44)).toThrow(/exclusions\[0\]/);
    expect(() => layoutFarm(s, [], 95)).toThrow(/latitude_deg/);
  });
});
