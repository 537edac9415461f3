import { describe, expect, it } from 'vitest';
import type { BuildingObstacle, HeapObstacle, Vec3 } from '../geo/types';
import { createShadingScene } from './createShadingScene';
import { horizonAt } from './horizonAt';
import { roofFaces } from '../roof/index';
import { boxBuilding } from './testing/boxBuilding';

const DEG = 180 / Math.PI;
const scene = (buildings: BuildingObstacle[], heaps: HeapObstacle[] = []) => createShadingScene({ buildings, heaps });

/** Largest |cos φ| over [lo, hi] [°] (φ nearest 0° or 180°). */
function maxAbsCos(lo: number, hi: number): number {
  if (lo <= 180 && hi >= 180) return 1;
  return Math.max(Math.abs(Math.cos(lo / DEG)), Math.abs(Math.cos(hi / DEG)));
}

describe('horizonAt: walls and edges', () => {
  it('sees a wall of height H at distance D due south at atan(H·|cos φ|/D), nearest φ to south per sector', () => {
    // Source: plane geometry — a horizontal line at perpendicular distance D, height H, is at distance D/|cos φ| along
    // azimuth φ from south, so tan e = H·|cos φ|/D; the sector maximum is at its azimuth nearest 180°. The wall runs
    // 2 km east–west, ending at azimuths 90.57° and 269.43°. Tolerance 1e-6° (Float32 output: ½ ulp at 11° is 5e-7°).
    const H = 2;
    const D = 10;
    const h = horizonAt(scene([boxBuilding(1, -1000, -D - 0.2, 1000, -D, H)]), [0, 0, 0]);
    for (let k = 0; k < 72; k++) {
      const lo = 5 * k;
      const hi = lo + 5;
      const south = hi > 90.573 && lo < 269.427;
      const expected = south ? Math.atan((H * maxAbsCos(Math.max(lo, 90.573), Math.min(hi, 269.427))) / D) * DEG : 0;
      expect(Math.abs(h[k]! - expected), `sector ${k}`).toBeLessThan(1e-6);
    }
    expect(h[35]).toBeCloseTo(Math.atan(H / D) * DEG, 5);
    expect(h[36]).toBeCloseTo(Math.atan(H / D) * DEG, 5);
  });

  it('gives a sector the maximum of an edge inside it, not only at its boundaries', () => {
    // Source: geometry — a horizontal edge at 10 m whose closest approach lies at azimuth 2.5° (mid sector 0) peaks
    // there at atan(2/10); the sector boundaries alone would give atan(2·cos 2.5°/10). Tolerance 1e-6°.
    const u = [Math.sin(2.5 / DEG), Math.cos(2.5 / DEG)];
    const v = [u[1]!, -u[0]!];
    const a: [number, number] = [10 * u[0]! - 3 * v[0]!, 10 * u[1]! - 3 * v[1]!];
    const b: [number, number] = [10 * u[0]! + 3 * v[0]!, 10 * u[1]! + 3 * v[1]!];
    const wall: BuildingObstacle = { id: 1, footprint: [[a, b, [b[0] + u[0]!, b[1] + u[1]!]]], eaves_m: 2, faces: [] };
    const h = horizonAt(scene([wall]), [0, 0, 0]);
    expect(Math.abs(h[0]! - Math.atan(0.2) * DEG)).toBeLessThan(1e-6);
  });

  it('finds the maximum of a sloping edge over each sector (brute force along the edge)', () => {
    // Reference: the elevation at 2·10⁶ points along the edge, binned by sector; max difference 1e-4° (sampling).
    const A: Vec3 = [-6, 4, 9];
    const B: Vec3 = [7, 9, 3];
    const faceRing: Vec3[] = [A, B, [7, 9.5, 3], [-6, 4.5, 9], A];
    const building: BuildingObstacle = {
      id: 1,
      footprint: [
        [
          [-6, 4],
          [7, 9],
          [7, 9.5],
          [-6, 4.5],
        ],
      ],
      eaves_m: 0,
      faces: [
        { index: 0, ring: faceRing, normal: [0, 0, 1], tilt_deg: 0, azimuth_deg: 180, area_m2: 1, plan_area_m2: 1 },
      ],
    };
    const P: Vec3 = [0, 0, 1];
    const h = horizonAt(scene([building]), P, { sectors: 72 });
    const ref = new Float64Array(72);
    for (let i = 0; i <= 2_000_000; i++) {
      const t = i / 2_000_000;
      const x = A[0] + t * (B[0] - A[0]) - P[0];
      const y = A[1] + t * (B[1] - A[1]) - P[1];
      const z = A[2] + t * (B[2] - A[2]) - P[2];
      const az = (Math.atan2(x, y) * DEG + 360) % 360;
      const k = Math.floor(az / 5);
      ref[k] = Math.max(ref[k]!, Math.atan(z / Math.hypot(x, y)) * DEG);
    }
    for (let k = 0; k < 72; k++) expect(Math.abs(h[k]! - ref[k]!), `sector ${k}`).toBeLessThan(1e-4);
  });

  it('never lowers a sector when obstacles are added', () => {
    // Property: the horizon is a maximum over obstacles. 40 seeded random boxes, subsets of 10, 20, 40.
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const boxes = Array.from({ length: 40 }, (_, i) => {
      const x = random() * 120 - 60;
      const y = random() * 120 - 60;
      return boxBuilding(i + 1, x, y, x + 3 + random() * 10, y + 3 + random() * 10, 2 + random() * 15);
    }).filter((b) => !b.footprint[0]!.some(([x, y]) => Math.abs(x) < 2 && Math.abs(y) < 2));
    const P: Vec3 = [0.3, -0.7, 4];
    let previous: Float32Array = new Float32Array(72);
    for (const n of [10, 20, 40]) {
      const h = horizonAt(
        scene(boxes.slice(0, n), [{ center: [500, 200], base_radius_m: 200, height_m: 60, top_ratio: 0 }]),
        P,
      );
      for (let k = 0; k < 72; k++) expect(h[k]).toBeGreaterThanOrEqual(previous[k]!);
      previous = h;
    }
  });

  it('ignores buildings beyond maxDistance_m and excludeBuildingId', () => {
    const s = scene([boxBuilding(1, -5, 100, 5, 101, 30), boxBuilding(2, -5, -20, 5, -19, 10)]);
    expect(horizonAt(s, [0, 0, 0], { maxDistance_m: 50 })[0]).toBe(0);
    expect(horizonAt(s, [0, 0, 0])[0]).toBeGreaterThan(15);
    expect(horizonAt(s, [0, 0, 0], { excludeBuildingId: 2 })[36]).toBe(0);
  });

  it('rejects invalid arguments with a RangeError naming them', () => {
    const s = scene([]);
    expect(() => horizonAt(s, [0, NaN, 0])).toThrow(/point/);
    expect(() => horizonAt(s, [0, 0, 0], { sectors: 3 })).toThrow(/sectors/);
    expect(() => horizonAt(s, [0, 0, 0], { maxDistance_m: -1 })).toThrow(/maxDistance_m/);
    expect(() => createShadingScene({ buildings: [boxBuilding(1, 0, 0, 1, 1, -2)], heaps: [] })).toThrow(/eaves_m/);
  });
});

describe('horizonAt: own roof', () => {
  // A gable house from engine/roof: 10 m (east–west) × 8 m, pitch 40°, ridge east–west over y = 4, eaves at 6 m.
  const rise = 4 * Math.tan(40 / DEG);
  const footprint: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 8],
    [0, 8],
    [0, 0],
  ];
  const roof = roofFaces({
    footprint: [[footprint]],
    height_m: 6 + rise,
    roof_shape: 'gable',
    roof_pitch_deg: 40,
    roof_direction_deg: null,
    ridge_azimuth_deg: 90,
    typology: null,
    levels: null,
  });
  const house: BuildingObstacle = { id: 7, footprint: [footprint], eaves_m: roof.eaves_m, faces: roof.faces };
  const s = scene([house]);
  const south = roof.faces.find((f) => Math.abs(f.azimuth_deg - 180) < 1e-9)!;
  // Sample on the south face 2 m from the eaves in plan, lifted 0.05 m along the normal (as faceGrid does).
  const n = south.normal;
  const P: Vec3 = [5 + 0.05 * n[0], 2 + 0.05 * n[1], 6 + 2 * Math.tan(40 / DEG) + 0.05 * n[2]];

  it('has the expected roof from engine/roof', () => {
    expect(roof.eaves_m).toBeCloseTo(6, 9);
    expect(roof.faces).toHaveLength(2);
  });

  it('sees its own ridge to the north at atan((z_ridge − z)/d) and is not shaded by its own face', () => {
    // Source: geometry — the ridge (y = 4, z = 6 + 4·tan 40°) is horizontal, closest due north at plan distance
    // 4 − P_y; sectors 71 and 0 meet at north, so both take it. Tolerance 3e-6° (Float32: ½ ulp at 35° is 2e-6°).
    const expected = Math.atan((6 + rise - P[2]) / (4 - P[1])) * DEG;
    for (const options of [{ selfFaces: [south] }, {}]) {
      const h = horizonAt(s, P, options);
      expect(Math.abs(h[0]! - expected)).toBeLessThan(3e-6);
      expect(Math.abs(h[71]! - expected)).toBeLessThan(3e-6);
      // Nothing of the house rises over the sample from east through south to west (ridge ends at 68° and 292°).
      for (let k = 14; k < 58; k++) expect(h[k], `sector ${k}`).toBe(0);
    }
  });

  it('is shaded by its own face when that face is not excluded (selfFaces: [])', () => {
    const h = horizonAt(s, P, { selfFaces: [] });
    expect(Math.max(...h.subarray(14, 58))).toBeGreaterThan(0);
  });
});
