import type { SkyYear } from '../../../../engine/irradiance/index.js';
import type { FaceYield } from '../../../../engine/economics/index.js';
import { arrayDc, type Climate, type PvOptions } from '../../../../engine/pv/index.js';

/*
 * The hourly chain is the costly part of an estimate (≈ 3 ms per face) and depends only on the orientation, the
 * horizon, the place (sky year) and the options: its result is kept per key, 35 kB each.
 */
const cache = new Map<string, FaceYield>();
const CACHE_SIZE = 2000;

/**
 * The face's hourly DC per kWp (engine/pv arrayDc, roof mounting), cached.
 *
 * @param skyKey identifies the sky year (weather, stamp, rounded place)
 * @param horizon_deg the face's mean horizon per sector [°], or null for an open sky
 */
export function faceYield(
  skyKey: string,
  sky: SkyYear,
  climate: Climate,
  tilt_deg: number,
  azimuth_deg: number,
  horizon_deg: number[] | null,
  options: PvOptions,
): FaceYield {
  const key = `${skyKey}|${tilt_deg.toFixed(2)}|${azimuth_deg.toFixed(2)}|${horizon_deg?.join(',') ?? '-'}|${JSON.stringify(options)}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const dc = arrayDc(
    sky,
    climate,
    {
      tilt_deg,
      azimuth_deg,
      kwp: 1,
      mounting: 'roof',
      horizon: horizon_deg && horizon_deg.length >= 4 ? Float32Array.from(horizon_deg) : null,
    },
    options,
  );
  const result = { dc_w_per_kwp: Float32Array.from(dc.dc_w), poa_kwh_m2: dc.poa_kwh_m2 };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}
