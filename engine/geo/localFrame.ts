import type { LocalPoint, LonLat } from './types';
import { wgs84Radii } from './wgs84Radii';

export interface LocalFrame {
  /** Origin of the frame [lon°, lat°]. */
  readonly origin: LonLat;
  /** WGS84 [lon°, lat°] → [east m, north m] from the origin. */
  toLocal(lonLat: LonLat): LocalPoint;
  /** [east m, north m] from the origin → WGS84 [lon°, lat°]. */
  toLonLat(point: LocalPoint): LonLat;
}

/**
 * A local east/north metric frame around an origin: a linear (equirectangular) map scaled by the WGS84 radii of
 * curvature at the origin, east = Δλ·N₀·cosφ₀ and north = Δφ·M₀ (Δ in radians; radii from `wgs84Radii`).
 *
 * Being affine, it maps straight edges to straight edges, keeps shared vertices shared and round-trips exactly
 * (to floating-point noise, ≪ 1 mm). Its error grows with the distance d from the origin (R ≈ 6 380 km):
 * - north: M varies with latitude, so a north distance d is off by ≈ (3/4)·e²·sin2φ₀·d/R relative, about
 *   1.5·10⁻⁵ at 20 km, i.e. 0.3 m over 20 km;
 * - east: the true scale of a parallel is N·cosφ, not N₀·cosφ₀, so at a north offset d the east scale is off by
 *   ≈ tanφ₀·d/R relative: 0.38 % at 20 km north or south of an origin at 50.4° N, i.e. 76 m for a point 20 km east
 *   and 20 km north, and 3.8 cm along a 10 m wall there; meridians stay parallel (no convergence).
 * Use one frame per neighbourhood (≤ 2 km: < 0.04 %, < 4 mm on a 10 m wall) and Lambert-93 beyond.
 *
 * @param originLon_deg origin longitude [°], within [-180, 180]
 * @param originLat_deg origin latitude [°], within [-85, 85]
 * @example createLocalFrame(2.8333, 50.4322).toLocal([2.8333, 50.4412]) // ≈ [0, 1001] m
 */
export function createLocalFrame(originLon_deg: number, originLat_deg: number): LocalFrame {
  if (!Number.isFinite(originLon_deg) || originLon_deg < -180 || originLon_deg > 180) {
    throw new RangeError(`originLon_deg must be within [-180, 180], got ${originLon_deg}`);
  }
  if (!Number.isFinite(originLat_deg) || originLat_deg < -85 || originLat_deg > 85) {
    throw new RangeError(`originLat_deg must be within [-85, 85], got ${originLat_deg}`);
  }
  const { meridional_m, primeVertical_m } = wgs84Radii(originLat_deg);
  const degToRad = Math.PI / 180;
  const east_m_per_deg = primeVertical_m * Math.cos(originLat_deg * degToRad) * degToRad;
  const north_m_per_deg = meridional_m * degToRad;
  return {
    origin: [originLon_deg, originLat_deg],
    toLocal: ([lon, lat]) => [(lon - originLon_deg) * east_m_per_deg, (lat - originLat_deg) * north_m_per_deg],
    toLonLat: ([east, north]) => [originLon_deg + east / east_m_per_deg, originLat_deg + north / north_m_per_deg],
  };
}
