import { featureCollection, intersect, polygon as turfPolygon } from '@turf/turf';
import type { LocalPoint } from '../geo/types';
import { closeRing } from './closeRing';
import { openRing } from './openRing';

/** Polygons (open rings: exterior then holes) of an intersection of two closed-ring polygons, by turf/polyclip-ts. */
export function intersectRings(a: LocalPoint[][], b: LocalPoint[][]): LocalPoint[][][] {
  const result = intersect(featureCollection([turfPolygon(a.map(closeRing)), turfPolygon(b.map(closeRing))]));
  if (!result) return [];
  const geometry = result.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => openRing(ring as LocalPoint[])));
}
