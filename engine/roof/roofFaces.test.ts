import { describe, expect, it } from 'vitest';
import { signedArea } from '../geo/signedArea';
import type { LocalPolygon } from '../geo/types';
import { roofFaces } from './roofFaces';
import { rectangle, roofInput, rotated } from './testkit';

const cos = (deg: number) => Math.cos((deg * Math.PI) / 180);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const footprintArea = (parts: LocalPolygon[]) =>
  sum(parts.flatMap((part) => part.map((ring, i) => (i === 0 ? 1 : -1) * Math.abs(signedArea(ring)))));

describe('roofFaces: gable', () => {
  it('a 10 m × 6 m house with an east–west ridge at 45° has faces looking north and south, rise 3 m', () => {
    // Closed form: half-depth 3 m × tan 45° = 3 m of rise; each side 10 × 3 = 30 m² in plan, 30 / cos 45° true.
    const { eaves_m, faces } = roofFaces(
      roofInput([rectangle(0, 0, 10, 6)], {
        roof_shape: 'gable',
        roof_pitch_deg: 45,
        ridge_azimuth_deg: 90,
        height_m: 6.5,
      }),
    );
    expect(eaves_m).toBeCloseTo(3.5, 12);
    expect(faces.map((f) => Math.round(f.azimuth_deg)).sort((a, b) => a - b)).toEqual([0, 180]);
    for (const f of faces) {
      expect(f.tilt_deg).toBeCloseTo(45, 10);
      expect(f.plan_area_m2).toBeCloseTo(30, 10);
      expect(f.area_m2).toBeCloseTo(30 / cos(45), 10);
      expect(Math.max(...f.ring.map((p) => p[2]))).toBeCloseTo(6.5, 12);
      expect(Math.min(...f.ring.map((p) => p[2]))).toBeCloseTo(3.5, 12);
      expect(f.ring[0]).toEqual(f.ring[f.ring.length - 1]);
      expect(f.normal[2]).toBeGreaterThan(0);
    }
  });

  it('sums to footprint / cos(pitch) on a rotated rectangle with the ridge on its long axis', () => {
    const footprint = [rotated(rectangle(3, -2, 12.5, 7.25), 23)];
    const { faces } = roofFaces(roofInput(footprint, { roof_shape: 'gable', roof_pitch_deg: 37, height_m: 9 }));
    expect(faces).toHaveLength(2);
    expect(sum(faces.map((f) => f.plan_area_m2)) / 90.625).toBeCloseTo(1, 12);
    expect(sum(faces.map((f) => f.area_m2)) / (90.625 / cos(37))).toBeCloseTo(1, 12);
    // Long axis at 23° from east = azimuth 67°: faces look 67 ± 90°.
    expect(faces.map((f) => f.azimuth_deg).sort((a, b) => a - b)).toEqual([
      expect.closeTo(157, 9),
      expect.closeTo(337, 9),
    ]);
  });

  it('tiles an L-shaped footprint cut by the ridge', () => {
    const L: LocalPolygon = [
      [
        [0, 0],
        [12, 0],
        [12, 5],
        [5, 5],
        [5, 11],
        [0, 11],
        [0, 0],
      ],
    ];
    const { faces } = roofFaces(roofInput([L], { roof_shape: 'gable', roof_pitch_deg: 30, ridge_azimuth_deg: 90 }));
    expect(sum(faces.map((f) => f.plan_area_m2))).toBeCloseTo(footprintArea([L]), 9);
    expect(sum(faces.map((f) => f.area_m2))).toBeCloseTo(footprintArea([L]) / cos(30), 9);
  });
});

describe('roofFaces: hip', () => {
  it('a 12 m × 8 m rectangle gives two trapezoids and two triangles of closed-form areas', () => {
    // Plan: triangles W²/4 = 16 m², trapezoids W(2L − W)/4 = 32 m²; true = plan / cos 40°; rise (W/2) tan 40°.
    const { eaves_m, faces } = roofFaces(
      roofInput([rectangle(0, 0, 12, 8)], { roof_shape: 'hip', roof_pitch_deg: 40, height_m: 9 }),
    );
    expect(faces).toHaveLength(4);
    const plans = faces.map((f) => f.plan_area_m2).sort((a, b) => a - b);
    expect(plans).toEqual([expect.closeTo(16, 9), expect.closeTo(16, 9), expect.closeTo(32, 9), expect.closeTo(32, 9)]);
    expect(sum(faces.map((f) => f.area_m2))).toBeCloseTo(96 / cos(40), 9);
    expect(faces.map((f) => f.ring.length - 1).sort()).toEqual([3, 3, 4, 4]);
    expect(eaves_m).toBeCloseTo(9 - 4 * Math.tan((40 * Math.PI) / 180), 12);
    expect(faces.map((f) => Math.round(f.azimuth_deg)).sort((a, b) => a - b)).toEqual([0, 90, 180, 270]);
  });

  it('an L-shaped footprint gives straight-skeleton faces that tile it, continuous at shared vertices', () => {
    const L: LocalPolygon = [
      [
        [0, 0],
        [12, 0],
        [12, 6],
        [4, 6],
        [4, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    const { faces } = roofFaces(roofInput([L], { roof_shape: 'hip', roof_pitch_deg: 35, height_m: 8 }));
    expect(faces).toHaveLength(6);
    expect(sum(faces.map((f) => f.plan_area_m2))).toBeCloseTo(88, 9);
    expect(sum(faces.map((f) => f.area_m2))).toBeCloseTo(88 / cos(35), 9);
    for (const f of faces) expect(f.tilt_deg).toBeCloseTo(35, 9);
    const key = (p: number[]) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;
    const heights = new Map<string, number>();
    for (const p of faces.flatMap((f) => f.ring)) {
      const seen = heights.get(key(p));
      if (seen === undefined) heights.set(key(p), p[2]);
      else expect(p[2]).toBeCloseTo(seen, 9);
    }
    expect(Math.max(...heights.values())).toBeCloseTo(8, 12);
  });

  it('a pyramidal roof on a square is the pyramid: four triangles meeting at the centre', () => {
    const { faces } = roofFaces(roofInput([rectangle(0, 0, 8, 8)], { roof_shape: 'pyramidal', roof_pitch_deg: 30 }));
    expect(faces.map((f) => f.ring.length - 1)).toEqual([3, 3, 3, 3]);
    for (const f of faces) expect(f.plan_area_m2).toBeCloseTo(16, 9);
  });

  it('a footprint with a courtyard keeps it open and still tiles the footprint', () => {
    const courtyard: LocalPolygon = [
      rectangle(0, 0, 30, 20)[0]!,
      [
        [10, 6],
        [10, 14],
        [20, 14],
        [20, 6],
        [10, 6],
      ],
    ];
    const { faces } = roofFaces(roofInput([courtyard], { roof_shape: 'hip', roof_pitch_deg: 30, height_m: 14 }));
    expect(sum(faces.map((f) => f.plan_area_m2))).toBeCloseTo(520, 6);
    expect(sum(faces.map((f) => f.area_m2))).toBeCloseTo(520 / cos(30), 6);
  });
});
