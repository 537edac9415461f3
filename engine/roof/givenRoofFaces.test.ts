import { describe, expect, it } from 'vitest';
import { signedArea } from '../geo/signedArea';
import type { RoofFace } from '../geo/types';
import { faceGrid } from './faceGrid';
import { givenRoofFaces, MAX_PLANE_OFFSET_M, type LocalPolygon3 } from './givenRoofFaces';

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Plan signed area of a face's ring: positive when counter-clockwise seen from above [m²]. */
const planSigned = (face: RoofFace) => signedArea(face.ring.map((p): [number, number] => [p[0], p[1]]));

/** Largest distance of a face's vertices from the plane of its normal through its first vertex [m]. */
const warp = (face: RoofFace) => {
  const [nx, ny, nz] = face.normal;
  const [x0, y0, z0] = face.ring[0]!;
  return Math.max(...face.ring.map(([x, y, z]) => Math.abs(nx * (x - x0) + ny * (y - y0) + nz * (z - z0))));
};

/**
 * A 10 m (east–west) × 6 m (north–south) plan rectangle whose plane falls towards the south at 30°: eaves at 3 m
 * along y = 0, rising 6·tan 30° = 3.464 m to the north edge. Counter-clockwise seen from above, closed.
 */
const rise = 6 * Math.tan(rad(30));
const southFace: LocalPolygon3 = [
  [
    [0, 0, 3],
    [10, 0, 3],
    [10, 6, 3 + rise],
    [0, 6, 3 + rise],
    [0, 0, 3],
  ],
];

describe('givenRoofFaces', () => {
  it('a 30° south-facing plane of 10 m × 6 m in plan: tilt 30°, azimuth 180°, 60 m² in plan, 60 / cos 30° true', () => {
    const { faces, eaves_m, dropped, projected, maxPlaneOffset_m } = givenRoofFaces([southFace]);
    expect(faces).toHaveLength(1);
    const face = faces[0]!;
    expect(face.index).toBe(0);
    expect(face.tilt_deg).toBeCloseTo(30, 10);
    expect(face.azimuth_deg).toBeCloseTo(180, 10);
    expect(face.plan_area_m2).toBeCloseTo(60, 10);
    expect(face.area_m2).toBeCloseTo(60 / Math.cos(rad(30)), 10);
    // Downslope south and up: (0, −sin 30°, cos 30°).
    expect(face.normal[0]).toBeCloseTo(0, 12);
    expect(face.normal[1]).toBeCloseTo(-0.5, 12);
    expect(face.normal[2]).toBeCloseTo(Math.cos(rad(30)), 12);
    expect(face.ring).toHaveLength(5);
    expect(face.ring[0]).toEqual(face.ring[4]);
    expect(planSigned(face)).toBeCloseTo(60, 10);
    expect(eaves_m).toBeCloseTo(3, 12);
    expect(dropped).toEqual({ degenerate: 0, vertical: 0, tiny: 0, nonPlanar: 0 });
    expect(projected).toBe(0);
    expect(maxPlaneOffset_m).toBeLessThan(1e-12);
  });

  it('reverses a ring given clockwise seen from above: same plane, counter-clockwise ring, same figures', () => {
    const clockwise: LocalPolygon3 = [[...southFace[0]!].reverse()];
    const [face] = givenRoofFaces([clockwise]).faces;
    expect(planSigned(face!)).toBeCloseTo(60, 10);
    expect(face!.ring[0]).toEqual(face!.ring[face!.ring.length - 1]);
    expect(face!.tilt_deg).toBeCloseTo(30, 10);
    expect(face!.azimuth_deg).toBeCloseTo(180, 10);
    expect(face!.area_m2).toBeCloseTo(60 / Math.cos(rad(30)), 10);
  });

  it('turns a downward Newell normal up: an east-facing 40° face given clockwise has normal (sin 40°, 0, cos 40°)', () => {
    // Plane z = 8 − tan 40°·x over x ∈ [0, 5], y ∈ [0, 9]; the ring runs clockwise seen from above (normal down).
    const t = Math.tan(rad(40));
    const ring = [
      [0, 0, 8],
      [0, 9, 8],
      [5, 9, 8 - 5 * t],
      [5, 0, 8 - 5 * t],
      [0, 0, 8],
    ];
    expect(signedArea(ring.map((p): [number, number] => [p[0]!, p[1]!]))).toBeLessThan(0);
    const { faces, eaves_m } = givenRoofFaces([[ring]]);
    const face = faces[0]!;
    expect(face.normal[0]).toBeCloseTo(Math.sin(rad(40)), 12);
    expect(face.normal[1]).toBeCloseTo(0, 12);
    expect(face.normal[2]).toBeCloseTo(Math.cos(rad(40)), 12);
    expect(face.azimuth_deg).toBeCloseTo(90, 10);
    expect(face.tilt_deg).toBeCloseTo(40, 10);
    expect(face.plan_area_m2).toBeCloseTo(45, 10);
    expect(eaves_m).toBeCloseTo(8 - 5 * t, 12);
    // The face grid accepts it (it refuses a ring whose normal points down).
    expect(faceGrid(face).points.length / 3).toBeGreaterThan(0);
  });

  it('drops a vertical polygon (a wall labelled roof) and keeps 84° but not 86°', () => {
    const wall: LocalPolygon3 = [
      [
        [0, 0, 2],
        [10, 0, 2],
        [10, 0, 5],
        [0, 0, 5],
        [0, 0, 2],
      ],
    ];
    const vertical = givenRoofFaces([wall]);
    expect(vertical.faces).toHaveLength(0);
    expect(vertical.dropped.vertical).toBe(1);
    expect(vertical.eaves_m).toBe(0);
    // A 10 m wide face rising 3 m over a plan depth of 3 / tan(tilt).
    const steep = (tilt: number): LocalPolygon3 => {
      const depth = 3 / Math.tan(rad(tilt));
      return [
        [
          [0, 0, 2],
          [10, 0, 2],
          [10, depth, 5],
          [0, depth, 5],
          [0, 0, 2],
        ],
      ];
    };
    const result = givenRoofFaces([steep(86), steep(84)]);
    expect(result.dropped.vertical).toBe(1);
    expect(result.faces).toHaveLength(1);
    expect(result.faces[0]!.tilt_deg).toBeCloseTo(84, 10);
    expect(result.faces[0]!.index).toBe(0);
  });

  it('projects a slightly warped quad onto its Newell plane and reports how far it moved the vertices', () => {
    // A flat 10 m × 6 m quad with one corner raised 0.1 m. Newell's vector of a quad is the cross product of its
    // diagonals, (10, 6, 0.1) × (−10, 6, 0) = (−0.6, −1, 120); the plane through the vertex mean (5, 3, 0.025) leaves
    // every vertex 0.1 / 4 = 0.025 m above or below it.
    const quad: LocalPolygon3 = [
      [
        [0, 0, 0],
        [10, 0, 0],
        [10, 6, 0.1],
        [0, 6, 0],
        [0, 0, 0],
      ],
    ];
    const { faces, projected, maxPlaneOffset_m } = givenRoofFaces([quad]);
    expect(faces).toHaveLength(1);
    const face = faces[0]!;
    expect(projected).toBe(1);
    expect(maxPlaneOffset_m).toBeCloseTo(0.025, 12);
    expect(face.tilt_deg).toBeCloseTo(deg(Math.atan2(Math.hypot(0.6, 1), 120)), 10);
    expect(face.azimuth_deg).toBeCloseTo(deg(Math.atan2(-0.6, -1)) + 360, 10);
    expect(warp(face)).toBeLessThan(1e-12);
    expect(face.plan_area_m2).toBeCloseTo(60, 10);
    // Corners move by the offset only: (0, 0) goes down to −0.025 and (10, 6) from 0.1 to 0.075.
    expect(face.ring.find((p) => p[0] === 10 && p[1] === 6)![2]).toBeCloseTo(0.075, 12);
  });

  it('drops a quad warped beyond the tolerance (one corner 1.2 m off: 0.3 m from the plane)', () => {
    const lift = 4 * (MAX_PLANE_OFFSET_M + 0.05);
    const quad: LocalPolygon3 = [
      [
        [0, 0, 3],
        [10, 0, 3],
        [10, 6, 3 + lift],
        [0, 6, 3],
      ],
    ];
    const result = givenRoofFaces([quad, southFace]);
    expect(result.dropped.nonPlanar).toBe(1);
    expect(result.faces).toHaveLength(1);
    expect(result.faces[0]!.azimuth_deg).toBeCloseTo(180, 10);
  });

  it('drops faces under 0.5 m² of true area, measured on the slope, and degenerate rings', () => {
    const flat = (w: number, d: number, z = 5): LocalPolygon3 => [
      [
        [0, 0, z],
        [w, 0, z],
        [w, d, z],
        [0, d, z],
        [0, 0, z],
      ],
    ];
    // 0.45 m² in plan at 30° is 0.45 / cos 30° = 0.52 m² true: kept; 0.48 m² flat: dropped.
    const d = 0.45;
    const sloped: LocalPolygon3 = [
      [
        [0, 0, 5],
        [1, 0, 5],
        [1, d, 5 + d * Math.tan(rad(30))],
        [0, d, 5 + d * Math.tan(rad(30))],
      ],
    ];
    const collinear: LocalPolygon3 = [
      [
        [0, 0, 5],
        [1, 0, 5],
        [2, 0, 5],
        [0, 0, 5],
      ],
    ];
    const twoPoints: LocalPolygon3 = [
      [
        [0, 0, 5],
        [1, 0, 5],
        [0, 0, 5],
      ],
    ];
    const result = givenRoofFaces([flat(0.6, 0.8), sloped, collinear, twoPoints, flat(0.5, 1.2)]);
    expect(result.dropped).toEqual({ degenerate: 2, vertical: 0, tiny: 1, nonPlanar: 0 });
    expect(result.faces.map((f) => f.index)).toEqual([0, 1]);
    expect(result.faces[0]!.area_m2).toBeCloseTo(0.45 / Math.cos(rad(30)), 10);
    expect(result.faces[1]!.area_m2).toBeCloseTo(0.6, 10);
  });

  it('cuts a face with a hole into hole-free faces on the same plane; no sample falls in the hole', () => {
    // A 10 m × 10 m face falling south at 20° with a 2 m × 2 m chimney hole at (4–6, 4–6): 96 m² in plan.
    const t = Math.tan(rad(20));
    const at = (x: number, y: number) => [x, y, 3 + y * t];
    const face: LocalPolygon3 = [
      [at(0, 0), at(10, 0), at(10, 10), at(0, 10), at(0, 0)],
      [at(4, 4), at(4, 6), at(6, 6), at(6, 4), at(4, 4)],
    ];
    const { faces } = givenRoofFaces([face, southFace], 2);
    const pieces = faces.slice(0, -1);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(faces.map((f) => f.index)).toEqual(faces.map((_, i) => 2 + i));
    expect(sum(pieces.map((f) => f.plan_area_m2))).toBeCloseTo(96, 9);
    expect(sum(pieces.map((f) => f.area_m2))).toBeCloseTo(96 / Math.cos(rad(20)), 9);
    for (const piece of pieces) {
      expect(piece.tilt_deg).toBeCloseTo(20, 10);
      expect(piece.azimuth_deg).toBeCloseTo(180, 10);
      expect(planSigned(piece)).toBeGreaterThan(0);
      const points = faceGrid(piece, 0.5).points;
      for (let k = 0; k < points.length; k += 3) {
        const inHole = points[k]! > 4 && points[k]! < 6 && points[k + 1]! > 4 && points[k + 1]! < 6;
        expect(inHole, `sample (${points[k]}, ${points[k + 1]})`).toBe(false);
      }
    }
    expect(faces[faces.length - 1]!.azimuth_deg).toBeCloseTo(180, 10);
  });

  it('eaves_m is the lowest point of the kept faces, never below the ground', () => {
    const low: LocalPolygon3 = [
      [
        [20, 0, 2.5],
        [26, 0, 2.5],
        [26, 4, 4],
        [20, 4, 4],
      ],
    ];
    expect(givenRoofFaces([southFace, low]).eaves_m).toBeCloseTo(2.5, 12);
    const underground: LocalPolygon3 = [
      [
        [0, 0, -0.04],
        [5, 0, -0.04],
        [5, 5, 2],
        [0, 5, 2],
      ],
    ];
    expect(givenRoofFaces([underground]).eaves_m).toBe(0);
  });

  it('refuses malformed input with a RangeError naming the argument', () => {
    expect(() => givenRoofFaces(null as unknown as LocalPolygon3[])).toThrow(/^surfaces must be an array/);
    expect(() => givenRoofFaces([[]])).toThrow(/^surfaces\[0\] must be a polygon/);
    expect(() =>
      givenRoofFaces([
        southFace,
        [
          [
            [0, 0, 1],
            [1, 0, Number.NaN],
            [1, 1, 1],
          ],
        ],
      ]),
    ).toThrow(/^surfaces\[1\]\[0\]\[1\] must be a point \[x_m, y_m, z_m\]/);
    expect(() =>
      givenRoofFaces([
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
          ],
        ],
      ]),
    ).toThrow(/^surfaces\[0\]\[0\]\[0\] must be a point/);
    expect(() => givenRoofFaces([southFace], -1)).toThrow(/^indexBase must be an integer ≥ 0, got -1/);
    expect(() => givenRoofFaces([southFace], -1)).toThrow(RangeError);
  });
});
