import { describe, expect, it } from 'vitest';
import { parseBuildingDetail } from './parseApi';
import { parseFaceSolar, parseSolarSummary } from './parseSolar';

describe('parseSolarSummary', () => {
  it('reads the summary of a computed building and null for one not computed yet', () => {
    expect(
      parseSolarSummary({
        mean_kwh_m2: 965.9,
        best_kwh_m2: 1257.3,
        roof_area_m2: 92.2,
        usable_area_m2: 46.1,
        usable_kwh: 57990,
        shading_loss_pct: 1.4,
        computed_at: '2026-01-01T00:00:00Z',
      }),
    ).toEqual({
      mean_kwh_m2: 965.9,
      best_kwh_m2: 1257.3,
      roofArea_m2: 92.2,
      usableArea_m2: 46.1,
      usable_kwh: 57990,
      shadingLoss_pct: 1.4,
    });
    expect(parseSolarSummary(null)).toBeNull();
    expect(parseSolarSummary(undefined)).toBeNull();
  });
});

describe('parseFaceSolar', () => {
  it('keeps complete faces in index order and skips broken ones', () => {
    const faces = parseFaceSolar([
      { face_index: 1, tilt_deg: 42.6, azimuth_deg: 144, area_m2: 46, annual_kwh_m2: 1257.3, shading_loss_pct: 0.4 },
      { face_index: 0, tilt_deg: 42.6, azimuth_deg: 324, area_m2: 46, annual_kwh_m2: 674.1, usable_area_m2: 0 },
      { face_index: 2, tilt_deg: 'steep', azimuth_deg: 0, area_m2: 1, annual_kwh_m2: 1 },
      null,
    ]);
    expect(faces.map((f) => [f.faceIndex, f.annual_kwh_m2, f.shadingLoss_pct, f.usableArea_m2])).toEqual([
      [0, 674.1, null, 0],
      [1, 1257.3, 0.4, null],
    ]);
    expect(parseFaceSolar(undefined)).toEqual([]);
  });

  it('comes with the building detail', () => {
    const detail = parseBuildingDetail({
      type: 'Feature',
      id: 3,
      properties: {
        solar: null,
        roof_faces: [],
      },
    });
    expect(detail.solar).toBeNull();
    expect(detail.roofFaces).toEqual([]);
  });
});
