import { featureCollection, polygon, union } from '@turf/turf';

/**
 * The 2D footprint of a CityJSON building geometry, in the file's CRS [m]. A closed LoD1/LoD2 solid always projects
 * to an area: a footprint that comes out near zero is a derivation that collapsed (a part whose floor is not labelled
 * GroundSurface, a MultiSurface without a floor whose walls lean by a few millimetres), so the footprint is checked
 * against the projection of the roof and, when it falls short, taken from the projection of the whole geometry.
 */

export interface Surface {
  /** Rings of vertex indices, outer ring first; CityJSON rings are not closed. */
  rings: number[][];
  semantic: string | null;
}

/** Where a footprint came from, in the order they are tried. */
export type FootprintSource = 'GroundSurface' | 'floor' | 'bottom faces' | 'projection of the faces';

/** A z within this of the lowest z counts as on the ground [m]. */
const Z_TOLERANCE = 0.01;
/** A face whose 2D projection is smaller than this is vertical (a wall) [m²]. */
export const AREA_EPSILON = 1e-4;
/**
 * A face whose unit normal's z component is within ± this is a wall (tilt within ≈ 6° of vertical): its projection is
 * a sliver, neither floor nor roof. Real walls lean by millimetres, which makes their projection > AREA_EPSILON.
 */
export const WALL_NORMAL_Z = 0.1;
/**
 * A footprint under this share of the roof's projected area has collapsed [-]. Eaves make the roof's projection
 * larger than the ground by 10–30 % on houses (0.3–0.6 m overhangs on 8 m × 10 m: 80 m² of ground under 90–105 m² of
 * roof); below half, the faces found are not the building's ground, and the projection of the geometry is used.
 */
export const MIN_GROUND_TO_ROOF = 0.5;

/** Twice the signed area of a ring projected on the xy plane, relative to its first vertex to keep precision [m²]. */
export function signedArea2(ring: number[], c: Float64Array): number {
  if (ring.length < 3) return 0;
  const x0 = c[ring[0]! * 3]!;
  const y0 = c[ring[0]! * 3 + 1]!;
  let sum = 0;
  for (let k = 1; k + 1 < ring.length; k++) {
    const a = ring[k]! * 3;
    const b = ring[k + 1]! * 3;
    sum += (c[a]! - x0) * (c[b + 1]! - y0) - (c[b]! - x0) * (c[a + 1]! - y0);
  }
  return sum;
}

/** Unit normal's z component by Newell's method (outward for a CityJSON surface, whose rings turn anticlockwise). */
export function normalZ(ring: number[], c: Float64Array): number {
  let nx = 0;
  let ny = 0;
  let nz = 0;
  const o = ring[0]! * 3;
  for (let k = 0; k < ring.length; k++) {
    const a = ring[k]! * 3;
    const b = ring[(k + 1) % ring.length]! * 3;
    const ax = c[a]! - c[o]!;
    const ay = c[a + 1]! - c[o + 1]!;
    const az = c[a + 2]! - c[o + 2]!;
    const bx = c[b]! - c[o]!;
    const by = c[b + 1]! - c[o + 1]!;
    const bz = c[b + 2]! - c[o + 2]!;
    nx += (ay - by) * (az + bz);
    ny += (az - bz) * (ax + bx);
    nz += (ax - bx) * (ay + by);
  }
  const length = Math.hypot(nx, ny, nz);
  return length > 0 ? nz / length : 0;
}

/** A closed 2D ring, anticlockwise when `outer`, clockwise otherwise (RFC 7946 order). */
function ring2d(ring: number[], c: Float64Array, outer: boolean): number[][] {
  const out = ring.map((v) => [c[v * 3]!, c[v * 3 + 1]!]);
  if (signedArea2(ring, c) > 0 !== outer) out.reverse();
  out.push([out[0]![0]!, out[0]![1]!]);
  return out;
}

const polygon2d = (s: Surface, c: Float64Array) => s.rings.map((ring, i) => ring2d(ring, c, i === 0));

/** One footprint from several faces: their union, so that faces sharing edges do not make an invalid MultiPolygon. */
function merge(polygons: number[][][][]): number[][][][] {
  const usable = polygons.filter((p) => p[0]!.length >= 4);
  if (usable.length <= 1) return usable;
  try {
    const merged = union(featureCollection(usable.map((p) => polygon(p))));
    if (!merged) return usable;
    const g = merged.geometry;
    return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  } catch {
    // polyclip refuses some degenerate inputs: keep the faces apart and let the pipeline repair them
    return usable;
  }
}

/** Planar area of closed 2D rings (shoelace) [m²]. */
const ringArea = (ring: number[][]) =>
  Math.abs(ring.slice(0, -1).reduce((s, p, i) => s + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0)) / 2;

/** Planar area of polygons (outer ring minus holes) [m²]. */
export const polygonsArea = (polygons: number[][][][]) =>
  polygons.reduce((s, rings) => s + ringArea(rings[0]!) - rings.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);

export type FootprintResult =
  | { ok: true; polygons: number[][][][]; from: FootprintSource; area_m2: number; roofArea_m2: number }
  | { ok: false; reason: string };

/**
 * The footprint of a geometry's surfaces: the GroundSurface polygons; else the horizontal faces at the lowest z (the
 * floor); else the faces looking down (a floor on a slope, the lowest closed ring of the solid); checked against the
 * roof's projected area (the sum of the upward faces' projections) and, when none of these exists or it falls under
 * MIN_GROUND_TO_ROOF of the roof, the union of the projections of every non-vertical face. A reason when even that
 * has no area (every face vertical). `at` names the geometry in the reason.
 */
export function footprintOf(surfaces: Surface[], c: Float64Array, minZ: number, at: string): FootprintResult {
  const faces = surfaces.map((s) => ({
    s,
    nz: normalZ(s.rings[0]!, c),
    area: Math.abs(signedArea2(s.rings[0]!, c)) / 2,
  }));
  const onGround = (s: Surface) => s.rings.every((r) => r.every((v) => Math.abs(c[v * 3 + 2]! - minZ) <= Z_TOLERANCE));
  const projecting = faces.filter((f) => f.area > AREA_EPSILON && Math.abs(f.nz) > WALL_NORMAL_Z);
  const roofArea = projecting.filter((f) => f.nz > 0 && !onGround(f.s)).reduce((sum, f) => sum + f.area, 0);
  const candidates: [FootprintSource, typeof faces][] = [
    ['GroundSurface', faces.filter((f) => f.s.semantic === 'GroundSurface' && f.area > AREA_EPSILON)],
    ['floor', faces.filter((f) => f.area > AREA_EPSILON && onGround(f.s))],
    ['bottom faces', projecting.filter((f) => f.nz < 0)],
  ];
  for (const [from, found] of candidates) {
    if (found.length === 0) continue;
    const polygons = merge(found.map((f) => polygon2d(f.s, c)));
    const area = polygonsArea(polygons);
    if (area > AREA_EPSILON && !(area < MIN_GROUND_TO_ROOF * roofArea))
      return { ok: true, polygons, from, area_m2: area, roofArea_m2: roofArea };
    break;
  }
  const polygons = merge(projecting.map((f) => polygon2d(f.s, c)));
  const area = polygonsArea(polygons);
  if (polygons.length === 0 || !(area > AREA_EPSILON)) {
    return {
      ok: false,
      reason:
        projecting.length === 0
          ? `${at} has no ground surface, no bottom face and no non-vertical face to project`
          : `${at}: the footprint degenerates: the projection of its non-vertical faces has no area`,
    };
  }
  return { ok: true, polygons, from: 'projection of the faces', area_m2: area, roofArea_m2: roofArea };
}
