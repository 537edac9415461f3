/**
 * One building as triangles: walls up to the eaves and a roof on top. Pitched roofs (gable, hip, shed) are built
 * on the box of each footprint part aligned with the ridge azimuth (or, when that box does not fit, with the part's
 * longest edge) provided the part is near-rectangular; anything else is extruded with a flat roof at the building
 * height. height_m is the top of the roof, so the eaves sit at height_m − rise.
 */
import { ShapeUtils, Vector2 } from 'three';
import type { BuildingRecord, Polygon } from '../data/types';
import { fromBox, largestPolygon, longestEdgeAzimuth, orientedBox, ringCentroid, type OrientedBox } from './footprint';
import { emitQuad, emitTriangle, emitWalls, upward, type Enh, type TriangleSink } from './triangles';

export type RoofForm = 'flat' | 'gable' | 'hip' | 'shed';

/** Footprint area over its ridge-aligned box area above which a pitched roof is drawn [-]. */
export const MIN_RECTANGULAR_FILL = 0.85;
/** Lowest eaves drawn [m]: a roof never swallows the ground floor. */
export const MIN_EAVES_M = 2.5;
/** Rises below this are drawn flat [m]. */
const MIN_RISE_M = 0.2;
/** Pitch assumed when the data has none [°]. */
const DEFAULT_PITCH_DEG: Record<Exclude<RoofForm, 'flat'>, number> = { gable: 35, hip: 30, shed: 15 };

const ROOF_FORMS: Record<string, Exclude<RoofForm, 'flat'>> = {
  gable: 'gable',
  gambrel: 'gable',
  mansard: 'hip',
  hip: 'hip',
  'half-hip': 'hip',
  pyramidal: 'hip',
  shed: 'shed',
};

export interface BuildingShape {
  roof: RoofForm;
  /** Wall top [m]. */
  eaves_m: number;
  /** Roof top above the eaves [m]. */
  rise_m: number;
  /** A point on the roof above the footprint's middle (east, north, height), used to aim at the building. */
  anchor: Enh;
}

/** The box a pitched roof is built on: along the given ridge, else along the longest edge; null when no box fits. */
function roofBox(polygon: Polygon, ridgeAzimuth_deg: number | null): OrientedBox | null {
  if (polygon.length !== 1) return null;
  const candidates = ridgeAzimuth_deg === null ? [] : [ridgeAzimuth_deg];
  candidates.push(longestEdgeAzimuth(polygon[0]!));
  for (const azimuth of candidates) {
    const box = orientedBox(polygon, azimuth);
    if (box.fill >= MIN_RECTANGULAR_FILL) return box;
  }
  return null;
}

/** Rise of a pitched roof [m], limited so that the eaves stay at MIN_EAVES_M or above. */
function roofRise(form: Exclude<RoofForm, 'flat'>, box: OrientedBox, pitch_deg: number, height_m: number): number {
  const width = box.maxV - box.minV;
  const length = box.maxU - box.minU;
  const run = form === 'shed' ? width : form === 'hip' ? Math.min(width, length) / 2 : width / 2;
  const rise = run * Math.tan((pitch_deg * Math.PI) / 180);
  return Math.max(0, Math.min(rise, height_m - MIN_EAVES_M));
}

/**
 * Emits the triangles of one building and returns what was drawn for its largest part. Each part of a
 * multipolygon gets its own roof; a part with holes or far from a rectangle gets a flat roof.
 */
export function buildBuilding(record: BuildingRecord, sink: TriangleSink): BuildingShape {
  const form = record.roof_shape ? ROOF_FORMS[record.roof_shape] : undefined;
  const main = largestPolygon(record.polygons);
  let mainShape: BuildingShape | null = null;
  for (const polygon of record.polygons) {
    let shape: BuildingShape | null = null;
    const box = form ? roofBox(polygon, record.ridge_azimuth_deg) : null;
    if (form && box) {
      const pitch = Math.min(75, Math.max(5, record.roof_pitch_deg ?? DEFAULT_PITCH_DEG[form]));
      const rise = roofRise(form, box, pitch, record.height_m);
      if (rise >= MIN_RISE_M) shape = buildPitched(form, box, record.height_m, rise, sink);
    }
    shape ??= buildFlat(polygon, record.height_m, sink);
    if (polygon === main) mainShape = shape;
  }
  return mainShape ?? { roof: 'flat', eaves_m: record.height_m, rise_m: 0, anchor: [0, 0, record.height_m] };
}

function buildFlat(polygon: Polygon, height_m: number, sink: TriangleSink): BuildingShape {
  for (const ring of polygon) emitWalls(sink, ring, () => height_m);
  const contour = polygon[0]!.map(([e, n]) => new Vector2(e, n));
  const holes = polygon.slice(1).map((ring) => ring.map(([e, n]) => new Vector2(e, n)));
  const points = [contour, ...holes].flat();
  for (const [i, j, k] of ShapeUtils.triangulateShape(contour, holes)) {
    const a = points[i!]!;
    const b = points[j!]!;
    const c = points[k!]!;
    emitTriangle(sink, [a.x, a.y, height_m], [b.x, b.y, height_m], [c.x, c.y, height_m], upward, 'roof');
  }
  const [e, n] = ringCentroid(polygon[0]!);
  return { roof: 'flat', eaves_m: height_m, rise_m: 0, anchor: [e, n, height_m] };
}

function buildPitched(
  form: Exclude<RoofForm, 'flat'>,
  box: OrientedBox,
  height_m: number,
  rise: number,
  sink: TriangleSink,
): BuildingShape {
  const eaves = height_m - rise;
  const { minU: u0, maxU: u1, minV: v0, maxV: v1 } = box;
  const um = (u0 + u1) / 2;
  const vm = (v0 + v1) / 2;
  const at = (u: number, v: number, h: number): Enh => [...fromBox(box, u, v), h];
  const alongOut: Enh = [box.along[0], box.along[1], 0];
  const alongIn: Enh = [-box.along[0], -box.along[1], 0];
  const wallTop = (u: number, v: number) => (form === 'shed' ? eaves + ((v - v0) / (v1 - v0)) * rise : eaves);

  // Walls on the box, counter-clockwise seen from above (the (u, v) frame is mirrored, hence the order).
  const corners: [number, number][] = [
    [u0, v0],
    [u0, v1],
    [u1, v1],
    [u1, v0],
  ];
  emitWalls(
    sink,
    corners.map(([u, v]) => fromBox(box, u, v)),
    (i) => wallTop(...corners[i]!),
  );

  const A = at(u0, v0, eaves);
  const B = at(u1, v0, eaves);
  const C = at(u1, v1, form === 'shed' ? height_m : eaves);
  const D = at(u0, v1, form === 'shed' ? height_m : eaves);
  if (form === 'shed') {
    emitQuad(sink, A, B, C, D, upward, 'roof');
    return { roof: form, eaves_m: eaves, rise_m: rise, anchor: at(um, vm, eaves + rise / 2) };
  }
  // Hip ends are set back by the run of the side slopes, so all four slopes share one pitch.
  const inset = form === 'hip' ? Math.min((v1 - v0) / 2, (u1 - u0) / 2) : 0;
  const R0 = at(u0 + inset, vm, height_m);
  const R1 = at(u1 - inset, vm, height_m);
  emitQuad(sink, A, B, R1, R0, upward, 'roof');
  emitQuad(sink, D, C, R1, R0, upward, 'roof');
  const endKind = form === 'hip' ? 'roof' : 'wall';
  emitTriangle(sink, A, D, R0, form === 'hip' ? upward : alongIn, endKind);
  emitTriangle(sink, B, C, R1, form === 'hip' ? upward : alongOut, endKind);
  return { roof: form, eaves_m: eaves, rise_m: rise, anchor: at(um, vm, height_m) };
}
