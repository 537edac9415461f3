import type { SkyYear } from '../irradiance/types';
import type { Climate } from '../pv/types';
import { farmPlaneParts } from './farmPlaneParts';
import { farmYieldFromParts } from './farmYieldFromParts';
import { layoutFarm } from './layoutFarm';
import type { FarmLayoutOptions, FarmSweepPoint, FarmYieldOptions, Ring } from './types';

/** Most tilt × GCR combinations a sweep may ask for. */
export const MAX_SWEEP_POINTS = 100;

/**
 * The trade-off between land use and yield: layoutFarm and the yield for every tilt × GCR, the hourly plane parts
 * computed once per tilt (farmPlaneParts) and shared by its GCRs. Combinations that place no module give 0 MWp and
 * 0 MWh. Other options (azimuth, table, setback, roads, module) as in `options`; its pitch is replaced.
 *
 * @param site site ring [m]
 * @param exclusions exclusion rings [m]
 * @param latitude_deg [°]
 * @param sky the site's sky year
 * @param climate air temperature [°C] and wind [m/s]
 * @param grid tilts [°] within (0, 60] and GCRs within (0, 1), at most MAX_SWEEP_POINTS combinations
 * @param options FarmLayoutOptions (with the module) & FarmYieldOptions
 * @param horizon site horizon per azimuth sector [°], or null
 * @returns one point per tilt × GCR, tilts outer, in the given order
 */
export function sweepFarm(
  site: Ring,
  exclusions: Ring[],
  latitude_deg: number,
  sky: SkyYear,
  climate: Climate,
  grid: { tilts: number[]; gcrs: number[] },
  options: FarmLayoutOptions & FarmYieldOptions,
  horizon: Float32Array | null = null,
): FarmSweepPoint[] {
  if (!grid || !Array.isArray(grid.tilts) || grid.tilts.length === 0)
    throw new RangeError('tilts must be a non-empty array');
  if (!Array.isArray(grid.gcrs) || grid.gcrs.length === 0) throw new RangeError('gcrs must be a non-empty array');
  if (grid.tilts.length * grid.gcrs.length > MAX_SWEEP_POINTS) {
    throw new RangeError(
      `tilts × gcrs must hold at most ${MAX_SWEEP_POINTS} combinations, got ${grid.tilts.length * grid.gcrs.length}`,
    );
  }
  const points: FarmSweepPoint[] = [];
  for (const tilt of grid.tilts) {
    const layouts = grid.gcrs.map((gcr) =>
      layoutFarm(site, exclusions, latitude_deg, { ...options, tilt_deg: tilt, pitch: { kind: 'gcr', gcr } }),
    );
    const first = layouts[0]!;
    const parts = farmPlaneParts(sky, first.tilt_deg, first.azimuth_deg, options, horizon);
    layouts.forEach((layout, k) => {
      const y = layout.modules > 0 ? farmYieldFromParts(parts, sky, climate, layout, options) : null;
      points.push({
        tilt_deg: tilt,
        gcr: grid.gcrs[k]!,
        mwp: layout.kwp / 1000,
        mwh_yr: y ? y.annual_kwh / 1000 : 0,
        specific_yield_kwh_kwp: y ? y.specific_yield_kwh_kwp : 0,
      });
    });
  }
  return points;
}
