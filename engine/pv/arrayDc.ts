import { planeOfArrayComponents } from '../irradiance/planeOfArrayComponents';
import type { SkyYear } from '../irradiance/types';
import { checkRange } from '../geo/checkRange';
import { DEFAULT_PHYSICAL_IAM, iamPhysical } from './iamPhysical';
import { marionDiffuse } from './marionDiffuse';
import { DEFAULT_GAMMA_PDC, pvwattsDc } from './pvwattsDc';
import { DEFAULT_LOSSES, pvwattsLosses } from './pvwattsLosses';
import { MOUNTING_TEMPERATURE, sapmCellTemperature } from './sapmCellTemperature';
import type { ArrayDc, Climate, PvArray, PvOptions } from './types';

/**
 * DC power of one array, hour by hour over a sky year, after the chain of DESIGN §5:
 * plane-of-array parts with shading (planeOfArrayComponents) → incidence-angle modifier (iamPhysical on beam and
 * circumsolar at the sun's angle of incidence; Marion's integrals, marionDiffuse, on sky and ground diffuse) →
 * cell temperature from the incident irradiance (sapmCellTemperature, parameters by mounting) → PVWatts DC
 * (pvwattsDc) → system losses (pvwattsLosses). The inverter acts on the system's summed DC (systemAc).
 *
 * @param sky the sky year (prepareSkyYear) of the site
 * @param climate air temperature [°C] and wind [m/s] for the same hours
 * @param array orientation, rating [kWp], mounting, optional horizon
 * @param options model choices (PvOptions)
 */
export function arrayDc(sky: SkyYear, climate: Climate, array: PvArray, options: PvOptions = {}): ArrayDc {
  checkRange('tilt_deg', array.tilt_deg, 0, 90);
  checkRange('azimuth_deg', array.azimuth_deg, 0, 360);
  checkRange('kwp', array.kwp, Number.MIN_VALUE, 1e6);
  const temperature = MOUNTING_TEMPERATURE[array.mounting];
  if (!temperature) throw new RangeError(`mounting must be 'roof' or 'open_rack', got ${String(array.mounting)}`);
  if (climate.air_temperature_c.length !== sky.hours || climate.wind_speed_m_s.length !== sky.hours) {
    throw new RangeError(`climate must have ${sky.hours} hours like the sky year`);
  }
  const losses = options.losses_pct ?? pvwattsLosses(DEFAULT_LOSSES);
  checkRange('losses_pct', losses, 0, 99);
  const iamMode = options.iam ?? 'physical';
  if (iamMode !== 'physical' && iamMode !== 'none')
    throw new RangeError(`iam must be 'physical' or 'none', got ${iamMode}`);
  const gamma = options.gammaPdc ?? DEFAULT_GAMMA_PDC;
  const iamParams = options.iamParameters ?? DEFAULT_PHYSICAL_IAM;
  const iam = iamMode === 'physical' ? (aoi: number) => iamPhysical(aoi, iamParams) : () => 1;
  const diffuseIam = iamMode === 'physical' ? marionDiffuse(array.tilt_deg, iam) : { sky: 1, ground: 1 };

  const c = planeOfArrayComponents(
    sky,
    array.tilt_deg,
    array.azimuth_deg,
    options.model ?? 'perez',
    options.albedo ?? 0.2,
    array.horizon ?? null,
    array.skyViewFactor,
  );
  const pdc0 = array.kwp * 1000;
  const kept = 1 - losses / 100;
  const dc = new Float64Array(c.hours);
  const poa = new Float64Array(c.hours);
  let poaSum = 0;
  let effectiveSum = 0;
  for (let i = 0; i < c.hours; i++) {
    const direct = c.beam_w_m2[i]! + c.circumsolar_w_m2[i]!;
    const global = Math.max(0, c.sky_w_m2[i]! + c.ground_w_m2[i]! + direct);
    if (global === 0) continue;
    poa[i] = global;
    const directIam = direct > 0 ? iam(c.aoi_deg[i]!) : 0;
    const effective = Math.max(
      0,
      direct * directIam + c.sky_w_m2[i]! * diffuseIam.sky + c.ground_w_m2[i]! * diffuseIam.ground,
    );
    const cell = sapmCellTemperature(global, climate.air_temperature_c[i]!, climate.wind_speed_m_s[i]!, temperature);
    dc[i] = pvwattsDc(effective, cell, pdc0, gamma) * kept;
    poaSum += global;
    effectiveSum += effective;
  }
  return {
    dc_w: dc,
    poa_w_m2: poa,
    poa_kwh_m2: poaSum / 1000,
    effective_kwh_m2: effectiveSum / 1000,
    skyViewFactor: c.skyViewFactor,
  };
}
