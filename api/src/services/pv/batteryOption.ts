import type { Tariffs } from '../../../../engine/economics/index.js';
import {
  batteryAgeing,
  batteryEconomics,
  defaultBattery,
  parseBatteries,
  simulateBatteryYears,
  type BatteryData,
} from '../../../../engine/storage/index.js';
import { loadFixture } from '../../fixtures/loadFixture.js';

/** The home battery figures (fixtures/storage). */
export const batteryData = (): BatteryData => loadFixture('storage/batteries.json', parseBatteries);

const r0 = (x: number) => Math.round(x);
const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A home battery beside the chosen PV system (engine/storage): the battery of `usable_kwh` with the fixture's power
 * and efficiency, simulated hour by hour over the PV's lifetime with its ageing and replacements, and the money of
 * adding it; null when the roof takes no system or no battery is asked for (`usable_kwh` undefined or 0: an option
 * the homeowner chooses, never proposed by default — and the 25 yearly simulations are the costliest part of an
 * answer, ≈ 6 ms of 10).
 */
export function batteryOption(
  kwp: number | null,
  production_kwh: Float64Array,
  load_kwh: Float64Array,
  month: Uint8Array,
  tariffs: Tariffs,
  usable_kwh: number | undefined,
) {
  if (kwp === null || usable_kwh === undefined || usable_kwh === 0) return null;
  const data = batteryData();
  const battery = { ...defaultBattery(data), usable_kwh };
  const simulation = simulateBatteryYears({
    production_kwh,
    load_kwh,
    month,
    ...battery,
    ageing: batteryAgeing(data),
    degradation_pct_yr: tariffs.pv.degradation_pct_yr.value,
    years: tariffs.pv.lifetime_years.value,
  });
  const money = batteryEconomics({ kwp, usable_kwh: battery.usable_kwh, simulation, batteries: data, tariffs });
  const side = (s: typeof money.pv_only) => ({
    self_consumed_kwh: r0(s.self_consumed_kwh),
    exported_kwh: r0(s.exported_kwh),
    imported_kwh: r0(s.imported_kwh),
    self_consumption_pct: r1(s.self_consumption_pct),
    self_sufficiency_pct: r1(s.self_sufficiency_pct),
    savings_eur_yr: r0(s.savings_eur),
    export_revenue_eur_yr: r0(s.export_eur),
  });
  return {
    usable_kwh: battery.usable_kwh,
    power_kw: battery.power_kw,
    round_trip_efficiency: battery.round_trip_efficiency,
    capex_eur: r0(money.capex_eur),
    vat_pct: money.assumptions.vat_pct,
    first_year_extra_savings_eur: r0(money.first_year_extra_savings_eur),
    payback_years: money.payback_years === null ? null : r1(money.payback_years),
    npv_eur: r0(money.npv_eur),
    replacement_years: money.replacement_years,
    without: side(money.pv_only),
    with: side(money.with_battery),
    cost_date: money.assumptions.battery_cost_date,
  };
}
