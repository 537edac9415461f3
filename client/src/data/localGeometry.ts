/**
 * GeoJSON Polygon / MultiPolygon in WGS84 (already read with its contract) → polygons in the local metric frame,
 * cleaned for triangulation: closing vertex and repeated vertices removed, outer rings counter-clockwise and holes
 * clockwise.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type { AreaGeometry } from '../../../contracts';
import type { Polygon, Ring } from './types';

/** Vertices closer than this are merged [m]. */
const DUPLICATE_TOLERANCE_M = 0.01;

/** Twice the signed area of a ring [m²]; positive when counter-clockwise. */
export function ringArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    sum += xj * yi - xi * yj;
  }
  return sum;
}

function toRing(positions: readonly number[][], frame: LocalFrame, counterClockwise: boolean): Ring | null {
  const ring: Ring = [];
  for (const [lon, lat] of positions) {
    if (!(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90)) return null;
    const point = frame.toLocal([lon!, lat!]);
    const last = ring[ring.length - 1];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < DUPLICATE_TOLERANCE_M) continue;
    ring.push(point);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1 && Math.hypot(first[0] - last[0], first[1] - last[1]) < DUPLICATE_TOLERANCE_M) {
    ring.pop();
  }
  if (ring.length < 3) return null;
  const area2 = ringArea2(ring);
  if (Math.abs(area2) < 1e-6) return null;
  if (area2 > 0 !== counterClockwise) ring.reverse();
  return ring;
}

function toPolygon(rings: readonly number[][][], frame: LocalFrame): Polygon | null {
  const outer = rings[0] && toRing(rings[0], frame, true);
  if (!outer) return null;
  const polygon: Polygon = [outer];
  for (const holeCoords of rings.slice(1)) {
    const hole = toRing(holeCoords, frame, false);
    if (hole) polygon.push(hole);
  }
  return polygon;
}

/** The footprint in local metres; null when no ring of it is usable (out of range, < 3 distinct vertices, flat). */
export function localFootprint(geometry: AreaGeometry, frame: LocalFrame): Polygon[] | null {
  if (geometry.type === 'Polygon') {
    const polygon = toPolygon(geometry.coordinates, frame);
    return polygon ? [polygon] : null;
  }
  const polygons: Polygon[] = [];
  for (const coords of geometry.coordinates) {
    const polygon = toPolygon(coords, frame);
    if (polygon) polygons.push(polygon);
  }
  return polygons.length > 0 ? polygons : null;
}
