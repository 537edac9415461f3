import { checkBattery } from './batteryLimits';
import type { BatteryBalance, BatteryTotals } from './types';

/** Inputs of simulateBattery; the three series have one entry per hour. */
export interface SimulateBatteryInput {
  /** AC production per hour [kWh], finite ≥ 0 */
  production_kwh: ArrayLike<number>;
  /** Household consumption per hour [kWh], finite ≥ 0, same length */
  load_kwh: ArrayLike<number>;
  /** Calendar month of each hour (0 = January … 11 = December), same length */
  month: Uint8Array;
  /** Usable capacity when new [kWh], within (0, 30] */
  usable_kwh: number;
  /** Charge and discharge limit on the AC side [kW], within (0, 15]; over one hour it caps energy at power × 1 h */
  power_kw: number;
  /** Round-trip efficiency η, AC in to AC out [-], within (0, 1] */
  round_trip_efficiency: number;
  /** State of charge before the first hour [kWh], within [0, usable_kwh × capacity_fraction]; default 0 */
  initial_soc_kwh?: number;
  /** Share of the usable capacity left by ageing [-], within (0, 1]; default 1 (new) */
  capacity_fraction?: number;
  /** Return the hourly state of charge (soc_kwh); default false */
  keep_soc?: boolean;
}

const FLOWS = 7;
const [PROD, LOAD, DIRECT, DISCH, CHG, EXP, IMP] = [0, 1, 2, 3, 4, 5, 6] as const;

function add(a: Float64Array, i: number, v: number): void {
  a[i] = a[i]! + v;
}

function totals(f: Float64Array, o: number, drawnKwh: number, capacityKwh: number): BatteryTotals {
  const served = f[o + DIRECT]! + f[o + DISCH]!;
  const production = f[o + PROD]!;
  const load = f[o + LOAD]!;
  return {
    production_kwh: production,
    load_kwh: load,
    self_consumed_direct_kwh: f[o + DIRECT]!,
    discharged_to_load_kwh: f[o + DISCH]!,
    charged_from_pv_kwh: f[o + CHG]!,
    exported_kwh: f[o + EXP]!,
    imported_kwh: f[o + IMP]!,
    self_consumption_pct: production > 0 ? (100 * served) / production : 0,
    self_sufficiency_pct: load > 0 ? (100 * served) / load : 0,
    equivalent_full_cycles: drawnKwh / capacityKwh,
  };
}

/**
 * Hour-by-hour PV self-consumption with a home battery that charges only from the hour's PV surplus and discharges
 * only into the hour's deficit (no grid charging, no export from the battery). For hour i, with P, L the production
 * and load, C = usable_kwh × capacity_fraction, p = power_kw × 1 h and η_c = η_d = √η:
 *
 *   direct_i     = min(P, L);  surplus = P − direct;  deficit = L − direct
 *   charged_i    = min(surplus, p, (C − soc) / η_c)          soc += charged_i · η_c
 *   discharged_i = min(deficit, p, soc · η_d)                soc −= discharged_i / η_d
 *   exported_i   = surplus − charged_i;   imported_i = deficit − discharged_i
 *
 * so every hour charged ≤ surplus, discharged ≤ deficit, discharged ≤ soc · η_d, 0 ≤ soc ≤ C, and
 * P = direct + charged + exported, L = direct + discharged + imported, Δsoc = charged·√η − discharged/√η.
 *
 * Losses: the round-trip efficiency is split evenly, √η on the way in and √η on the way out — the storage balance
 * soc_t = soc_{t−1} + in·η_in − out/η_out of energy-system models (tum-ens/urbs, doc/implementdoc/equ-storage.rst)
 * with η_in = η_out, as a Powerwall owner's measurement reads it (≈ 5 % lost charging, ≈ 5 % discharging,
 * fixtures/storage/SOURCE.md). Standby consumption and self-discharge are not modelled.
 * Equivalent full cycles = Σ energy drawn from storage (discharged / η_d) / C.
 *
 * @throws RangeError naming the field: the battery's bounds (engine/storage/batteryLimits), an array of another
 *   length, a negative or non-finite hour, a month outside 0–11, a capacity_fraction or initial_soc_kwh out of range
 * @example simulateBattery({ production_kwh, load_kwh, month, usable_kwh: 5, power_kw: 2.5, round_trip_efficiency: 0.9 })
 */
export function simulateBattery(input: SimulateBatteryInput): BatteryBalance {
  const { production_kwh: prod, load_kwh: load, month } = input;
  checkBattery(input);
  const fraction = input.capacity_fraction ?? 1;
  if (!(Number.isFinite(fraction) && fraction > 0 && fraction <= 1))
    throw new RangeError(`capacity_fraction must be within (0, 1], got ${fraction}`);
  const capacity = input.usable_kwh * fraction;
  const soc0 = input.initial_soc_kwh ?? 0;
  if (!(Number.isFinite(soc0) && soc0 >= 0 && soc0 <= capacity))
    throw new RangeError(`initial_soc_kwh must be within [0, ${capacity}], got ${soc0}`);
  const n = prod?.length ?? 0;
  if (load?.length !== n)
    throw new RangeError(`load_kwh must have the length of production_kwh (${n}), got ${load?.length}`);
  if (month?.length !== n)
    throw new RangeError(`month must have the length of production_kwh (${n}), got ${month?.length}`);

  const eta = Math.sqrt(input.round_trip_efficiency);
  const pMax = input.power_kw; // [kWh] over a 1-hour step
  const flows = new Float64Array(13 * FLOWS); // 12 months then the year
  const drawnM = new Float64Array(12);
  const socs = input.keep_soc ? new Float64Array(n) : undefined;
  let soc = soc0;
  for (let i = 0; i < n; i++) {
    const p = prod[i]!;
    const l = load[i]!;
    const m = month[i]!;
    if (!(p >= 0 && p < Infinity)) throw new RangeError(`production_kwh[${i}] must be a finite number ≥ 0, got ${p}`);
    if (!(l >= 0 && l < Infinity)) throw new RangeError(`load_kwh[${i}] must be a finite number ≥ 0, got ${l}`);
    if (m > 11) throw new RangeError(`month[${i}] must be within [0, 11], got ${m}`);
    const direct = p < l ? p : l;
    const surplus = p - direct;
    const deficit = l - direct;
    let charged = 0;
    let discharged = 0;
    if (surplus > 0) {
      charged = Math.min(surplus, pMax, (capacity - soc) / eta);
      soc = Math.min(capacity, soc + charged * eta);
    } else if (deficit > 0) {
      discharged = Math.min(deficit, pMax, soc * eta);
      soc = Math.max(0, soc - discharged / eta);
      add(drawnM, m, discharged / eta);
    }
    if (socs) socs[i] = soc;
    const o = m * FLOWS;
    add(flows, o + PROD, p);
    add(flows, o + LOAD, l);
    add(flows, o + DIRECT, direct);
    add(flows, o + DISCH, discharged);
    add(flows, o + CHG, charged);
    add(flows, o + EXP, surplus - charged);
    add(flows, o + IMP, deficit - discharged);
  }

  const Y = 12 * FLOWS;
  let drawn = 0;
  for (let m = 0; m < 12; m++) {
    drawn += drawnM[m]!;
    for (let k = 0; k < FLOWS; k++) add(flows, Y + k, flows[m * FLOWS + k]!);
  }
  const monthly = Array.from({ length: 12 }, (_, m) => totals(flows, m * FLOWS, drawnM[m]!, capacity));
  const year = totals(flows, Y, drawn, capacity);
  const result: BatteryBalance = {
    year,
    monthly,
    capacity_kwh: capacity,
    soc_start_kwh: soc0,
    soc_end_kwh: soc,
    losses_kwh: year.charged_from_pv_kwh - year.discharged_to_load_kwh - (soc - soc0),
  };
  if (socs) result.soc_kwh = socs;
  return result;
}
