import { z } from 'zod';
import type { Figure, TariffSource } from '../economics/types';
import { parseFixture } from '../fixtures/parseFixture';
import {
  checkSourceIds,
  date,
  figure,
  fixtureHeader,
  fullDate,
  object,
  oneOf,
  provenance,
  text,
} from '../fixtures/schemas';
import { BATTERY_LIMITS, type BatteryRequest } from './batteryLimits';
import type { BatteryAgeing } from './capacityFraction';

/** The parsed, validated battery fixture (fixtures/storage/batteries.json). */
export interface BatteryData {
  schema_version: 1;
  country: string;
  currency: 'EUR';
  /** Date of the latest value in the file (YYYY-MM-DD) */
  valid_from: string;
  compiled_on: string;
  sources: TariffSource[];
  cost: {
    date: string;
    note: string;
    /** Installed cost per usable kWh, VAT included [€ TTC/kWh] */
    eur_per_kwh_usable_ttc: Figure;
    /** VAT rate on a home battery in France [%] */
    vat_pct: Figure;
    /** Cost of a replacement battery, share of today's installed cost, nominal [%] */
    replacement_cost_pct: Figure;
  };
  defaults: {
    /** Usable capacity [kWh] */
    usable_kwh: Figure;
    /** AC power limit [kW] */
    power_kw: Figure;
    /** Which round-trip efficiency the default battery takes */
    coupling: 'ac' | 'dc';
  };
  efficiency: {
    note: string;
    /** AC-coupled battery, AC surplus in → AC load out [-] */
    ac_coupled_round_trip: Figure;
    /** DC-coupled (hybrid inverter) battery, expressed against AC-equivalent PV energy [-] */
    dc_coupled_round_trip: Figure;
  };
  ageing: {
    calendar_fade_pct_yr: Figure;
    cycle_fade_pct_per_100_efc: Figure;
    end_of_life_capacity_pct: Figure;
    calendar_life_years: Figure;
    /** Typical warranty, for display [years] */
    warranty_years: Figure;
    /** Capacity the warranty guarantees at its end, for display [%] */
    warranty_retention_pct: Figure;
  };
  standby: { note: string };
}

/** A figure whose value is within (min, max], the request bounds of BATTERY_LIMITS. */
function openFigure(bounds: { min_exclusive: number; max: number }) {
  const what = `a number within (${bounds.min_exclusive}, ${bounds.max}]`;
  const value = z.number({ error: what }).gt(bounds.min_exclusive, { error: what }).lte(bounds.max, { error: what });
  return object({ value, ...provenance, date: date.optional() });
}

const batteriesSchema = object({
  ...fixtureHeader,
  valid_from: fullDate,
  cost: object({
    date,
    note: text,
    eur_per_kwh_usable_ttc: figure(50, 5000),
    vat_pct: figure(0, 100),
    replacement_cost_pct: figure(0, 200),
  }),
  defaults: object({
    usable_kwh: openFigure(BATTERY_LIMITS.usable_kwh),
    power_kw: openFigure(BATTERY_LIMITS.power_kw),
    coupling: oneOf(['ac', 'dc'] as const),
  }),
  efficiency: object({
    note: text,
    ac_coupled_round_trip: openFigure(BATTERY_LIMITS.round_trip_efficiency),
    dc_coupled_round_trip: openFigure(BATTERY_LIMITS.round_trip_efficiency),
  }),
  ageing: object({
    calendar_fade_pct_yr: figure(0, 20),
    cycle_fade_pct_per_100_efc: figure(0, 20),
    end_of_life_capacity_pct: figure(1, 99),
    calendar_life_years: figure(1, 60),
    warranty_years: figure(0, 60),
    warranty_retention_pct: figure(0, 100),
  }),
  standby: object({ note: text }),
}).superRefine(checkSourceIds);

/**
 * Validate a parsed battery fixture and return it typed: every field present, in range (the default battery within
 * the request bounds of BATTERY_LIMITS: usable_kwh in (0, 30], power_kw in (0, 15], efficiencies in (0, 1]), every
 * `source` naming an entry of `sources`.
 * @throws RangeError naming the field, e.g. "batteries.defaults.usable_kwh.value must be a number within (0, 30], got 1000"
 */
export function parseBatteries(json: unknown): BatteryData {
  return parseFixture(batteriesSchema, json, 'batteries');
}

/** The fixture's default battery, as simulateBattery takes it. */
export function defaultBattery(data: BatteryData): BatteryRequest {
  const eff =
    data.defaults.coupling === 'ac' ? data.efficiency.ac_coupled_round_trip : data.efficiency.dc_coupled_round_trip;
  return {
    usable_kwh: data.defaults.usable_kwh.value,
    power_kw: data.defaults.power_kw.value,
    round_trip_efficiency: eff.value,
  };
}

/** The fixture's ageing figures, as capacityFraction and simulateBatteryYears take them. */
export function batteryAgeing(data: BatteryData): BatteryAgeing {
  const a = data.ageing;
  return {
    calendar_fade_pct_yr: a.calendar_fade_pct_yr.value,
    cycle_fade_pct_per_100_efc: a.cycle_fade_pct_per_100_efc.value,
    end_of_life_capacity_pct: a.end_of_life_capacity_pct.value,
    calendar_life_years: a.calendar_life_years.value,
  };
}
