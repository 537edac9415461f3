import { planeOfArrayComponents } from '../irradiance/planeOfArrayComponents';
import type { SkyYear } from '../irradiance/types';
import { checkRange } from '../geo/checkRange';
import { DEFAULT_PHYSICAL_IAM, iamPhysical, transmittance } from './iamPhysical';
import { marionDiffuse } from './marionDiffuse';
import { DEFAULT_GAMMA_PDC, pvwattsDc } from './pvwattsDc';
import { DEFAULT_LOSSES, pvwattsLosses } from './pvwattsLosses';
import { MOUNTING_TEMPERATURE, sapmCellTemperature } from './sapmCellTemperature';
import type { ArrayDc, Climate, PvArray, PvOptions } from './types';

const RAD = Math.PI / 180;

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
  const physical = iamMode === 'physical';
  // iamPhysical's checks of the glass, once (the first call it would have had, in marionDiffuse, made them first);
  // then its value τ(θ)/τ(0) without them, with τ(0) computed once: the same operations, the same bits.
  if (physical) iamPhysical(0, iamParams);
  const normal = physical ? transmittance(0, iamParams) : 1;
  const diffuseIam = physical
    ? marionDiffuse(array.tilt_deg, (aoi) => transmittance(aoi * RAD, iamParams) / normal)
    : { sky: 1, ground: 1 };

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
  const { beam_w_m2: beam, circumsolar_w_m2: circumsolar, sky_w_m2: skyPart, ground_w_m2: groundPart } = c;
  const aoiDeg = c.aoi_deg;
  const { air_temperature_c: air, wind_speed_m_s: wind } = climate;
  const { a, b, deltaT } = temperature;
  const skyIam = diffuseIam.sky;
  const groundIam = diffuseIam.ground;
  // pvwattsDc's checks of its constant arguments, once: when they fail every hour goes through the model functions,
  // which throw their RangeError at the first hour that reaches them, as they always did.
  const constantsOk = pdc0 >= Number.MIN_VALUE && pdc0 <= 1e12 && gamma >= -0.02 && gamma <= 0;
  let poaSum = 0;
  let effectiveSum = 0;
  for (let i = 0; i < c.hours; i++) {
    const direct = beam[i]! + circumsolar[i]!;
    const global = Math.max(0, skyPart[i]! + groundPart[i]! + direct);
    if (global === 0) continue;
    poa[i] = global;
    let directIam = 0;
    if (direct > 0) {
      const aoi = aoiDeg[i]!;
      if (!physical) directIam = 1;
      else if (aoi >= 0 && aoi < 90) directIam = transmittance(aoi * RAD, iamParams) / normal;
      else directIam = iamPhysical(aoi, iamParams);
    }
    const effective = Math.max(0, direct * directIam + skyPart[i]! * skyIam + groundPart[i]! * groundIam);
    const t = air[i]!;
    const w = wind[i]!;
    let cell: number;
    let power: number;
    // The checks of sapmCellTemperature and pvwattsDc inline; an hour one of them refuses goes through them.
    if (constantsOk && global <= 2000 && t >= -90 && t <= 70 && w >= 0 && w <= 100 && effective <= 2000) {
      cell = global * Math.exp(a + b * w) + t + (global / 1000) * deltaT;
      power =
        cell >= -90 && cell <= 150
          ? (effective / 1000) * pdc0 * (1 + gamma * (cell - 25))
          : pvwattsDc(effective, cell, pdc0, gamma);
    } else {
      cell = sapmCellTemperature(global, t, w, temperature);
      power = pvwattsDc(effective, cell, pdc0, gamma);
    }
    dc[i] = power * kept;
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
