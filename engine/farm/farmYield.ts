import type { SkyYear } from '../irradiance/types';
import type { Climate } from '../pv/types';
import { farmPlaneParts } from './farmPlaneParts';
import { farmYieldFromParts } from './farmYieldFromParts';
import type { FarmLayout, FarmYield, FarmYieldOptions } from './types';

/**
 * Annual and monthly AC energy of a ground-mounted farm over a sky year: the hourly PV chain of engine/pv (Perez sky,
 * physical IAM, SAPM open-rack cell temperature, PVWatts DC and inverter) on the tables' plane, behind the site
 * horizon, with inter-row shading — beam and circumsolar of every row with a row in front reduced by the 2D shaded
 * fraction (shadedFraction1d, taken as a linear loss), its sky diffuse by Passias & Källbäck's masking-angle loss
 * (maskingAnglePassias, skyDiffusePassias). The hourly chain runs once per row situation (at most three), not per
 * row. Geometry (tilt, azimuth, pitch, module) comes from the layout.
 *
 * @param sky the site's sky year (prepareSkyYear)
 * @param climate air temperature [°C] and wind [m/s] of the same hours
 * @param layout layoutFarm's result, with at least one module
 * @param options PV-chain choices (FarmYieldOptions); tilt_deg / azimuth_deg, if given, must match the layout's
 * @param horizon obstruction elevation per azimuth sector [°] (≥ 4 sectors from north, clockwise), or null
 * @example farmYield(sky, weather, layoutFarm(square, [], 50.44)).specific_yield_kwh_kwp // ≈ 1000
 */
export function farmYield(
  sky: SkyYear,
  climate: Climate,
  layout: FarmLayout,
  options: FarmYieldOptions = {},
  horizon: Float32Array | null = null,
): FarmYield {
  if (typeof layout !== 'object' || layout === null) throw new RangeError('layout must be a FarmLayout');
  if (options.tilt_deg !== undefined && options.tilt_deg !== layout.tilt_deg) {
    throw new RangeError(`tilt_deg must equal the layout's ${layout.tilt_deg}, got ${options.tilt_deg}`);
  }
  if (options.azimuth_deg !== undefined && options.azimuth_deg !== layout.azimuth_deg) {
    throw new RangeError(`azimuth_deg must equal the layout's ${layout.azimuth_deg}, got ${options.azimuth_deg}`);
  }
  const parts = farmPlaneParts(sky, layout.tilt_deg, layout.azimuth_deg, options, horizon);
  return farmYieldFromParts(parts, sky, climate, layout, options);
}
