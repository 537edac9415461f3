import { describe, expect, it } from 'vitest';
import { faceGrid } from '../roof/faceGrid';
import { roofFaces } from '../roof/roofFaces';
import { rectangle, roofInput } from '../roof/testkit';
import type { RoofFace } from '../geo/types';
import { samplesOf, southFace, TEST_MODULE } from './faces.testkit';
import { layoutRoof } from './layoutRoof';
import type { FaceInput } from './types';

const input = (face: RoofFace, value: (i: number, j: number) => number): FaceInput => {
  const grid = faceGrid(face, 1);
  return { face, grid, sample_kwh_m2: samplesOf(grid, value) };
};

describe('layoutRoof', () => {
  const gable = roofFaces(
    roofInput([rectangle(0, 0, 10, 6)], {
      roof_shape: 'gable',
      roof_pitch_deg: 35,
      ridge_azimuth_deg: 90,
      height_m: 8,
    }),
  ).faces;
  const south = gable.find((f) => Math.cos((f.azimuth_deg * Math.PI) / 180) < -0.99)!;
  const north = gable.find((f) => Math.cos((f.azimuth_deg * Math.PI) / 180) > 0.99)!;

  it('ranks every panel of both gable faces, the south face (1,100) before the north (850)', () => {
    const layout = layoutRoof([input(north, () => 850), input(south, () => 1100)], TEST_MODULE);
    expect(layout.module_id).toBe(TEST_MODULE.id);
    expect(layout.faces.map((f) => f.panels.length)).toEqual([10, 10]); // hand count in layoutFace.test.ts
    expect(layout.panels).toHaveLength(20);
    expect(layout.panels.map((p) => p.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(layout.panels.slice(0, 10).every((p) => p.face_index === south.index && p.mean_kwh_m2 === 1100)).toBe(true);
    expect(layout.panels.slice(10).every((p) => p.face_index === north.index && p.mean_kwh_m2 === 850)).toBe(true);
  });

  it('gives the best n as the first n: means never increase with rank, ties by face then position', () => {
    // Irradiation rising up the slope and towards the east, so the panels differ.
    const layout = layoutRoof(
      [
        input(south, (i, j) => 1000 + 7 * i + 20 * j),
        input(north, (i) => 900 + 3 * i),
        input(southFace(10, 6, 35, 3, 5), () => 1000),
      ],
      TEST_MODULE,
    );
    for (let k = 1; k < layout.panels.length; k++) {
      const [a, b] = [layout.panels[k - 1]!, layout.panels[k]!];
      expect(a.mean_kwh_m2).toBeGreaterThanOrEqual(b.mean_kwh_m2);
      if (a.mean_kwh_m2 === b.mean_kwh_m2) expect(a.face_index).toBeLessThanOrEqual(b.face_index);
    }
    // The uniform face (index 5): its 20 panels tie; they keep the face's own order (eaves first).
    const tied = layout.panels.filter((p) => p.face_index === 5);
    const own = layout.faces[2]!.panels;
    expect(tied.map((p) => p.center)).toEqual(own.map((p) => p.center));
    const total = layout.faces.reduce((n, f) => n + f.panels.length, 0);
    expect(layout.panels).toHaveLength(total);
  });

  it('returns an empty layout for no faces and refuses bad input', () => {
    expect(layoutRoof([], TEST_MODULE)).toEqual({ module_id: TEST_MODULE.id, faces: [], panels: [] });
    expect(() => layoutRoof(null as unknown as FaceInput[], TEST_MODULE)).toThrow(/faces must be an array/);
    expect(() => layoutRoof([null as unknown as FaceInput], TEST_MODULE)).toThrow(/faces\[0\]/);
    expect(() => layoutRoof([input(south, () => 1000)], { ...TEST_MODULE, wp: 0 })).toThrow(/module\.wp/);
  });
});
