import type { SkyYear } from '../irradiance/types';
import { DEFAULT_INVERTER_EFFICIENCY } from '../pv/pvwattsInverter';
import { DEFAULT_DC_AC_RATIO, systemAc } from '../pv/systemAc';
import type { Climate } from '../pv/types';
import { yieldOf } from '../pv/yieldOf';
import { checkRange } from '../geo/checkRange';
import { FARM_LOSSES_PCT } from './farmLosses';
import type { FarmPlaneParts } from './farmPlaneParts';
import { groupDc, type RowSituation } from './groupDc';
import { maskingAnglePassias } from './maskingAnglePassias';
import { skyDiffusePassias } from './skyDiffusePassias';
import type { FarmLayout, FarmYield, FarmYieldOptions } from './types';

function behind(tilt_deg: number, gcr: number): RowSituation {
  return { gcr, skyKept: 1 - skyDiffusePassias(maskingAnglePassias(tilt_deg, gcr)) };
}

/**
 * A farm's year from its orientation's shared hourly parts (farmPlaneParts): one hourly DC series per row situation
 * (open, behind a row at the pitch, behind a row across a road; groupDc), weighted by its modules' kWp, summed, and
 * through the PVWatts inverter once (systemAc). The shading loss compares with every module open.
 *
 * @param parts farmPlaneParts for the layout's tilt and azimuth
 * @param sky the sky year the parts were computed from
 * @param climate air temperature [°C] and wind [m/s]
 * @param layout a farm layout with at least one module
 * @param options losses_pct (default FARM_LOSSES_PCT), dcAcRatio, inverterEfficiency
 */
export function farmYieldFromParts(
  parts: FarmPlaneParts,
  sky: SkyYear,
  climate: Climate,
  layout: FarmLayout,
  options: FarmYieldOptions = {},
): FarmYield {
  if (!(layout.modules > 0 && layout.kwp > 0)) throw new RangeError('layout must hold at least one module');
  if (parts.tilt_deg !== layout.tilt_deg || parts.azimuth_deg !== layout.azimuth_deg) {
    throw new RangeError('parts must be computed for the layout tilt_deg and azimuth_deg');
  }
  if (climate.air_temperature_c.length !== sky.hours || climate.wind_speed_m_s.length !== sky.hours) {
    throw new RangeError(`climate must have ${sky.hours} hours like the sky year`);
  }
  const losses = options.losses_pct ?? FARM_LOSSES_PCT;
  checkRange('losses_pct', losses, 0, 99);
  const gamma = layout.module.gamma_pdc_pct_per_c / 100;
  const kwpPerModule = layout.module.wp / 1000;
  const g = layout.shading;
  const slant = layout.slant_height_m;
  const groups = [
    { kwp: g.open_modules * kwpPerModule, situation: { gcr: null, skyKept: 1 } as RowSituation },
    { kwp: g.inner_modules * kwpPerModule, situation: behind(layout.tilt_deg, slant / layout.pitch_m) },
    {
      kwp: g.after_road_modules * kwpPerModule,
      situation: behind(layout.tilt_deg, slant / (layout.pitch_m + layout.road_width_m)),
    },
  ];
  const open = groupDc(parts, climate, groups[0]!.situation, gamma, losses);
  const total = new Float64Array(sky.hours);
  for (const group of groups) {
    if (!(group.kwp > 0)) continue;
    const dc =
      group.situation.gcr === null
        ? open.dc_w_per_kwp
        : groupDc(parts, climate, group.situation, gamma, losses).dc_w_per_kwp;
    for (let i = 0; i < total.length; i++) total[i] = total[i]! + dc[i]! * group.kwp;
  }
  const unshaded = new Float64Array(sky.hours);
  for (let i = 0; i < unshaded.length; i++) unshaded[i] = open.dc_w_per_kwp[i]! * layout.kwp;
  const ratio = options.dcAcRatio ?? DEFAULT_DC_AC_RATIO;
  const eta = options.inverterEfficiency ?? DEFAULT_INVERTER_EFFICIENCY;
  const y = yieldOf(systemAc(total, layout.kwp, ratio, eta), sky.month, layout.kwp, open.poa_kwh_m2);
  const reference = yieldOf(systemAc(unshaded, layout.kwp, ratio, eta), sky.month, layout.kwp, open.poa_kwh_m2);
  return {
    annual_kwh: y.annual_kwh,
    monthly_kwh: y.monthly_kwh,
    specific_yield_kwh_kwp: y.specific_yield_kwh_kwp,
    performance_ratio: y.performance_ratio,
    shading_loss_pct: reference.annual_kwh > 0 ? 100 * (1 - y.annual_kwh / reference.annual_kwh) : 0,
    poa_kwh_m2: open.poa_kwh_m2,
    kwp: layout.kwp,
  };
}
