import type { Horizon } from '../geo/types';
import { checkRange } from '../geo/checkRange';
import type { SectorSky } from './types';

const RAD = Math.PI / 180;

/** ∫ (a·cos²e + b·sin e·cos e) de from 0 to e: the cosine-weighted sky of one azimuth column up to elevation e. */
function columnIntegral(a: number, b: number, e_rad: number): number {
  const s = Math.sin(e_rad);
  return a * (e_rad / 2 + Math.sin(2 * e_rad) / 4) + (b * s * s) / 2;
}

/**
 * Per-sector sky geometry of a plane of tilt β and azimuth γ for horizons of `sectors` sectors. In a sector of
 * centre azimuth φs the plane's normal n and a sky direction d(φs, e) make n·d = a·cos e + b·sin e with
 * a = sin β·cos(φs − γ), b = cos β; the sky the plane sees is where n·d > 0 between the horizontal (e = 0) and the
 * zenith, an elevation interval whose bounds are found here once per plane.
 */
export function sectorSky(surfaceTilt: number, surfaceAzimuth: number, sectors: number): SectorSky {
  const tilt = surfaceTilt * RAD;
  const b = Math.abs(Math.cos(tilt)) < 1e-12 ? 0 : Math.cos(tilt);
  const a = new Float64Array(sectors);
  const visibleLow_rad = new Float64Array(sectors);
  const visibleHigh_rad = new Float64Array(sectors);
  const open = new Float64Array(sectors);
  const bandWeight = new Float64Array(sectors);
  let openTotal = 0;
  let bandTotal = 0;
  for (let s = 0; s < sectors; s++) {
    const facing = Math.cos(((s + 0.5) * (360 / sectors) - surfaceAzimuth) * RAD);
    const as = Math.sin(tilt) * facing;
    a[s] = as;
    // n·d = 0 at tan e = −a/b; the plane sees above that elevation when b > 0, below it when b < 0.
    let low = 0;
    let high = Math.PI / 2;
    if (b > 0) low = Math.max(0, Math.atan(-as / b));
    else if (b < 0) high = Math.atan(-as / b);
    else if (as <= 0) high = 0;
    visibleLow_rad[s] = low;
    visibleHigh_rad[s] = high;
    open[s] = high > low ? columnIntegral(as, b, high) - columnIntegral(as, b, low) : 0;
    openTotal += open[s]!;
    bandWeight[s] = Math.max(0, facing);
    bandTotal += bandWeight[s]!;
  }
  for (let s = 0; s < sectors; s++) bandWeight[s] = bandTotal > 0 ? bandWeight[s]! / bandTotal : 1 / sectors;
  return { a, b, visibleLow_rad, visibleHigh_rad, open, openTotal, bandWeight };
}

/** Cosine-weighted sky integral of sector s above a horizon elevation [rad] (≤ sky.open[s]). */
export function sectorSkyAbove(sky: SectorSky, s: number, horizon_rad: number): number {
  const low = sky.visibleLow_rad[s]!;
  if (horizon_rad <= low) return sky.open[s]!;
  const high = sky.visibleHigh_rad[s]!;
  if (horizon_rad >= high) return 0;
  const a = sky.a[s]!;
  return columnIntegral(a, sky.b, high) - columnIntegral(a, sky.b, horizon_rad);
}

/** Throw a RangeError unless `horizon` has `sectors` finite elevations within [0, 90] [°]. */
export function checkHorizon(horizon: Horizon, sectors: number): void {
  if (!horizon || typeof horizon.length !== 'number') {
    throw new RangeError(`horizon must be a Float32Array of sector elevations, got ${String(horizon)}`);
  }
  if (horizon.length !== sectors) {
    throw new RangeError(`horizon must have ${sectors} sectors (the plane table's), got ${horizon.length}`);
  }
  for (let s = 0; s < sectors; s++) checkRange(`horizon[${s}]`, horizon[s]!, 0, 90);
}

/**
 * Sky view factor of a tilted plane under a horizon profile: the share of the isotropic sky diffuse it receives,
 *
 *   SVF = (1/π) ∫φ ∫ from max(h(φ), e₀(φ)) to the top of the visible sky of (n·d) cos e de dφ
 *
 * the view factor of a plane to the visible sky under Lambert's cosine law (unobstructed: (1 + cos β)/2, Liu & Jordan
 * 1963, doi:10.1016/0038-092X(63)90006-9). The φ integral is the sum over the horizon's sectors at their centres,
 * normalised so that an empty horizon gives exactly (1 + cos β)/2; a horizontal point gives the mean of cos² h over
 * the sectors (street canyon of height = width: 1/√5).
 *
 * @param horizon obstruction elevation per azimuth sector [°] (geo/types Horizon)
 * @param surfaceTilt plane tilt β [°], within [0, 180]
 * @param surfaceAzimuth plane azimuth γ [°], within [0, 360]
 * @returns sky view factor [-], within [0, (1 + cos β)/2]
 * @example planeSkyViewFactor(new Float32Array(72), 35, 180) // (1 + cos 35°)/2 ≈ 0.9096
 */
export function planeSkyViewFactor(horizon: Horizon, surfaceTilt: number, surfaceAzimuth: number): number {
  checkRange('surfaceTilt', surfaceTilt, 0, 180);
  checkRange('surfaceAzimuth', surfaceAzimuth, 0, 360);
  const sectors = horizon?.length;
  if (!(sectors >= 4)) throw new RangeError(`horizon must have at least 4 sectors, got ${sectors ?? String(horizon)}`);
  checkHorizon(horizon, sectors);
  return skyViewFactorOf(sectorSky(surfaceTilt, surfaceAzimuth, horizon.length), surfaceTilt, horizon);
}

/** Sky view factor from a precomputed sector geometry (no validation; see planeSkyViewFactor). */
export function skyViewFactorOf(sky: SectorSky, surfaceTilt: number, horizon: Horizon): number {
  if (sky.openTotal <= 0) return 0;
  let seen = 0;
  for (let s = 0; s < horizon.length; s++) seen += sectorSkyAbove(sky, s, horizon[s]! * RAD);
  return ((1 + Math.cos(surfaceTilt * RAD)) / 2) * (seen / sky.openTotal);
}
