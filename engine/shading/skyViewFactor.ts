import type { Horizon } from '../geo/types';
import { skyPieceIntegral } from './skyPieceIntegral';

const RAD = Math.PI / 180;
const TWO_PI = 2 * Math.PI;

/**
 * Sky view factor of a plane under a horizon: the share of the isotropic sky diffuse it receives, relative to a
 * horizontal plane under the whole sky,
 *   SVF = (1/π) ∫∫ max(0, cos θ) dΩ over the sky above the horizon profile,
 * θ the angle between the direction and the plane's normal (the sky behind the plane counts for nothing). An
 * unobstructed horizontal plane has 1, an unobstructed plane of tilt β has (1 + cos β)/2; a horizontal point at the
 * centre of an infinite street canyon of height-to-width ratio H/W has cos(atan(2H/W)) (1/√5 for H/W = 1).
 *
 * Integration, sector by sector (horizon h over azimuths [φ₁, φ₂]): for a direction (φ, e) and a normal of tilt β and
 * azimuth γ, cos θ = A·sin e + B·cos e with A = cos β, B = sin β·cos(φ − γ), so the elevation integral is exact,
 *   ∫ (A·sin e + B·cos e)·cos e de = G(e) = A·sin²e/2 + B·(e/2 + sin 2e/4),
 * from the lowest visible elevation (h, or the plane's own edge where it stands higher) to the highest (90°, or the
 * edge for β > 90°). The sector is cut where the plane's edge meets the horizon, cos(φ − γ) = −tan h / tan β, and
 * each piece integrated in azimuth by `skyPieceIntegral`: closed form for β ≤ 90° (fast path; for a horizontal plane
 * simply Σ cos² hᵢ / n), 8-point Gauss–Legendre on ≤ 5° steps for β > 90° (error < 1e-8). Cost with 72 sectors:
 * ~1 µs horizontal, ~10 µs tilted.
 *
 * The horizon being the maximum over each sector, the SVF of a sampled horizon errs low: 0.425 instead of 0.447 for
 * the H/W = 1 canyon with 72 sectors, 0.4428 with 360 (error ≈ 1.6/sectors there).
 *
 * References: T. R. Oke, "Boundary Layer Climates", 2nd ed., Routledge 1987 (canyon sky view factor, after Oke 1981,
 * "Canyon geometry and the nocturnal urban heat island", J. Climatology 1: 237–254, doi:10.1002/joc.3370010304);
 * B. Y. H. Liu & R. C. Jordan, "The long-term average performance of flat-plate solar-energy collectors", Solar
 * Energy 7(2): 53–74, 1963, doi:10.1016/0038-092X(63)90006-9 (the (1 + cos β)/2 isotropic view factor).
 *
 * @param horizon elevation per sector [°] within [0, 90], n ≥ 4 equal sectors clockwise from north
 * @param tilt_deg plane tilt [°] within [0, 180] (0 facing up, 90 a wall)
 * @param azimuth_deg azimuth the plane faces [°] (clockwise from north)
 * @returns SVF within [0, 1]
 * @example skyViewFactor(new Float32Array(72), 30, 180) // (1 + cos 30°)/2 = 0.9330
 */
export function skyViewFactor(horizon: Horizon | ArrayLike<number>, tilt_deg: number, azimuth_deg: number): number {
  const n = horizon.length;
  if (!Number.isInteger(n) || n < 4) throw new RangeError(`horizon must hold at least 4 sectors, got ${n}`);
  if (!Number.isFinite(tilt_deg) || tilt_deg < 0 || tilt_deg > 180) {
    throw new RangeError(`tilt_deg must be within [0, 180], got ${tilt_deg}`);
  }
  if (!Number.isFinite(azimuth_deg)) throw new RangeError(`azimuth_deg must be a finite number, got ${azimuth_deg}`);
  for (let i = 0; i < n; i++) {
    const h = horizon[i]!;
    if (!(h >= 0 && h <= 90)) throw new RangeError(`horizon[${i}] must be within [0, 90], got ${h}`);
  }
  const width = (2 * Math.PI) / n;
  if (tilt_deg === 0) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Math.cos(horizon[i]! * RAD) ** 2;
    return sum / n;
  }
  const beta = tilt_deg * RAD;
  const gamma = azimuth_deg * RAD;
  const A = Math.cos(beta);
  const sinB = Math.sin(beta);
  const tanB = Math.tan(beta);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const h = horizon[i]! * RAD;
    const lo = i * width;
    const hi = lo + width;
    // Cut the sector where the plane's edge meets the horizon (cos(φ − γ) = −tan h / tan β): smooth pieces.
    let cut1 = hi;
    let cut2 = hi;
    const c = -Math.tan(h) / tanB;
    if (Math.abs(c) <= 1) {
      const d = Math.acos(c);
      const k1 = lo + ((((gamma + d - lo) % TWO_PI) + TWO_PI) % TWO_PI);
      const k2 = lo + ((((gamma - d - lo) % TWO_PI) + TWO_PI) % TWO_PI);
      cut1 = Math.min(k1, k2, hi);
      cut2 = Math.min(Math.max(k1, k2), hi);
    }
    if (cut1 > lo) total += skyPieceIntegral(A, sinB, gamma, h, lo, cut1);
    if (cut2 > cut1) total += skyPieceIntegral(A, sinB, gamma, h, cut1, cut2);
    if (hi > cut2) total += skyPieceIntegral(A, sinB, gamma, h, cut2, hi);
  }
  return Math.min(1, Math.max(0, total / Math.PI));
}
