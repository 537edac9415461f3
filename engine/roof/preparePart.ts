import { signedArea } from '../geo/signedArea';
import type { LocalPoint, LocalPolygon } from '../geo/types';
import { counterClockwise } from './counterClockwise';
import { isConvexRing } from './isConvexRing';
import { openRing } from './openRing';

/** A footprint part ready for clipping: open rings, exterior counter-clockwise, holes clockwise. */
export interface PreparedPart {
  exterior: LocalPoint[];
  holes: LocalPoint[][];
  /** Plan area, holes removed [m²]. */
  area_m2: number;
  /** Whether the exterior is convex (and so clipped without a general polygon clipper when it has no hole). */
  convex: boolean;
}

/**
 * Opens, orients and measures one footprint part (exterior ring then holes, GeoJSON style).
 *
 * @param polygon closed rings [m]
 * @param name argument name for error messages
 */
export function preparePart(polygon: LocalPolygon, name: string): PreparedPart {
  const exterior = counterClockwise(openRing(polygon[0] ?? []));
  if (exterior.length < 3) throw new RangeError(`${name} must have an exterior ring of at least 3 distinct points`);
  const holes = polygon
    .slice(1)
    .map((ring) => openRing(ring))
    .filter((ring) => ring.length >= 3)
    .map((ring) => counterClockwise(ring).reverse());
  const area_m2 = signedArea(exterior) + holes.reduce((sum, hole) => sum + signedArea(hole), 0);
  if (!(area_m2 > 0)) throw new RangeError(`${name} must have a positive area, got ${area_m2} m²`);
  return { exterior, holes, area_m2, convex: isConvexRing(exterior) };
}
