import { describe, expect, it } from 'vitest';
import { defaultRoofShape, FLAT_NON_RESIDENTIAL_M2 } from './defaultRoofShape';
import { MAX_RISE_PITCH_DEG, MIN_RISE_PITCH_DEG, pitchFromRise } from './pitchFromRise';
import { FLAT_RISE_M, roofFromRise } from './roofFromRise';
import { roofFaces } from './roofFaces';
import { rectangle, roofInput, rotated } from './testkit';

const deg = (rad: number) => (rad * 180) / Math.PI;

describe('pitchFromRise', () => {
  it('is atan(rise / run), clamped to the plausible range', () => {
    // By hand: a 10 m × 8 m house rising 2.8 m across its 8 m depth → atan(2.8 / 4) = 34.992°.
    expect(pitchFromRise(2.8, 4)).toBeCloseTo(34.992, 3);
    expect(pitchFromRise(1.2, 20)).toBe(MIN_RISE_PITCH_DEG); // atan(0.06) = 3.4°
    expect(pitchFromRise(20, 4)).toBe(MAX_RISE_PITCH_DEG); // atan(5) = 78.7°
  });

  it('refuses a negative rise or a run that is not positive, naming the argument', () => {
    expect(() => pitchFromRise(-1, 4)).toThrow(/rise_m/);
    expect(() => pitchFromRise(2, 0)).toThrow(/run_m/);
    expect(() => pitchFromRise(NaN, 4)).toThrow(RangeError);
  });
});

describe('roofFromRise', () => {
  const house = rectangle(0, 0, 10, 8);

  it('takes a rise up to 1 m as a flat roof and a larger one as a gable across the short side', () => {
    expect(roofFromRise(roofInput([house], { roof_rise_m: FLAT_RISE_M }))).toEqual({
      roof_shape: 'flat',
      roof_pitch_deg: 0,
    });
    expect(roofFromRise(roofInput([house], { roof_rise_m: 0 }))?.roof_shape).toBe('flat');
    const gable = roofFromRise(roofInput([house], { roof_rise_m: 2.8 }))!;
    expect(gable.roof_shape).toBe('gable');
    expect(gable.roof_pitch_deg).toBeCloseTo(deg(Math.atan(2.8 / 4)), 12);
  });

  it('measures the depth on the minimum rotated rectangle, whatever the orientation', () => {
    for (const angle of [17, 45, 123]) {
      const r = roofFromRise(roofInput([rotated(house, angle)], { roof_rise_m: 2.8 }))!;
      expect(r.roof_pitch_deg, `${angle}°`).toBeCloseTo(34.992, 3);
    }
  });

  it('takes the run across a given ridge, half the short side for a hip and the whole depth for a shed', () => {
    // Ridge north–south on a 10 m (east–west) × 8 m house: the run is half the 10 m extent.
    const across = roofFromRise(roofInput([house], { roof_rise_m: 2.8, ridge_azimuth_deg: 0 }))!;
    expect(across.roof_pitch_deg).toBeCloseTo(deg(Math.atan(2.8 / 5)), 12);
    const hip = roofFromRise(roofInput([house], { roof_rise_m: 2.8, roof_shape: 'hip' }))!;
    expect(hip).toEqual({ roof_shape: 'hip', roof_pitch_deg: expect.closeTo(34.992, 3) });
    // A shed falling south across the 8 m depth: atan(1.2 / 8) = 8.53°.
    const shed = roofFromRise(roofInput([house], { roof_rise_m: 1.2, roof_shape: 'shed', roof_direction_deg: 180 }))!;
    expect(shed).toEqual({ roof_shape: 'shed', roof_pitch_deg: expect.closeTo(deg(Math.atan(1.2 / 8)), 12) });
  });

  it('does not apply without a rise, with a pitch given or with a flat shape given', () => {
    expect(roofFromRise(roofInput([house]))).toBeNull();
    expect(roofFromRise(roofInput([house], { roof_rise_m: null }))).toBeNull();
    expect(roofFromRise(roofInput([house], { roof_rise_m: 2.8, roof_pitch_deg: 40 }))).toBeNull();
    expect(roofFromRise(roofInput([house], { roof_rise_m: 2.8, roof_shape: 'flat' }))).toBeNull();
    expect(() => roofFromRise(roofInput([house], { roof_rise_m: -0.5 }))).toThrow(/roof_rise_m/);
  });

  it('measures a building of several parts on its largest part', () => {
    const r = roofFromRise(roofInput([rectangle(0, 0, 4, 3), rectangle(10, 0, 10, 8)], { roof_rise_m: 2.8 }))!;
    expect(r.roof_pitch_deg).toBeCloseTo(34.992, 3);
  });
});

describe('roofFaces with a measured rise', () => {
  it('draws the 10 m × 8 m house at atan(2.8 / 4) with its eaves 2.8 m under the ridge', () => {
    const { eaves_m, faces } = roofFaces(
      roofInput([rotated(rectangle(0, 0, 10, 8), 30)], { height_m: 8.5, roof_rise_m: 2.8 }),
    );
    expect(faces).toHaveLength(2);
    for (const f of faces) expect(f.tilt_deg).toBeCloseTo(34.992, 3);
    expect(eaves_m).toBeCloseTo(8.5 - 2.8, 9);
  });

  it('draws a flat roof from a small rise, even on a house whose typology defaults to a gable', () => {
    const { faces } = roofFaces(roofInput([rectangle(0, 0, 10, 8)], { typology: 'coron', roof_rise_m: 0.4 }));
    expect(faces.map((f) => f.tilt_deg)).toEqual([0]);
  });

  it('draws a pitched roof over a large footprint when the rise says so (the size default is for no data)', () => {
    const hall = roofInput([rectangle(0, 0, 40, 20)], { height_m: 9, roof_rise_m: 2.5 });
    expect(roofFaces({ ...hall, roof_rise_m: null }).faces[0]!.tilt_deg).toBe(0);
    expect(roofFaces(hall).faces[0]!.tilt_deg).toBeCloseTo(deg(Math.atan(2.5 / 10)), 9);
  });

  it('keeps the pitch and the flat shape the source gives', () => {
    const tagged = roofFaces(
      roofInput([rectangle(0, 0, 10, 8)], { roof_shape: 'gable', roof_pitch_deg: 45, roof_rise_m: 2.8 }),
    );
    expect(tagged.faces[0]!.tilt_deg).toBeCloseTo(45, 9);
    const flat = roofFaces(roofInput([rectangle(0, 0, 10, 8)], { roof_shape: 'flat', roof_rise_m: 2.8 }));
    expect(flat.faces.map((f) => f.tilt_deg)).toEqual([0]);
  });
});

describe('defaultRoofShape by usage', () => {
  it('gives trade and industry over 200 m² a flat roof, and keeps the house default under it or for housing', () => {
    expect(defaultRoofShape(FLAT_NON_RESIDENTIAL_M2 + 1, null, 1, 'industriel')).toBe('flat');
    expect(defaultRoofShape(250, null, 1, 'commercial et services')).toBe('flat');
    expect(defaultRoofShape(250, null, 1, 'warehouse')).toBe('flat');
    expect(defaultRoofShape(FLAT_NON_RESIDENTIAL_M2, null, 1, 'industriel')).toBe('gable');
    expect(defaultRoofShape(250, null, 1, 'résidentiel')).toBe('gable');
    expect(defaultRoofShape(250, null, 1)).toBe('gable');
  });

  it('is read by roofFaces', () => {
    const shop = roofInput([rectangle(0, 0, 20, 12)], { usage: 'commercial et services' });
    expect(roofFaces(shop).faces.map((f) => f.tilt_deg)).toEqual([0]);
    expect(roofFaces({ ...shop, usage: null }).faces).toHaveLength(2);
  });
});
