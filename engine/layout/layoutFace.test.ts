import { describe, expect, it } from 'vitest';
import { convexPenetration } from '../geo/convexPolygonsOverlap';
import { pointInRing } from '../geo/pointInRing';
import { signedArea } from '../geo/signedArea';
import type { FaceGrid, LocalPoint, LocalPolygon, RoofFace, Vec3 } from '../geo/types';
import { faceGrid } from '../roof/faceGrid';
import { roofFaces } from '../roof/roofFaces';
import { rectangle, roofInput, rotated } from '../roof/testkit';
import { samplesOf, southFace, TEST_MODULE, toUv } from './faces.testkit';
import { DEFAULT_GAP_M, DEFAULT_SETBACK_M, layoutFace, MOUNTING_HEIGHT_M } from './layoutFace';
import type { FaceLayout } from './types';

const LIFT = MOUNTING_HEIGHT_M;
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: Vec3) => Math.hypot(...a);

/** Unit normal of the face from its ring (Newell), independent of the grid. */
function faceNormal(face: RoofFace): Vec3 {
  const n: Vec3 = [0, 0, 0];
  for (let k = 0; k + 1 < face.ring.length; k++) {
    const [x1, y1, z1] = face.ring[k]!;
    const [x2, y2, z2] = face.ring[k + 1]!;
    n[0] += (y1 - y2) * (z1 + z2);
    n[1] += (z1 - z2) * (x1 + x2);
    n[2] += (x1 - x2) * (y1 + y2);
  }
  const l = norm(n);
  return [n[0] / l, n[1] / l, n[2] / l];
}

/** Distance from p to segment ab in 3D [m]. */
function pointSegment(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  const t = Math.min(1, Math.max(0, dot(sub(p, a), ab) / dot(ab, ab)));
  return norm(sub(p, [a[0] + t * ab[0], a[1] + t * ab[1], a[2] + t * ab[2]]));
}

/** Panel corners brought back onto the face (the lift removed along the face's own normal). */
const onFace = (face: RoofFace, c: Vec3): Vec3 => {
  const n = faceNormal(face);
  return [c[0] - LIFT * n[0], c[1] - LIFT * n[1], c[2] - LIFT * n[2]];
};

function faces(footprint: LocalPolygon, shape: 'flat' | 'gable' | 'hip', pitch = 35, extra = {}): RoofFace[] {
  return roofFaces(roofInput([footprint], { roof_shape: shape, roof_pitch_deg: pitch, height_m: 8, ...extra })).faces;
}

const uniform = (grid: FaceGrid, value = 1000) => samplesOf(grid, () => value);

/** Geometric checks every layout must pass, computed from the face ring, not from the layout code. */
function expectValid(face: RoofFace, grid: FaceGrid, layout: FaceLayout, setback: number) {
  const n = faceNormal(face);
  const p0 = face.ring[0]!;
  const planRing: LocalPoint[] = face.ring.map((p) => [p[0], p[1]]);
  for (const panel of layout.panels) {
    for (const c of panel.corners) {
      // In the face plane, lifted by the mounting height (tolerance 1e-6 m).
      expect(Math.abs(dot(sub(c, p0), n) - LIFT)).toBeLessThan(1e-6);
      const q = onFace(face, c);
      // Inside the face (plan projection keeps inside-ness for a non-vertical plane) and ≥ setback from every edge.
      expect(pointInRing([q[0], q[1]], planRing)).toBe(true);
      for (let k = 0; k + 1 < face.ring.length; k++) {
        expect(pointSegment(q, face.ring[k]!, face.ring[k + 1]!)).toBeGreaterThanOrEqual(setback - 1e-6);
      }
    }
    // Counter-clockwise seen from above.
    expect(
      signedArea([...panel.corners.map((c): LocalPoint => [c[0], c[1]]), [panel.corners[0][0], panel.corners[0][1]]]),
    ).toBeGreaterThan(0);
  }
  // Pairwise: separated in the face plane by at least the gap (separating-axis depth ≤ −gap; 1e-9 m rounding).
  const rects = layout.panels.map((p) => p.corners.map((c) => toUv(grid, onFace(face, c))));
  for (let a = 0; a < rects.length; a++) {
    for (let b = a + 1; b < rects.length; b++) {
      expect(convexPenetration(rects[a]!, rects[b]!)).toBeLessThanOrEqual(-DEFAULT_GAP_M + 1e-9);
    }
  }
}

describe('layoutFace: a 10 m × 6 m south face, 1 m grid, 1,000 kWh/m² everywhere', () => {
  const face = southFace(10, 6, 35);
  const grid = faceGrid(face, 1);
  const samples = uniform(grid);

  it('has a 10 × 6 grid', () => {
    expect([grid.nu, grid.nv]).toEqual([10, 6]);
  });

  // Hand count, module 1.722 × 1.134 m, setback 0.45 m, gap 0.02 m: free length along u = 10 − 2·0.45 = 9.1 m,
  // up the slope 6 − 2·0.45 = 5.1 m; n modules of size d need n·d + (n − 1)·0.02 ≤ free, n = ⌊(free + 0.02)/(d + 0.02)⌋.
  it('portrait: ⌊9.12 / 1.154⌋ = 7 per row × ⌊5.12 / 1.742⌋ = 2 rows = 14', () => {
    const layout = layoutFace(face, grid, samples, TEST_MODULE, { orientation: 'portrait' });
    expect(layout.panels).toHaveLength(14);
    expect(layout.orientation).toBe('portrait');
    expectValid(face, grid, layout, DEFAULT_SETBACK_M);
  });

  it('landscape: ⌊9.12 / 1.742⌋ = 5 per row × ⌊5.12 / 1.154⌋ = 4 rows = 20', () => {
    const layout = layoutFace(face, grid, samples, TEST_MODULE, { orientation: 'landscape' });
    expect(layout.panels).toHaveLength(20);
    expectValid(face, grid, layout, DEFAULT_SETBACK_M);
  });

  it('auto keeps landscape (20 > 14); every module sees 1,000 kWh/m²; face tilt and azimuth carried', () => {
    const layout = layoutFace(face, grid, samples, TEST_MODULE);
    expect(layout.orientation).toBe('landscape');
    expect(layout.panels).toHaveLength(20);
    expect(layout.panels.every((p) => p.mean_kwh_m2 === 1000 && p.orientation === 'landscape')).toBe(true);
    expect([layout.face_index, layout.tilt_deg, layout.azimuth_deg]).toEqual([0, 35, 180]);
  });

  it('gives modules the datasheet size: long side up the slope in portrait, along the eaves in landscape', () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const [panel] = layoutFace(face, grid, samples, TEST_MODULE, { orientation }).panels;
      const [a, b, , d] = panel!.corners;
      const along = norm(sub(b, a));
      const up = norm(sub(d, a));
      expect(b[2] - a[2]).toBeCloseTo(0, 12); // first edge horizontal
      expect([along, up]).toEqual(
        orientation === 'portrait'
          ? [expect.closeTo(1.134, 9), expect.closeTo(1.722, 9)]
          : [expect.closeTo(1.722, 9), expect.closeTo(1.134, 9)],
      );
    }
  });

  it('honours a larger setback: 1 m leaves 8 × 4 m, landscape ⌊8.02/1.742⌋ = 4 × ⌊4.02/1.154⌋ = 3 = 12', () => {
    const layout = layoutFace(face, grid, samples, TEST_MODULE, { setback_m: 1 });
    expect(layout.panels).toHaveLength(12);
    expectValid(face, grid, layout, 1);
  });
});

describe('layoutFace: shading and thresholds', () => {
  const face = southFace(10, 6, 35);
  const grid = faceGrid(face, 1);

  it('never covers a cell below the threshold: a shaded column u ∈ [4, 5] m (500 kWh/m²)', () => {
    const samples = samplesOf(grid, (i) => (i === 4 ? 500 : 1000));
    const layout = layoutFace(face, grid, samples, TEST_MODULE);
    // Cell centres at u = 4.5 may not be covered. Per row the free spans are [0.45, 4.5) = 4.05 m and (4.5, 9.55] =
    // 5.05 m: landscape ⌊4.07/1.742⌋ + ⌊5.07/1.742⌋ = 2 + 2 = 4 per row × 4 rows = 16; portrait at most
    // (⌊4.07/1.154⌋ + ⌊5.07/1.154⌋) × 2 rows = (3 + 4) × 2 = 14, so landscape wins with 16.
    expect(layout.panels).toHaveLength(16);
    for (const panel of layout.panels) {
      const uv = panel.corners.map((c) => toUv(grid, onFace(face, c)));
      const [u0, u1] = [Math.min(...uv.map((p) => p[0])), Math.max(...uv.map((p) => p[0]))];
      const [v0, v1] = [Math.min(...uv.map((p) => p[1])), Math.max(...uv.map((p) => p[1]))];
      for (let j = 0; j < grid.nv; j++) {
        for (let i = 0; i < grid.nu; i++) {
          const [cu, cv] = [i + 0.5, j + 0.5];
          if (cu >= u0 && cu <= u1 && cv >= v0 && cv <= v1)
            expect(samples[i + j * grid.nu]).toBeGreaterThanOrEqual(800);
        }
      }
    }
    expectValid(face, grid, layout, DEFAULT_SETBACK_M);
  });

  it('places nothing when every cell is below the threshold, and reports no orientation', () => {
    const layout = layoutFace(face, grid, uniform(grid, 799), TEST_MODULE);
    expect(layout.panels).toEqual([]);
    expect(layout.orientation).toBeNull();
    expect(
      layoutFace(face, grid, uniform(grid, 799), TEST_MODULE, { usableThreshold_kwh_m2: 700 }).panels,
    ).toHaveLength(20);
  });

  it('averages the cells under a module, or takes the cell holding its centre when no centre is under it', () => {
    const value = (i: number, j: number) => 900 + i + 10 * j;
    const samples = samplesOf(grid, value);
    // 0.8 m × 0.4 m, 64 Wp (20 % of 0.32 m²): small enough to fall between 1 m cell centres.
    const small = { ...TEST_MODULE, id: 'small', wp: 64, length_m: 0.8, width_m: 0.4, efficiency_pct: 20 };
    const layout = layoutFace(face, grid, samples, small, { setback_m: 0.3 });
    let between = 0;
    for (const panel of layout.panels) {
      const uv = panel.corners.map((c) => toUv(grid, onFace(face, c)));
      const [u0, u1] = [Math.min(...uv.map((p) => p[0])), Math.max(...uv.map((p) => p[0]))];
      const [v0, v1] = [Math.min(...uv.map((p) => p[1])), Math.max(...uv.map((p) => p[1]))];
      const under: number[] = [];
      for (let j = 0; j < grid.nv; j++) {
        for (let i = 0; i < grid.nu; i++)
          if (i + 0.5 >= u0 && i + 0.5 <= u1 && j + 0.5 >= v0 && j + 0.5 <= v1) under.push(value(i, j));
      }
      const expected = under.length
        ? under.reduce((s, x) => s + x, 0) / under.length
        : value(Math.floor((u0 + u1) / 2), Math.floor((v0 + v1) / 2));
      if (!under.length) between += 1;
      expect(panel.mean_kwh_m2).toBeCloseTo(expected, 9);
    }
    expect(between).toBeGreaterThan(0);
  });
});

describe('layoutFace: roofs from engine/roof', () => {
  it('fills both faces of a 10 m × 6 m gable at 35°: 10 each', () => {
    // Each face is 10 m by 3 / cos 35° = 3.662 m up the slope; free 9.1 m × 2.762 m: landscape 5 × ⌊2.782/1.154⌋ = 2
    // rows = 10; portrait 7 × ⌊2.782/1.742⌋ = 1 row = 7.
    const gable = faces(rectangle(0, 0, 10, 6), 'gable', 35, { ridge_azimuth_deg: 90 });
    expect(gable).toHaveLength(2);
    for (const face of gable) {
      const grid = faceGrid(face, 1);
      const layout = layoutFace(face, grid, uniform(grid), TEST_MODULE);
      expect(layout.panels).toHaveLength(10);
      expectValid(face, grid, layout, DEFAULT_SETBACK_M);
    }
  });

  it('keeps every module inside and clear of the edges on hip, rotated and L-shaped roofs', () => {
    const L: LocalPoint[] = [
      [0, 0],
      [14, 0],
      [14, 7],
      [6, 7],
      [6, 13],
      [0, 13],
      [0, 0],
    ];
    const roofs = [
      faces(rectangle(0, 0, 14, 9), 'hip', 38),
      faces(rotated(rectangle(0, 0, 12, 8), 27), 'gable', 40),
      faces([L], 'hip', 30),
      faces([L], 'gable', 45),
    ];
    let placed = 0;
    for (const roof of roofs) {
      for (const face of roof) {
        const grid = faceGrid(face, 0.5);
        const layout = layoutFace(face, grid, uniform(grid), TEST_MODULE);
        placed += layout.panels.length;
        expectValid(face, grid, layout, DEFAULT_SETBACK_M);
      }
    }
    expect(placed).toBeGreaterThan(40);
  });

  it('lays modules flat on a flat roof (tilt 0): 10 m × 6 m gives the same 20 as the sloped face, rows east', () => {
    const [flat] = faces(rectangle(0, 0, 10, 6), 'flat');
    const grid = faceGrid(flat!, 1);
    const layout = layoutFace(flat!, grid, uniform(grid), TEST_MODULE);
    expect(layout.panels).toHaveLength(20);
    expect(layout.tilt_deg).toBe(0);
    for (const panel of layout.panels) for (const c of panel.corners) expect(c[2]).toBeCloseTo(8 + LIFT, 9);
    const [a, b] = layout.panels[0]!.corners;
    expect([b[0] - a[0], b[1] - a[1]]).toEqual([expect.closeTo(1.722, 9), expect.closeTo(0, 9)]);
    expectValid(flat!, grid, layout, DEFAULT_SETBACK_M);
  });
});

describe('layoutFace: inputs', () => {
  const face = southFace(10, 6, 35);
  const grid = faceGrid(face, 1);
  const samples = uniform(grid);

  it('throws RangeError naming the bad argument', () => {
    expect(() => layoutFace({ ...face, ring: [] }, grid, samples, TEST_MODULE)).toThrow(/face\.ring/);
    expect(() => layoutFace({ ...face, tilt_deg: 95 }, grid, samples, TEST_MODULE)).toThrow(/face\.tilt_deg/);
    expect(() => layoutFace(face, { ...grid, nu: 0 }, samples, TEST_MODULE)).toThrow(/grid\.nu/);
    expect(() => layoutFace(face, faceGrid(southFace(10, 6, 20), 1), samples, TEST_MODULE)).toThrow(
      /grid must be the grid/,
    );
    expect(() => layoutFace(face, grid, samples.slice(1), TEST_MODULE)).toThrow(/sample_kwh_m2/);
    expect(() =>
      layoutFace(
        face,
        grid,
        samples.map((s, k) => (k === 7 ? NaN : s)),
        TEST_MODULE,
      ),
    ).toThrow(/sample_kwh_m2\[7\]/);
    expect(() => layoutFace(face, grid, samples, { ...TEST_MODULE, width_m: -1 })).toThrow(/module\.width_m/);
    expect(() => layoutFace(face, grid, samples, TEST_MODULE, { setback_m: -0.1 })).toThrow(/options\.setback_m/);
    expect(() => layoutFace(face, grid, samples, TEST_MODULE, { gap_m: NaN })).toThrow(/options\.gap_m/);
    expect(() => layoutFace(face, grid, samples, TEST_MODULE, { usableThreshold_kwh_m2: -1 })).toThrow(
      /usableThreshold_kwh_m2/,
    );
    expect(() => layoutFace(face, grid, samples, TEST_MODULE, { orientation: 'diagonal' as 'auto' })).toThrow(
      /options\.orientation/,
    );
    for (const call of [
      () => layoutFace({ ...face, ring: [] }, grid, samples, TEST_MODULE),
      () => layoutFace(face, grid, samples, TEST_MODULE, { setback_m: -1 }),
    ]) {
      expect(call).toThrow(RangeError);
    }
  });
});
