import type { Heating, Tariffs } from '../../../../engine/economics/index.js';
import { planeOfArrayHourly, type SkyYear } from '../../../../engine/irradiance/index.js';
import type { Climate, PvOptions } from '../../../../engine/pv/index.js';
import { evaluateCesi, MONTH_DAYS, parseCesi, type CesiFixture } from '../../../../engine/solarwater/index.js';
import { loadFixture, renovationCatalogue } from '../../fixtures/loadFixture.js';
import { faceYield } from './faceYield.js';
import type { FaceRow } from './roofInputs.js';

/** The solar water heater figures (fixtures/solarwater). */
export const cesiData = (): CesiFixture => loadFixture('solarwater/cesi.json', parseCesi);

/** A face takes collectors when it holds the largest sized field with a margin (assumption, as a module's). */
const MIN_FACE_M2 = 6;
/**
 * Hot water per person and day at 40 °C [L]: the 3CL-DPE's 56 L per adult equivalent (engine/thermal hotWaterNeed),
 * taken per occupant here, as the household is known (close to INES's 35 L at 60 °C per person).
 */
const LITRES_40C_PER_PERSON_DAY = 56;

/** Monthly open-sky plane irradiation [kWh/m²] and air temperature [°C] per sky year and orientation (as faceYield). */
const monthlyCache = new Map<string, { poa: number[]; air: number[] }>();
const CACHE_SIZE = 2000;

function monthlyPlane(skyKey: string, sky: SkyYear, climate: Climate, tilt_deg: number, azimuth_deg: number) {
  const key = `${skyKey}|${tilt_deg.toFixed(2)}|${azimuth_deg.toFixed(2)}`;
  const hit = monthlyCache.get(key);
  if (hit) return hit;
  const hourly = planeOfArrayHourly(sky, tilt_deg, azimuth_deg, 'perez', 0.2);
  const poa = new Array<number>(12).fill(0);
  const air = new Array<number>(12).fill(0);
  const hours = new Array<number>(12).fill(0);
  for (let i = 0; i < hourly.length; i++) {
    const m = sky.month[i]!;
    poa[m] = poa[m]! + hourly[i]! / 1000;
    air[m] = air[m]! + climate.air_temperature_c[i]!;
    hours[m] = hours[m]! + 1;
  }
  const result = { poa, air: air.map((t, m) => t / hours[m]!) };
  if (monthlyCache.size >= CACHE_SIZE) monthlyCache.delete(monthlyCache.keys().next().value!);
  monthlyCache.set(key, result);
  return result;
}

const r0 = (x: number) => Math.round(x);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A solar water heater (CESI) on the building's sunniest roof face large enough (engine/solarwater evaluateCesi,
 * f-chart by month): the face's monthly plane irradiation is the open-sky Perez transposition of the typical year
 * scaled by the face's annual ratio behind its horizon (faceYield with and without it: the horizon's loss is taken
 * the same every month — an approximation); the need is the household's (occupants × 56 L/day at 40 °C, from the
 * 3CL cold-water temperature of H1a); the heater displaced is gas when the house heats with gas, else electric;
 * prices are the renovation fixture's. Null when no face is large enough.
 */
export function solarWaterHeater(
  skyKey: string,
  sky: SkyYear,
  climate: Climate,
  faces: FaceRow[],
  options: PvOptions,
  household: { occupants: number; heating: Heating },
  tariffs: Tariffs,
  collector_m2: number | undefined,
  income_band: 'tres_modeste' | 'modeste' | 'intermediaire' | 'superieur',
) {
  let best: { face: FaceRow; poa: number; open: number } | null = null;
  for (const f of faces) {
    if (f.area_m2 < MIN_FACE_M2) continue;
    const shaded = faceYield(skyKey, sky, climate, f.tilt_deg, f.azimuth_deg, f.horizon_deg, options).poa_kwh_m2;
    if (!best || shaded > best.poa) {
      const open = faceYield(skyKey, sky, climate, f.tilt_deg, f.azimuth_deg, null, options).poa_kwh_m2;
      best = { face: f, poa: shaded, open };
    }
  }
  if (!best) return null;
  const cesi = cesiData();
  const open = monthlyPlane(skyKey, sky, climate, best.face.tilt_deg, best.face.azimuth_deg);
  const ratio = best.open > 0 ? best.poa / best.open : 0;
  const poa = open.poa.map((x) => x * ratio);
  const tefs = cesi.cold_water_c.by_zone.h1a;
  const need = MONTH_DAYS.map(
    (days, m) => (1.163 * household.occupants * LITRES_40C_PER_PERSON_DAY * (40 - tefs[m]!) * days) / 1000,
  );
  const heater = household.heating === 'gas' ? 'gas' : 'electric';
  const gas = renovationCatalogue().energy_prices.carriers.gas;
  if (heater === 'gas' && !gas) throw new RangeError('renovation energy_prices.carriers.gas is missing');
  const price =
    heater === 'gas' ? gas!.price_eur_kwh_ttc * gas!.kwh_billed_per_kwh_final : tariffs.retail.price_eur_kwh_ttc.value;
  const e = evaluateCesi(
    {
      occupants: household.occupants,
      poaIrradiation_kwh_m2: poa,
      ambient_c: open.air,
      climateZone: 'h1a',
      hotWaterNeed_kwh: need,
      heater,
      price_eur_kwh: price,
      electricityPrice_eur_kwh: tariffs.retail.price_eur_kwh_ttc.value,
      discountRate_pct: tariffs.finance.discount_rate_pct.value,
      priceDrift_pct: tariffs.retail.drift_pct_yr.value,
      // The renovation contract's « superieur » is the solar fixture's « aise » (no MaPrimeRénov').
      incomeBand: income_band === 'superieur' ? 'aise' : income_band,
      ...(collector_m2 === undefined ? {} : { collector_m2 }),
    },
    cesi,
  );
  return {
    face_index: best.face.face_index,
    tilt_deg: r1(best.face.tilt_deg),
    azimuth_deg: r1(best.face.azimuth_deg),
    poa_kwh_m2: r0(poa.reduce((a, b) => a + b, 0)),
    collector_m2: r2(e.collector_m2),
    tank_l: r0(e.tank_l),
    hot_water_need_kwh: r0(need.reduce((a, b) => a + b, 0)),
    solar_fraction_pct: r1(e.solar_fraction * 100),
    solar_kwh: r0(e.solar_kwh),
    heater,
    final_energy_saved_kwh: r0(e.final_energy_saved_kwh),
    savings_eur_yr: r0(e.savings_eur_yr),
    installed_cost_eur: r0(e.installed_cost_eur),
    aids_eur: r0(e.aids_eur),
    net_cost_eur: r0(e.net_cost_eur),
    payback_years: e.payback_years === null ? null : r1(e.payback_years),
    npv_eur: r0(e.npv_eur),
    lifetime_years: e.lifetime_years,
    monthly_solar_fraction_pct: e.fchart.months.map((m) => r1(m.f * 100)),
  };
}
