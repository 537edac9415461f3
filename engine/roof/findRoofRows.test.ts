import { describe, expect, it } from 'vitest';
import type { LocalPolygon } from '../geo/types';
import { findRoofRows } from './findRoofRows';
import { roofFaces } from './roofFaces';
import { rowRidge } from './rowRidge';
import { rectangle, roofInput, rotated } from './testkit';
import type { RowCandidate } from './types';

/** Five corons 5.5 m wide and 7 m deep along a street at `deg` from east, ridge along the row. */
function coronRow(deg: number, heights = [6.5, 6.5, 6.5, 6.5, 6.5]): (RowCandidate & { footprint: LocalPolygon[] })[] {
  const azimuth = (((90 - deg) % 180) + 180) % 180;
  return heights.map((height_m, i) => ({
    id: i + 1,
    footprint: [rotated(rectangle(i * 5.5, 0, 5.5, 7), deg)],
    ridge_azimuth_deg: azimuth,
    roof_shape: 'gable' as const,
    height_m,
    roof_pitch_deg: 38,
  }));
}

describe('findRoofRows', () => {
  it('groups a row of attached corons and leaves a detached house alone', () => {
    const detached: RowCandidate = {
      id: 9,
      footprint: [rectangle(40, 0, 8, 8)],
      ridge_azimuth_deg: 90,
      roof_shape: 'gable',
    };
    const rows = findRoofRows([...coronRow(17), detached]);
    expect(rows.map((row) => row.map((b) => b.id))).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('does not join back-to-back houses, houses with crossing ridges, hipped roofs or a gap of 10 cm', () => {
    const front: RowCandidate = {
      id: 1,
      footprint: [rectangle(0, 0, 8, 8)],
      ridge_azimuth_deg: 90,
      roof_shape: 'gable',
    };
    const back: RowCandidate = {
      id: 2,
      footprint: [rectangle(0, 8, 8, 8)],
      ridge_azimuth_deg: 90,
      roof_shape: 'gable',
    };
    const crossing: RowCandidate = {
      id: 3,
      footprint: [rectangle(8, 0, 8, 8)],
      ridge_azimuth_deg: 0,
      roof_shape: 'gable',
    };
    const hipped: RowCandidate = {
      id: 4,
      footprint: [rectangle(-8, 0, 8, 8)],
      ridge_azimuth_deg: 90,
      roof_shape: 'hip',
    };
    const gap: RowCandidate = {
      id: 5,
      footprint: [rectangle(8.1, 8, 8, 8)],
      ridge_azimuth_deg: 90,
      roof_shape: 'gable',
    };
    expect(findRoofRows([front, back, crossing, hipped, gap])).toEqual([]);
    expect(findRoofRows([back, gap], 0.2).map((row) => row.map((b) => b.id))).toEqual([[2, 5]]);
  });

  it('rejects a negative tolerance', () => {
    expect(() => findRoofRows([], -1)).toThrow(/toleranceM/);
  });
});

describe('rowRidge', () => {
  it('gives every house of a row of 5 the same two roof planes', () => {
    for (const deg of [0, 17, 90, 133]) {
      const row = coronRow(deg, [6.4, 6.5, 6.5, 6.6, 6.5]);
      const ridge = rowRidge(row);
      expect(ridge.height_m).toBe(6.5);
      expect(ridge.pitch_deg).toBe(38);
      const planes = row.map((house) => {
        const { faces } = roofFaces(
          roofInput(house.footprint, { roof_shape: 'gable', roof_pitch_deg: 38, typology: 'coron', ridgeLine: ridge }),
        );
        expect(faces).toHaveLength(2);
        return faces.map((f) => {
          // Plane n·p = d through the face's first vertex.
          const [nx, ny, nz] = f.normal;
          const [x, y, z] = f.ring[0]!;
          return { n: f.normal, d: nx * x + ny * y + nz * z, azimuth: f.azimuth_deg };
        });
      });
      for (const side of [0, 1]) {
        const reference = planes.find((p) => p[side])![side]!;
        for (const house of planes) {
          const same = house.find((p) => Math.abs(p.azimuth - reference.azimuth) < 1e-6)!;
          for (let c = 0; c < 3; c++) expect(same.n[c]).toBeCloseTo(reference.n[c]!, 12);
          expect(same.d).toBeCloseTo(reference.d, 9);
        }
      }
    }
  });

  it('runs along the members’ ridge even when the row is shorter than it is deep', () => {
    const pair: RowCandidate[] = [0, 1].map((i) => ({
      id: i,
      footprint: [rectangle(i * 4, 0, 4, 9)],
      ridge_azimuth_deg: 90,
      roof_shape: 'gable',
      height_m: 8,
    }));
    const ridge = rowRidge(pair);
    expect(ridge.from[1]).toBeCloseTo(4.5, 12);
    expect(ridge.to[1]).toBeCloseTo(4.5, 12);
    expect(Math.abs(ridge.to[0] - ridge.from[0])).toBeCloseTo(8, 12);
    expect(ridge.pitch_deg).toBeNull();
  });

  it('needs a height', () => {
    expect(() =>
      rowRidge([{ id: 1, footprint: [rectangle(0, 0, 4, 4)], ridge_azimuth_deg: 0, roof_shape: 'gable' }]),
    ).toThrow(/height_m/);
  });
});
