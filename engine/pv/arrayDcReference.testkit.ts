import type { Horizon } from '../geo/types';
import { checkRange } from '../geo/checkRange';
import { diffuseShading } from '../irradiance/diffuseShading';
import type { PlaneOfArrayComponents } from '../irradiance/planeOfArrayComponents';
import { planeHourParts } from '../irradiance/planeHourParts';
import { sectorSky } from '../irradiance/planeSkyViewFactor';
import { sectorOf } from '../irradiance/sectorOf';
import type { SkyYear } from '../irradiance/types';
import { checkSkyModel } from '../sky/skyDiffuse';
import type { SkyModel } from '../sky/types';
import { DEFAULT_PHYSICAL_IAM, iamPhysical } from './iamPhysical';
import { marionDiffuse } from './marionDiffuse';
import { DEFAULT_GAMMA_PDC, pvwattsDc } from './pvwattsDc';
import { DEFAULT_LOSSES, pvwattsLosses } from './pvwattsLosses';
import { MOUNTING_TEMPERATURE, sapmCellTemperature } from './sapmCellTemperature';
import type { ArrayDc, Climate, PvArray, PvOptions } from './types';

/*
 * Test-only: planeOfArrayComponents and arrayDc as they were before they read the sky year's plane-independent
 * factors and checked their constant arguments once (every hour through planeHourParts, iamPhysical,
 * sapmCellTemperature and pvwattsDc, each with its own checks). Kept verbatim so that arrayDc.test.ts can check the
 * fast chain hour by hour, and errors message by message.
 */

const DEG = 180 / Math.PI;

export function planeOfArrayComponentsReference(
  sky: SkyYear,
  surfaceTilt: number,
  surfaceAzimuth: number,
  model: SkyModel,
  albedo: number,
  horizon: Horizon | null = null,
  skyViewFactor?: number,
): PlaneOfArrayComponents {
  checkRange('surfaceTilt', surfaceTilt, 0, 180);
  checkRange('surfaceAzimuth', surfaceAzimuth, 0, 360);
  checkSkyModel(model);
  checkRange('albedo', albedo, 0, 1);
  const sectors = horizon === null ? 4 : horizon.length;
  if (horizon !== null && !(sectors >= 4)) throw new RangeError(`horizon must have at least 4 sectors, got ${sectors}`);
  const shading = diffuseShading(
    sectorSky(surfaceTilt, surfaceAzimuth, sectors),
    sectors,
    surfaceTilt,
    horizon,
    skyViewFactor,
  );
  const n = sky.hours;
  const out: PlaneOfArrayComponents = {
    hours: n,
    beam_w_m2: new Float64Array(n),
    circumsolar_w_m2: new Float64Array(n),
    sky_w_m2: new Float64Array(n),
    ground_w_m2: new Float64Array(n),
    aoi_deg: new Float64Array(n).fill(90),
    skyViewFactor: shading.skyViewFactor,
  };
  for (let i = 0; i < n; i++) {
    if (sky.ghi[i] === 0 && sky.dhi[i] === 0 && sky.dni[i] === 0) continue;
    const p = planeHourParts(sky, i, surfaceTilt, surfaceAzimuth, model, albedo);
    const dome = p.horizon > 0 ? p.isotropic : p.isotropic + p.horizon;
    const band = p.horizon > 0 ? p.horizon : 0;
    out.sky_w_m2[i] = shading.isotropicScale * dome + shading.horizonBandScale * band;
    out.ground_w_m2[i] = p.ground;
    if (p.sunInFront) {
      out.aoi_deg[i] = Math.acos(Math.min(1, p.cosAoi)) * DEG;
      const visible = horizon === null || sky.elevation_deg[i]! > horizon[sectorOf(sky.azimuth_deg[i]!, sectors)]!;
      if (visible) {
        out.beam_w_m2[i] = p.beam;
        out.circumsolar_w_m2[i] = p.circumsolar;
      }
    }
  }
  return out;
}

export function arrayDcReference(sky: SkyYear, climate: Climate, array: PvArray, options: PvOptions = {}): ArrayDc {
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

  const c = planeOfArrayComponentsReference(
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
