import { describe, expect, it } from 'vitest';
import type { LocalPolygon, RoofFace } from '../geo/types';
import { faceGrid, SAMPLE_LIFT_M } from './faceGrid';
import { faceUv } from './faceUv';
import { roofFaces } from './roofFaces';
import { rectangle, roofInput, rotated } from './testkit';

function faces(footprint: LocalPolygon, shape: 'flat' | 'gable' | 'hip', pitch = 40): RoofFace[] {
  return roofFaces(roofInput([footprint], { roof_shape: shape, roof_pitch_deg: pitch, height_m: 9 })).faces;
}

/** Distance of a point from the face's plane, along its normal [m]. */
const lift = (face: RoofFace, x: number, y: number, z: number) => {
  const [nx, ny, nz] = face.normal;
  const [px, py, pz] = face.ring[0]!;
  return nx * (x - px) + ny * (y - py) + nz * (z - pz);
};

describe('faceGrid', () => {
  it('samples a flat 21 m × 7 m roof on 147 cells of 1 m, east and north', () => {
    const [face] = faces(rectangle(0, 0, 21, 7), 'flat');
    const grid = faceGrid(face!);
    expect(grid).toMatchObject({ nu: 21, nv: 7, u: [1, 0, 0], v: [0, 1, 0], origin: [0, 0, 9], spacing_m: 1 });
    expect(grid.inside.every((x) => x === 1)).toBe(true);
    expect(Array.from(grid.points.slice(0, 3))).toEqual([0.5, 0.5, 9 + SAMPLE_LIFT_M]);
  });

  it('puts every sample 0.05 m above its face, u horizontal, v up-slope, and covers the face area', () => {
    const footprints = [
      rotated(rectangle(0, 0, 11, 7.3), 31),
      [
        [
          [0, 0],
          [12, 0],
          [12, 6],
          [4, 6],
          [4, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    ];
    for (const footprint of footprints) {
      for (const shape of ['gable', 'hip'] as const) {
        for (const face of faces(footprint as LocalPolygon, shape)) {
          for (const spacing of [1, 0.5, 0.25]) {
            const grid = faceGrid(face, spacing);
            expect(grid.u[2]).toBe(0);
            expect(grid.v[2]).toBeGreaterThan(0);
            const count = grid.points.length / 3;
            for (let k = 0; k < count; k++) {
              const [x, y, z] = [grid.points[3 * k]!, grid.points[3 * k + 1]!, grid.points[3 * k + 2]!];
              expect(lift(face, x, y, z)).toBeCloseTo(SAMPLE_LIFT_M, 9);
            }
            // Boundary error: at most the cells the outline crosses, about perimeter / spacing cells.
            const perimeter = face.ring
              .slice(1)
              .reduce((s, p, i) => s + Math.hypot(...p.map((c, k) => c - face.ring[i]![k]!)), 0);
            expect(Math.abs(count * spacing * spacing - face.area_m2)).toBeLessThanOrEqual(
              perimeter * spacing + spacing * spacing,
            );
          }
        }
      }
    }
  });

  it('gets within 1 % of the area of a 30 m × 20 m gable at 0.25 m', () => {
    for (const face of faces(rotated(rectangle(0, 0, 30, 20), 12), 'gable', 35)) {
      const grid = faceGrid(face, 0.25);
      expect(Math.abs(((grid.points.length / 3) * 0.0625) / face.area_m2 - 1)).toBeLessThan(0.01);
    }
  });

  it('gives a face smaller than a cell one sample, in its centroid cell', () => {
    const [face] = faces(rectangle(0, 0, 0.4, 0.3), 'flat');
    const grid = faceGrid(face!);
    expect([grid.nu, grid.nv, grid.points.length]).toEqual([1, 1, 3]);
    expect(grid.inside[0]).toBe(1);
  });

  it('is rebuilt identically from the ring alone (as the browser does from the API’s JSON)', () => {
    for (const face of faces(rotated(rectangle(0, 0, 9, 7), 77), 'hip')) {
      const ring = JSON.parse(JSON.stringify(face.ring));
      const again = faceGrid({ ...face, ring, normal: [0, 0, 1], tilt_deg: NaN });
      expect(again).toEqual(faceGrid(face));
    }
  });

  it('rejects a spacing above 1 m or not positive', () => {
    const [face] = faces(rectangle(0, 0, 4, 4), 'flat');
    expect(() => faceGrid(face!, 1.5)).toThrow(/spacing_m/);
    expect(() => faceGrid(face!, 0)).toThrow(/spacing_m/);
    expect(() => faceGrid(face!, NaN)).toThrow(/spacing_m/);
  });
});

describe('faceUv', () => {
  it('maps the ring into [0, 1]², the grid origin corner to (0, 0)', () => {
    const [face] = faces(rectangle(2, 3, 10, 5), 'flat');
    const grid = faceGrid(face!, 0.5);
    const uv = faceUv(face!, grid);
    expect(uv).toHaveLength(face!.ring.length);
    expect(uv[0]).toEqual([0, 0]);
    expect(uv[2]).toEqual([1, 1]);
    for (const f of faces(rotated(rectangle(0, 0, 9.3, 6.1), 20), 'hip')) {
      for (const [u, v] of faceUv(f, faceGrid(f))) {
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThanOrEqual(1);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });
});
