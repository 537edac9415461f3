import type { Database } from '../../db/index.js';
import { DEFAULT_LOSSES, pvwattsLosses, simulateSystem, type PvYield } from '../../../../engine/pv/index.js';
import type { SkyModel } from '../../../../engine/sky/types.js';
import { skyYearFor, typicalYearByName } from '../weather/climate.js';

export interface PvEstimateInput {
  lat: number;
  lon: number;
  arrays: {
    tilt_deg: number;
    azimuth_deg: number;
    kwp: number;
    mounting: 'roof' | 'open_rack';
    horizon_deg?: number[];
  }[];
  losses_pct?: number;
  iam: 'physical' | 'none';
  model: SkyModel;
  albedo: number;
  dc_ac_ratio: number;
  weather?: string;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function rounded(y: PvYield) {
  return {
    kwp: y.kwp,
    annual_kwh: round(y.annual_kwh),
    specific_yield_kwh_kwp: round(y.specific_yield_kwh_kwp),
    monthly_kwh: y.monthly_kwh.map((m) => round(m)),
    poa_kwh_m2: round(y.poa_kwh_m2),
    performance_ratio: round(y.performance_ratio, 4),
  };
}

/** Yearly AC energy of any arrays at a place with the typical year (the hourly chain of engine/pv). */
export async function estimatePv(db: Database, input: PvEstimateInput) {
  const weather = await typicalYearByName(db, input.weather);
  const sky = skyYearFor(weather, input.lat, input.lon);
  const losses_pct = input.losses_pct ?? pvwattsLosses(DEFAULT_LOSSES);
  const result = simulateSystem(
    sky,
    weather.year,
    input.arrays.map((a) => ({ ...a, horizon: a.horizon_deg ? Float32Array.from(a.horizon_deg) : null })),
    { losses_pct, iam: input.iam, model: input.model, albedo: input.albedo, dcAcRatio: input.dc_ac_ratio },
  );
  return {
    weather: weather.name,
    ...rounded(result),
    losses_pct: round(losses_pct, 2),
    iam: input.iam,
    dc_ac_ratio: input.dc_ac_ratio,
    arrays: result.arrays.map((a, k) => ({
      tilt_deg: input.arrays[k]!.tilt_deg,
      azimuth_deg: input.arrays[k]!.azimuth_deg,
      mounting: input.arrays[k]!.mounting,
      ...rounded(a),
      sky_view_factor: round(a.sky_view_factor, 4),
    })),
  };
}
