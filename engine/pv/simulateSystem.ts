import type { SkyYear } from '../irradiance/types';
import { arrayDc } from './arrayDc';
import { DEFAULT_INVERTER_EFFICIENCY } from './pvwattsInverter';
import { DEFAULT_DC_AC_RATIO, systemAc } from './systemAc';
import type { Climate, PvArray, PvOptions, PvYield } from './types';
import { yieldOf } from './yieldOf';

/** A system's year: its figures, each array's, and the hourly AC output. */
export interface SystemYield extends PvYield {
  /** AC power per hour [W]. */
  ac_w: Float64Array;
  /** Per array, its share of the AC in proportion to its DC hour by hour. */
  arrays: (PvYield & { sky_view_factor: number; effective_kwh_m2: number })[];
}

/**
 * Hourly PV model of a system of arrays on one inverter capacity (DESIGN §5): each array's DC (arrayDc), summed,
 * through the PVWatts inverter (systemAc); each array gets the AC in proportion to its DC hour by hour.
 *
 * @param sky the sky year of the site (prepareSkyYear)
 * @param climate air temperature [°C] and wind [m/s] for the same hours
 * @param arrays 1 to 1000 arrays
 * @param options model choices (PvOptions)
 * @example simulateSystem(sky, year, [{ tilt_deg: 35, azimuth_deg: 180, kwp: 1, mounting: 'roof' }]).annual_kwh // ≈ 990 at Lens
 */
export function simulateSystem(
  sky: SkyYear,
  climate: Climate,
  arrays: PvArray[],
  options: PvOptions = {},
): SystemYield {
  if (!Array.isArray(arrays) || arrays.length < 1 || arrays.length > 1000) {
    throw new RangeError(`arrays must hold 1 to 1000 arrays, got ${Array.isArray(arrays) ? arrays.length : arrays}`);
  }
  const dcs = arrays.map((a) => arrayDc(sky, climate, a, options));
  const kwp = arrays.reduce((s, a) => s + a.kwp, 0);
  const total = new Float64Array(sky.hours);
  for (const d of dcs) for (let i = 0; i < total.length; i++) total[i] = total[i]! + d.dc_w[i]!;
  const ac = systemAc(
    total,
    kwp,
    options.dcAcRatio ?? DEFAULT_DC_AC_RATIO,
    options.inverterEfficiency ?? DEFAULT_INVERTER_EFFICIENCY,
  );
  const poa = dcs.reduce((s, d, k) => s + d.poa_kwh_m2 * arrays[k]!.kwp, 0) / kwp;
  const perArray = dcs.map((d, k) => {
    const share = new Float64Array(sky.hours);
    for (let i = 0; i < share.length; i++) if (total[i]! > 0) share[i] = (ac[i]! * d.dc_w[i]!) / total[i]!;
    return {
      ...yieldOf(share, sky.month, arrays[k]!.kwp, d.poa_kwh_m2),
      sky_view_factor: d.skyViewFactor,
      effective_kwh_m2: d.effective_kwh_m2,
    };
  });
  return { ...yieldOf(ac, sky.month, kwp, poa), ac_w: ac, arrays: perArray };
}
