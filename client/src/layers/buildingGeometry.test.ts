import { describe, expect, it } from 'vitest';
import type { BuildingRecord, Ring } from '../data/types';
import { buildBuilding, MIN_EAVES_M } from './buildingGeometry';
import { TriangleList } from './triangles';

/** A rectangle centred on the origin, `width` east–west by `depth` north–south [m], counter-clockwise. */
function rectangle(width: number, depth: number, rotation_deg = 0): Ring {
  const r = (rotation_deg * Math.PI) / 180;
  const corners: [number, number][] = [
    [-width / 2, -depth / 2],
    [width / 2, -depth / 2],
    [width / 2, depth / 2],
    [-width / 2, depth / 2],
  ];
  return corners.map(([x, y]) => [x * Math.cos(r) - y * Math.sin(r), x * Math.sin(r) + y * Math.cos(r)]);
}

function record(overrides: Partial<BuildingRecord>): BuildingRecord {
  return {
    id: 1,
    polygons: [[rectangle(10, 6)]],
    height_m: 8,
    roof_shape: 'gable',
    roof_pitch_deg: 40,
    ridge_azimuth_deg: 90,
    typology: 'coron',
    synthetic: true,
    solar_computed: false,
    ...overrides,
  };
}

function vertices(list: TriangleList): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < list.positions.length; i += 3)
    out.push([list.positions[i]!, list.positions[i + 1]!, list.positions[i + 2]!]);
  return out;
}

/** Every face normal points away from the solid's centre (x, y, z): the solid is closed and outward-facing. */
function expectOutward(list: TriangleList, centre: [number, number, number]) {
  for (let t = 0; t < list.count; t++) {
    const p = [0, 1, 2].map((k) => list.positions[t * 9 + k] ?? 0);
    const q = [3, 4, 5].map((k) => list.positions[t * 9 + k] ?? 0);
    const s = [6, 7, 8].map((k) => list.positions[t * 9 + k] ?? 0);
    const mid = [0, 1, 2].map((k) => (p[k]! + q[k]! + s[k]!) / 3 - centre[k]!);
    const n = [0, 1, 2].map((k) => list.normals[t * 3 + k]!);
    expect(mid[0]! * n[0]! + mid[1]! * n[1]! + mid[2]! * n[2]!).toBeGreaterThan(0);
    // Winding agrees with the stored normal (three.js front faces are counter-clockwise).
    const u = [0, 1, 2].map((k) => q[k]! - p[k]!);
    const v = [0, 1, 2].map((k) => s[k]! - p[k]!);
    const cross = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    expect(cross[0]! * n[0]! + cross[1]! * n[1]! + cross[2]! * n[2]!).toBeGreaterThan(0);
  }
}

describe('buildBuilding, gable', () => {
  // 10 m east–west × 6 m north–south, ridge azimuth 90° (east), pitch 40°: the rise is half the span times
  // tan(pitch) = 3 × tan 40° = 2.5173 m (plane trigonometry, exact to rounding).
  const list = new TriangleList();
  const shape = buildBuilding(record({}), list);
  const top = vertices(list).filter(([, y]) => Math.abs(y - 8) < 1e-9);

  it('puts the ridge along x (east) at the building height, over the middle of the span', () => {
    expect(shape.roof).toBe('gable');
    const xs = top.map(([x]) => x);
    expect(Math.min(...xs)).toBeCloseTo(-5, 9);
    expect(Math.max(...xs)).toBeCloseTo(5, 9);
    for (const [, , z] of top) expect(z).toBeCloseTo(0, 9);
  });

  it('has the rise given by the pitch and walls up to the eaves', () => {
    expect(shape.rise_m).toBeCloseTo(3 * Math.tan((40 * Math.PI) / 180), 9);
    expect(shape.eaves_m).toBeCloseTo(8 - 2.5173, 4);
    const heights = new Set(vertices(list).map(([, y]) => y.toFixed(6)));
    expect([...heights].sort()).toEqual(['0.000000', (8 - shape.rise_m).toFixed(6), '8.000000'].sort());
  });

  it('is closed and faces outwards', () => {
    // 4 walls × 2 + 2 gable ends + 2 slopes × 2 triangles.
    expect(list.count).toBe(14);
    expect(list.kinds.filter((k) => k === 'roof')).toHaveLength(4);
    expectOutward(list, [0, 3, 0]);
  });

  it('turns the ridge with the azimuth: ridge 0° runs north–south (along z)', () => {
    const turned = new TriangleList();
    buildBuilding(record({ polygons: [[rectangle(6, 10)]], ridge_azimuth_deg: 0 }), turned);
    const ridge = vertices(turned).filter(([, y]) => Math.abs(y - 8) < 1e-9);
    expect(Math.max(...ridge.map(([, , z]) => z))).toBeCloseTo(5, 9);
    for (const [x] of ridge) expect(x).toBeCloseTo(0, 9);
  });

  it('follows a rotated footprint: ridge 30° on a house turned 60° counter-clockwise from east', () => {
    const turned = new TriangleList();
    // A footprint whose long side points 30° east of north (rotation of +60° from the x axis).
    const shape30 = buildBuilding(record({ polygons: [[rectangle(10, 6, 60)]], ridge_azimuth_deg: 30 }), turned);
    expect(shape30.rise_m).toBeCloseTo(3 * Math.tan((40 * Math.PI) / 180), 6);
    const ridge = vertices(turned).filter(([, y]) => Math.abs(y - 8) < 1e-9);
    const far = ridge.reduce((best, p) => (p[0] > best[0] ? p : best));
    // Azimuth of the ridge end from the centre: atan2(east, north) with north = −z.
    expect((Math.atan2(far[0], -far[2]) * 180) / Math.PI).toBeCloseTo(30, 6);
  });

  it('keeps the eaves at MIN_EAVES_M when the pitch would bury the walls', () => {
    const shape = buildBuilding(record({ height_m: 4, roof_pitch_deg: 60 }), new TriangleList());
    expect(shape.eaves_m).toBeCloseTo(MIN_EAVES_M, 9);
    expect(shape.rise_m).toBeCloseTo(4 - MIN_EAVES_M, 9);
  });
});

describe('buildBuilding, other roofs', () => {
  it('hip: ridge shortened by the span at each end, four slopes', () => {
    const list = new TriangleList();
    const shape = buildBuilding(record({ roof_shape: 'hip', roof_pitch_deg: 30 }), list);
    expect(shape.roof).toBe('hip');
    const ridge = vertices(list).filter(([, y]) => Math.abs(y - 8) < 1e-9);
    // Ridge half-length = 10/2 − 6/2 = 2 m.
    expect(Math.max(...ridge.map(([x]) => x))).toBeCloseTo(2, 9);
    expect(list.kinds.filter((k) => k === 'roof')).toHaveLength(6);
    expectOutward(list, [0, 3, 0]);
  });

  it('falls back to a flat roof at height_m for an L-shaped footprint', () => {
    const l: Ring = [
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
    ];
    const list = new TriangleList();
    const shape = buildBuilding(record({ polygons: [[l]] }), list);
    expect(shape.roof).toBe('flat');
    expect(Math.max(...vertices(list).map(([, y]) => y))).toBe(8);
    // Roof area equals the footprint area: 10×4 + 4×6 = 64 m².
    let area = 0;
    for (let t = 0; t < list.count; t++) {
      if (list.kinds[t] !== 'roof') continue;
      const p = (k: number) => list.positions[t * 9 + k]!;
      area += Math.abs((p(3) - p(0)) * (p(8) - p(2)) - (p(6) - p(0)) * (p(5) - p(2))) / 2;
    }
    expect(area).toBeCloseTo(64, 9);
  });

  it('draws roof_shape null or flat as flat', () => {
    expect(buildBuilding(record({ roof_shape: null }), new TriangleList()).roof).toBe('flat');
    expect(buildBuilding(record({ roof_shape: 'flat' }), new TriangleList()).roof).toBe('flat');
  });

  it('gives each part of a multipolygon its own roof', () => {
    const list = new TriangleList();
    const moved = (dx: number): Ring => rectangle(10, 6).map(([e, n]) => [e + dx, n]);
    buildBuilding(record({ polygons: [[moved(0)], [moved(30)]] }), list);
    expect(list.count).toBe(28);
    expect(list.kinds.filter((k) => k === 'roof')).toHaveLength(8);
  });

  it('runs the ridge along the longest edge when the azimuth is missing or does not fit the footprint', () => {
    for (const ridge_azimuth_deg of [null, 45]) {
      const list = new TriangleList();
      const shape = buildBuilding(record({ ridge_azimuth_deg }), list);
      expect(shape.roof).toBe('gable');
      expect(shape.rise_m).toBeCloseTo(3 * Math.tan((40 * Math.PI) / 180), 9);
      const ridge = vertices(list).filter(([, y]) => Math.abs(y - 8) < 1e-9);
      for (const [, , z] of ridge) expect(z).toBeCloseTo(0, 9);
    }
  });

  it('shed: one slope rising across the ridge', () => {
    const list = new TriangleList();
    const shape = buildBuilding(record({ roof_shape: 'shed', roof_pitch_deg: 10 }), list);
    expect(shape.roof).toBe('shed');
    expect(shape.rise_m).toBeCloseTo(6 * Math.tan((10 * Math.PI) / 180), 9);
    expectOutward(list, [0, 3, 0]);
  });
});
