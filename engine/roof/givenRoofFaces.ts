import { signedArea } from '../geo/signedArea';
import type { LocalPoint, RoofFace, Vec3 } from '../geo/types';
import { SLIVER_M2 } from './clipPart';
import { counterClockwise } from './counterClockwise';
import { holeFreePieces } from './holeFreePieces';
import { newellVector } from './newellVector';
import { openRing } from './openRing';
import { planarFace, type RoofPlane } from './planarFace';

/**
 * Steepest surface kept as roof [°]: 3D city models label some wall pieces (parapets, dormer cheeks, the risers of
 * split-level roofs) as RoofSurface, and a face that steep is a wall for the sun and the shading scene alike.
 */
export const MAX_GIVEN_TILT_DEG = 85;

/** Smallest surface kept, true area [m²]: below it a surface holds no panel and is modelling debris (slivers). */
export const MIN_GIVEN_AREA_M2 = 0.5;

/**
 * Largest vertical distance of a vertex from the surface's fitted plane [m] for the surface to be kept (projected
 * onto that plane). 3DBAG roof surfaces are planar within centimetres; 0.25 m over a 5 m face tilts it by < 3°, which
 * changes its annual irradiation by ~1 %, while a larger warp means the polygon spans several real faces.
 */
export const MAX_PLANE_OFFSET_M = 0.25;

/** A polygon in the local frame with heights: outer ring then holes, GeoJSON style [x_m, y_m, z_m]. */
export type LocalPolygon3 = number[][][];

export interface GivenRoofResult {
  /** The kept faces, indexed from `indexBase` in the order of the surfaces. */
  faces: RoofFace[];
  /** Lowest point of the kept faces, never below 0 [m]; 0 when no face is kept. */
  eaves_m: number;
  /** Surfaces not kept, by reason. */
  dropped: { degenerate: number; vertical: number; tiny: number; nonPlanar: number };
  /** Surfaces kept whose vertices were moved onto their fitted plane by more than 1 mm. */
  projected: number;
  /** Largest vertical move of a kept vertex onto its face's plane [m]. */
  maxPlaneOffset_m: number;
}

const COS_MAX_TILT = Math.cos((MAX_GIVEN_TILT_DEG * Math.PI) / 180);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validate(surfaces: unknown, indexBase: unknown): asserts surfaces is LocalPolygon3[] {
  if (!Array.isArray(surfaces)) throw new RangeError(`surfaces must be an array of polygons, got ${typeof surfaces}`);
  surfaces.forEach((polygon: unknown, i) => {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      throw new RangeError(`surfaces[${i}] must be a polygon: an array of rings, outer ring first`);
    }
    polygon.forEach((ring: unknown, j) => {
      if (!Array.isArray(ring)) throw new RangeError(`surfaces[${i}][${j}] must be a ring of [x_m, y_m, z_m] points`);
      ring.forEach((p: unknown, k) => {
        if (!Array.isArray(p) || !finite(p[0]) || !finite(p[1]) || !finite(p[2])) {
          throw new RangeError(
            `surfaces[${i}][${j}][${k}] must be a point [x_m, y_m, z_m] of finite numbers, got ${JSON.stringify(p)}`,
          );
        }
      });
    });
  });
  if (!Number.isSafeInteger(indexBase) || (indexBase as number) < 0) {
    throw new RangeError(`indexBase must be an integer ≥ 0, got ${String(indexBase)}`);
  }
}

/** The ring's vertices without the closing one nor consecutive repeats (3D). */
function distinctVertices(ring: readonly number[][]): Vec3[] {
  const out: Vec3[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1] || last[2] !== p[2]) out.push([p[0]!, p[1]!, p[2]!]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1] && first![2] === last![2]) out.pop();
  return out;
}

const plan = (ring: readonly number[][]): LocalPoint[] => openRing(ring.map((p): LocalPoint => [p[0]!, p[1]!]));

/**
 * Roof faces given by a 3D city model (CityJSON LoD2 RoofSurface polygons) instead of inferred ones. Each surface's
 * plane is Newell's (the normal of its outer ring's vector area, through the mean of its vertices; M. E. Newell, in
 * Sutherland, Sproull & Schumacker, ACM Computing Surveys 6(1), 1974, doi:10.1145/356625.356626), turned upwards
 * when the ring runs clockwise seen from above; the surface's plan outline is then lifted onto that plane by
 * `planarFace`, as every inferred face is, so that the ring ends up closed, counter-clockwise seen from above and
 * exactly planar, and tilt, azimuth and areas come from the same code. Surfaces are dropped when degenerate (fewer
 * than 3 distinct vertices, no area), near-vertical (tilt ≥ 85°: walls labelled roof), tiny (true area < 0.5 m²) or
 * warped (a vertex more than 0.25 m above or below the plane); a kept surface's vertices move vertically onto the
 * plane, by `maxPlaneOffset_m` at most.
 *
 * Holes (a chimney or a skylight cut out of a surface): a face is one ring everywhere downstream (`faceGrid`, the
 * shading scene's self-face test, roof_faces, the API), so a surface with holes is cut into hole-free pieces
 * (`holeFreePieces`, as flat roofs over courtyards are), each a face on the same plane: no sample falls in a hole
 * and the areas exclude it.
 *
 * @param surfaces polygons in the local frame [m], each outer ring then holes, z = height above the ground [m]
 * @param indexBase index of the first face (default 0); faces are numbered consecutively from it
 * @returns the faces, eaves_m = their lowest point [m], and what was dropped or projected
 * @throws RangeError naming the argument when a polygon, ring or point is malformed
 * @example givenRoofFaces([[[[0, 0, 4], [0, 8, 4], [6, 8, 7], [6, 0, 7], [0, 0, 4]]]])
 *   // one face looking west (azimuth 270), tilt 26.6°, 48 m² in plan, 53.7 m² true; eaves_m 4
 */
export function givenRoofFaces(surfaces: LocalPolygon3[], indexBase = 0): GivenRoofResult {
  validate(surfaces, indexBase);
  const faces: RoofFace[] = [];
  const dropped = { degenerate: 0, vertical: 0, tiny: 0, nonPlanar: 0 };
  let projected = 0;
  let maxPlaneOffset_m = 0;
  for (const polygon of surfaces) {
    const outer = distinctVertices(polygon[0]!);
    let [nx, ny, nz] = outer.length >= 3 ? newellVector(outer) : [0, 0, 0];
    const twiceArea = Math.hypot(nx, ny, nz);
    if (!(twiceArea > 0)) {
      dropped.degenerate += 1;
      continue;
    }
    // A ring clockwise seen from above spans the same plane; its normal points down.
    if (nz < 0) [nx, ny, nz] = [-nx, -ny, -nz];
    if (nz <= twiceArea * COS_MAX_TILT) {
      dropped.vertical += 1;
      continue;
    }
    const c = outer
      .reduce<Vec3>((s, p) => [s[0] + p[0], s[1] + p[1], s[2] + p[2]], [0, 0, 0])
      .map((v) => v / outer.length) as Vec3;
    const plane: RoofPlane = { gx: -nx / nz, gy: -ny / nz, z0_m: c[2] + (nx * c[0] + ny * c[1]) / nz };
    const exterior = counterClockwise(plan(polygon[0]!));
    const holes = polygon
      .slice(1)
      .map(plan)
      .filter((ring) => ring.length >= 3)
      .map((ring) => counterClockwise(ring).reverse());
    const pieces = (holes.length > 0 ? holeFreePieces([exterior, ...holes]) : [exterior]).filter(
      (ring) => ring.length >= 3 && signedArea(ring) > SLIVER_M2,
    );
    const planArea_m2 = pieces.reduce((s, ring) => s + signedArea(ring), 0);
    if (pieces.length === 0) {
      dropped.degenerate += 1;
      continue;
    }
    if ((planArea_m2 * twiceArea) / nz < MIN_GIVEN_AREA_M2) {
      dropped.tiny += 1;
      continue;
    }
    let offset_m = 0;
    for (const ring of polygon) {
      for (const p of ring)
        offset_m = Math.max(offset_m, Math.abs(p[2]! - plane.z0_m - plane.gx * p[0]! - plane.gy * p[1]!));
    }
    if (offset_m > MAX_PLANE_OFFSET_M) {
      dropped.nonPlanar += 1;
      continue;
    }
    if (offset_m > 1e-3) projected += 1;
    maxPlaneOffset_m = Math.max(maxPlaneOffset_m, offset_m);
    for (const piece of pieces) faces.push(planarFace(piece, plane, indexBase + faces.length));
  }
  let lowest = Infinity;
  for (const face of faces) for (const p of face.ring) lowest = Math.min(lowest, p[2]);
  // A vertex a few centimetres under the ground reference (sloping ground) must not sink the walls below 0.
  const eaves_m = faces.length > 0 ? Math.max(0, lowest) : 0;
  return { faces, eaves_m, dropped, projected, maxPlaneOffset_m };
}
