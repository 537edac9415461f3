import { describe, expect, it } from 'vitest';
import { createLocalFrame } from '../../../engine/geo/localFrame';
import { parseRoofs } from './parseRoofs';

const frame = createLocalFrame(2.79, 50.438);

/** A face as GET /api/v1/roofs sends it (building 1 of the demo, face 0, values shortened). */
function face(overrides: Record<string, unknown> = {}, coordinates?: unknown) {
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: coordinates ?? [
        [
          [2.79312925, 50.43818369, 9.7],
          [2.793093, 50.4382156, 5.668],
          [2.793005, 50.4381749, 5.657],
          [2.79304131, 50.43814289, 9.7],
          [2.79312925, 50.43818369, 9.7],
        ],
      ],
    },
    properties: {
      building_id: 1,
      face_index: 0,
      tilt_deg: 42.6,
      azimuth_deg: 324,
      area_m2: 46.05,
      annual_kwh_m2: 674.1,
      shading_loss_pct: 2.6,
      grid_spacing_m: 1,
      grid_nu: 2,
      grid_nv: 2,
      sample_kwh_m2: [668, null, 671, 680],
      ...overrides,
    },
  };
}

describe('parseRoofs', () => {
  it('reads a face in local metres with its grid values, NaN outside the face', () => {
    const { faces, skipped } = parseRoofs({ type: 'FeatureCollection', features: [face()] }, frame);
    expect(skipped).toBe(0);
    const [f] = faces;
    expect(f).toMatchObject({ buildingId: 1, faceIndex: 0, tilt_deg: 42.6, azimuth_deg: 324, nu: 2, nv: 2 });
    expect([...f!.samples].map((v) => (Number.isNaN(v) ? null : v))).toEqual([668, null, 671, 680]);
    expect(f!.ring).toHaveLength(5);
    expect(f!.ring[0]).toEqual(f!.ring[4]);
    // 0.00312925° east of the origin at 50.438° N ≈ 222 m; heights are kept.
    expect(f!.ring[0]![0]).toBeCloseTo(222.0, 0);
    expect(f!.ring[1]![2]).toBe(5.668);
  });

  it('closes an open ring', () => {
    const open = [
      [
        [2.7931, 50.4382, 9],
        [2.7932, 50.4382, 9],
        [2.7932, 50.4383, 9],
      ],
    ];
    const { faces } = parseRoofs({ type: 'FeatureCollection', features: [face({}, open)] }, frame);
    expect(faces[0]!.ring).toHaveLength(4);
  });

  it('skips faces whose grid does not match its values, or without heights', () => {
    const flat = [
      [
        [2.7931, 50.4382],
        [2.7932, 50.4382],
        [2.7932, 50.4383],
        [2.7931, 50.4382],
      ],
    ];
    const page = parseRoofs(
      {
        type: 'FeatureCollection',
        features: [face({ grid_nu: 3 }), face({ grid_spacing_m: 0 }), face({}, flat), face({ building_id: 'x' }), 7],
      },
      frame,
    );
    expect(page).toEqual({ faces: [], skipped: 5 });
    expect(() => parseRoofs({ features: [] }, frame)).toThrow(TypeError);
  });
});
