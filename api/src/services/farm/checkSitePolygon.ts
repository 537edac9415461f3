import { AppError } from '../../errors/AppError.js';
import { createLocalFrame } from '../../../../engine/geo/localFrame.js';
import { signedArea } from '../../../../engine/geo/signedArea.js';
import { checkFootprint } from '../import/checkFootprint.js';

/** Most vertices of a drawn or uploaded site (a fenced brownfield has tens to hundreds). */
export const MAX_SITE_VERTICES = 2_000;
/**
 * Largest site evaluated at once [km²] (the largest flat heaps and brownfields of the basin are well under 1 km²):
 * the densest layout the options allow (GCR 0.9, no setback) holds 179 MWp/km² (bench/limits.ts), so 5 km² stays
 * under the 1 GWp the PV chain accepts (engine/pv/systemAc.ts); 20 km² went past it, a 400 about `kwp`.
 */
export const MAX_SITE_KM2 = 5;

const refuse = (field: string, message: string) =>
  new AppError(400, 'invalid_request', `${field}: ${message}`, [{ field, message }]);

/**
 * A user polygon checked before anything reaches GEOS (DESIGN §3): a GeoJSON Polygon of finite lon/lat positions,
 * closed rings of ≥ 3 distinct vertices, at most 2,000 vertices, no self-intersection (turf kinks), at most MAX_SITE_KM2.
 *
 * @param geometry the GeoJSON geometry as sent
 * @param field the request field, named in the 400
 * @returns its rings [lon, lat] (exterior first, then holes)
 */
export function checkSitePolygon(geometry: unknown, field: string): number[][][] {
  const g = geometry as { type?: unknown } | null;
  if (!g || typeof g !== 'object' || g.type !== 'Polygon') {
    throw refuse(field, `must be a GeoJSON Polygon, got ${g && typeof g === 'object' ? String(g.type) : String(g)}`);
  }
  const checked = checkFootprint(geometry, 4326);
  if (!checked.ok) throw refuse(field, checked.reason);
  const rings = (checked.geometry.coordinates as number[][][][])[0]!;
  const vertices = rings.reduce((s, r) => s + r.length - 1, 0);
  if (vertices > MAX_SITE_VERTICES) throw refuse(field, `has ${vertices} vertices, more than ${MAX_SITE_VERTICES}`);
  if (checked.selfIntersecting) throw refuse(field, 'intersects itself');
  const [lon, lat] = rings[0]![0]!;
  const frame = createLocalFrame(lon!, lat!);
  const area_m2 = Math.abs(signedArea(rings[0]!.map((p) => frame.toLocal([p[0]!, p[1]!]))));
  if (area_m2 > MAX_SITE_KM2 * 1e6) {
    throw refuse(field, `covers ${(area_m2 / 1e6).toFixed(1)} km², more than ${MAX_SITE_KM2} km²`);
  }
  if (!(area_m2 > 0)) throw refuse(field, 'has no area');
  return rings;
}
