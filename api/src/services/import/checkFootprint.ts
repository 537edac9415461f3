import { kinks } from '@turf/turf';
import type { FootprintGeometry } from '../../domain/building.js';

export type FootprintCheck =
  | { ok: true; geometry: FootprintGeometry; repairs: string[]; selfIntersecting: boolean }
  | { ok: false; reason: string };

/** Most vertices accepted for one footprint; real buildings have tens, not thousands. */
export const MAX_FOOTPRINT_VERTICES = 5_000;

function cleanRing(ring: unknown, repairs: Set<string>, lonLat: boolean): number[][] | string {
  if (!Array.isArray(ring)) return 'a ring is not an array of positions';
  const out: number[][] = [];
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2) return 'a position has fewer than 2 coordinates';
    const [x, y] = position as unknown[];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      return 'a coordinate is not a finite number';
    }
    if (lonLat && (x < -180 || x > 180 || y < -90 || y > 90)) {
      return `coordinates (${x}, ${y}) are not longitude/latitude: the file declares no CRS, give one (crs member or --srid, e.g. 2154 for Lambert-93)`;
    }
    if (position.length > 2) repairs.add('3D coordinates reduced to 2D');
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y) {
      repairs.add('repeated consecutive vertices removed');
      continue;
    }
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    out.push([first[0]!, first[1]!]);
    repairs.add('unclosed ring closed');
  }
  if (out.length < 4) return 'a ring has fewer than 3 distinct vertices';
  return out;
}

/**
 * Checks a GeoJSON footprint before it reaches GEOS: polygonal type, finite 2D coordinates (in lon/lat range when
 * the CRS is WGS84), closed rings of ≥ 3 distinct vertices, vertex limit. Cheap fixes are applied and listed;
 * self-intersections are detected (turf kinks) and left for ST_MakeValid.
 */
export function checkFootprint(geometry: unknown, srid: number): FootprintCheck {
  if (geometry === null || geometry === undefined) return { ok: false, reason: 'the feature has no geometry' };
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return { ok: false, reason: `geometry type ${String(g.type)} is not a Polygon or MultiPolygon` };
  }
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0)
    return { ok: false, reason: 'the geometry is empty' };
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  const repairs = new Set<string>();
  const lonLat = srid === 4326;
  const cleaned: number[][][][] = [];
  let vertices = 0;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0)
      return { ok: false, reason: 'the geometry has an empty polygon' };
    const rings: number[][][] = [];
    for (const ring of polygon) {
      const r = cleanRing(ring, repairs, lonLat);
      if (typeof r === 'string') return { ok: false, reason: r };
      vertices += r.length;
      rings.push(r);
    }
    cleaned.push(rings);
  }
  if (vertices > MAX_FOOTPRINT_VERTICES) {
    return { ok: false, reason: `the footprint has ${vertices} vertices, more than ${MAX_FOOTPRINT_VERTICES}` };
  }
  const multi: FootprintGeometry = { type: 'MultiPolygon', coordinates: cleaned };
  let selfIntersecting = false;
  try {
    selfIntersecting = cleaned.some((rings) => kinks({ type: 'Polygon', coordinates: rings }).features.length > 0);
  } catch {
    selfIntersecting = true;
  }
  return { ok: true, geometry: multi, repairs: [...repairs], selfIntersecting };
}
