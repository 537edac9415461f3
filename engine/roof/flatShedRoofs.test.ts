import { describe, expect, it } from 'vitest';
import { roofFaces } from './roofFaces';
import { rectangle, roofInput } from './testkit';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('roofFaces: flat and shed', () => {
  it('a flat roof is one face, tilt 0, at height_m, looking south by convention', () => {
    const { eaves_m, faces } = roofFaces(roofInput([rectangle(0, 0, 21, 7)], { roof_shape: 'flat', height_m: 8.5 }));
    expect(eaves_m).toBe(8.5);
    expect(faces).toHaveLength(1);
    expect(faces[0]).toMatchObject({ tilt_deg: 0, azimuth_deg: 180, normal: [0, 0, 1] });
    expect(faces[0]!.plan_area_m2).toBeCloseTo(147, 10);
    expect(faces[0]!.ring.every((p) => p[2] === 8.5)).toBe(true);
  });

  it('a shed roof faces roof_direction_deg, with its high side at height_m', () => {
    for (const direction of [0, 135, 200, 290]) {
      const { eaves_m, faces } = roofFaces(
        roofInput([rectangle(0, 0, 6, 4)], { roof_shape: 'shed', roof_pitch_deg: 12, roof_direction_deg: direction }),
      );
      expect(faces).toHaveLength(1);
      expect(faces[0]!.azimuth_deg).toBeCloseTo(direction, 9);
      expect(faces[0]!.tilt_deg).toBeCloseTo(12, 9);
      expect(Math.max(...faces[0]!.ring.map((p) => p[2]))).toBeCloseTo(7, 12);
      expect(eaves_m).toBeCloseTo(Math.min(...faces[0]!.ring.map((p) => p[2])), 12);
    }
  });

  it('each part of a multipolygon gets its own roof', () => {
    const parts = [rectangle(0, 0, 10, 6), rectangle(20, 0, 8, 8)];
    const { faces } = roofFaces(roofInput(parts, { roof_shape: 'gable', roof_pitch_deg: 40 }));
    expect(faces).toHaveLength(4);
    expect(faces.map((f) => f.index)).toEqual([0, 1, 2, 3]);
    expect(sum(faces.map((f) => f.plan_area_m2))).toBeCloseTo(124, 9);
  });
});
