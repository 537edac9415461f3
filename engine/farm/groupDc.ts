import { pvwattsDc } from '../pv/pvwattsDc';
import { MOUNTING_TEMPERATURE, sapmCellTemperature } from '../pv/sapmCellTemperature';
import type { Climate } from '../pv/types';
import type { FarmPlaneParts } from './farmPlaneParts';

/** One row situation: how far the row in front is (or none) and what it takes from the light. */
export interface RowSituation {
  /** Slant height / distance to the row in front [-]; null for a row with none in front. */
  gcr: number | null;
  /** Share of the sky diffuse kept [-] (1 − skyDiffusePassias(maskingAnglePassias(β, gcr)); 1 when open). */
  skyKept: number;
}

/**
 * DC power per kWp of the modules of one row situation, hour by hour [W/kWp], and their plane-of-array irradiance:
 * beam and circumsolar × (1 − shaded fraction) — the shaded fraction taken as a linear loss, no electrical mismatch —
 * and sky diffuse × skyKept, ground-reflected unchanged; then as pv/arrayDc: incidence modifiers, SAPM cell
 * temperature for an open rack (King et al. 2004, open_rack_glass_polymer), PVWatts DC, system losses.
 *
 * @param parts the orientation's shared hourly parts (farmPlaneParts)
 * @param climate air temperature [°C] and wind [m/s]
 * @param situation the row's gcr to the row in front and its sky-diffuse share
 * @param gammaPdc temperature coefficient of power [1/°C]
 * @param losses_pct system losses [%]
 */
export function groupDc(
  parts: FarmPlaneParts,
  climate: Climate,
  situation: RowSituation,
  gammaPdc: number,
  losses_pct: number,
): { dc_w_per_kwp: Float64Array; poa_kwh_m2: number } {
  const c = parts.components;
  const temperature = MOUNTING_TEMPERATURE.open_rack;
  const kept = 1 - losses_pct / 100;
  const dc = new Float64Array(c.hours);
  let poaSum = 0;
  for (let i = 0; i < c.hours; i++) {
    let direct = c.beam_w_m2[i]! + c.circumsolar_w_m2[i]!;
    if (direct > 0 && situation.gcr !== null) {
      const f = 1 - parts.shadowRatio[i]! / situation.gcr;
      if (f > 0) direct *= f >= 1 ? 0 : 1 - f;
    }
    const skyPart = c.sky_w_m2[i]! * situation.skyKept;
    const global = Math.max(0, skyPart + c.ground_w_m2[i]! + direct);
    if (global === 0) continue;
    const effective = Math.max(
      0,
      direct * parts.directIam[i]! + skyPart * parts.diffuseIam.sky + c.ground_w_m2[i]! * parts.diffuseIam.ground,
    );
    const cell = sapmCellTemperature(
      Math.min(global, 2000),
      climate.air_temperature_c[i]!,
      climate.wind_speed_m_s[i]!,
      temperature,
    );
    dc[i] = pvwattsDc(Math.min(effective, 2000), cell, 1000, gammaPdc) * kept;
    poaSum += global;
  }
  return { dc_w_per_kwp: dc, poa_kwh_m2: poaSum / 1000 };
}
