import { describe, expect, it } from 'vitest';
import { roofFaces } from './roofFaces';
import { defaultPitch } from './defaultPitch';
import { defaultRoofShape } from './defaultRoofShape';
import { roofModel } from './roofModel';
import { rectangle, roofInput, rotated } from './testkit';

describe('roofFaces: defaults and limits', () => {
  it('takes the typology pitch and a gable for a house, a flat roof for large footprints and Camus blocks', () => {
    const coron = roofFaces(roofInput([rectangle(0, 0, 5.5, 7)], { typology: 'coron', ridge_azimuth_deg: 90 }));
    expect(coron.faces.map((f) => f.tilt_deg)).toEqual([expect.closeTo(38, 9), expect.closeTo(38, 9)]);
    expect(roofFaces(roofInput([rectangle(0, 0, 30, 15)])).faces[0]!.tilt_deg).toBe(0);
    expect(roofFaces(roofInput([rectangle(0, 0, 21, 7)], { typology: 'camus' })).faces).toHaveLength(1);
  });

  it('lowers a pitch that would bring the eaves below one storey', () => {
    // 45° over a 16 m span would rise 8 m from a 9 m top: the eaves are held at 2.5 m, so the slope is 6.5 / 8.
    const { eaves_m, faces } = roofFaces(
      roofInput([rectangle(0, 0, 20, 16)], { roof_shape: 'gable', roof_pitch_deg: 45, height_m: 9 }),
    );
    expect(eaves_m).toBeCloseTo(2.5, 12);
    expect(faces[0]!.tilt_deg).toBeCloseTo((Math.atan(6.5 / 8) * 180) / Math.PI, 9);
  });

  it('rejects bad inputs with a RangeError naming the field', () => {
    const ok = roofInput([rectangle(0, 0, 6, 6)]);
    expect(() => roofFaces({ ...ok, height_m: NaN })).toThrow(/height_m/);
    expect(() => roofFaces({ ...ok, roof_pitch_deg: -1 })).toThrow(/roof_pitch_deg/);
    expect(() => roofFaces({ ...ok, roof_pitch_deg: 90 })).toThrow(/roof_pitch_deg/);
    expect(() => roofFaces({ ...ok, footprint: [] })).toThrow(/footprint/);
    expect(() =>
      roofFaces({
        ...ok,
        footprint: [
          [
            [
              [0, 0],
              [1, 0],
              [0, 0],
              [0, 0],
            ],
          ],
        ],
      }),
    ).toThrow(/footprint/);
    expect(() => roofFaces({ ...ok, ridge_azimuth_deg: Infinity })).toThrow(/ridge_azimuth_deg/);
    expect(() => roofFaces({ ...ok, roof_shape: 'onion' as never })).toThrow(/roof_shape/);
    expect(() => roofFaces(ok, { minEaves_m: -1 })).toThrow(/minEaves_m/);
    expect(() => roofFaces({ ...ok, height_m: NaN })).toThrow(RangeError);
  });
});

describe('defaults', () => {
  it('reads the typology table, a shed default, and maps every shape to a model', () => {
    expect(defaultPitch('cite_jardin', 'gable')).toBe(50);
    expect(defaultPitch(null, 'hip')).toBe(35);
    expect(defaultPitch('unknown', 'gable')).toBe(35);
    expect(defaultPitch('coron', 'shed')).toBe(15);
    expect(roofModel('half-hip')).toBe('gable');
    expect(roofModel('mansard')).toBe('hip');
    expect(roofModel('other')).toBeNull();
    expect(defaultRoofShape(45, 'coron', 1)).toBe('gable');
    expect(defaultRoofShape(301, 'house', 2)).toBe('flat');
    expect(defaultRoofShape(150, 'house', 4)).toBe('flat');
  });

  it('turns a shed without direction across its long axis, towards the side nearer south', () => {
    const { faces } = roofFaces(roofInput([rotated(rectangle(0, 0, 8, 3), 20)], { roof_shape: 'shed' }));
    // Long axis at 20° from east (azimuth 70°): the slope faces 160° rather than 340°.
    expect(faces[0]!.azimuth_deg).toBeCloseTo(160, 9);
    expect(faces[0]!.tilt_deg).toBeCloseTo(15, 9);
  });
});
