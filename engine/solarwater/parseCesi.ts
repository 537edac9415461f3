import { z } from 'zod';
import { parseFixture } from '../fixtures/parseFixture';
import { checkSourceIds, date, figure, fixtureHeader, number, object, provenance, text } from '../fixtures/schemas';

/** Climate zones of the 3CL-DPE 2021 method (Lens: h1a). */
export const CLIMATE_ZONES = ['h1a', 'h1b', 'h1c', 'h2a', 'h2b', 'h2c', 'h2d', 'h3'] as const;
export type ClimateZone = (typeof CLIMATE_ZONES)[number];

/** Twelve monthly temperatures [°C], January first. */
const monthlyC = z
  .array(number(0, 40), { error: 'an array of 12 numbers within [0, 40]' })
  .length(12, { error: 'an array of 12 numbers within [0, 40]' });

/** Income bands of MaPrimeRénov' (bleu, jaune, violet, rose). */
export const INCOME_BANDS = ['tres_modeste', 'modeste', 'intermediaire', 'aise'] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

const byBand = (min: number, max: number) =>
  object({
    tres_modeste: figure(min, max),
    modeste: figure(min, max),
    intermediaire: figure(min, max),
    aise: figure(min, max),
  });

const cesiSchema = object({
  ...fixtureHeader,
  sizing: object({
    collector_m2_per_person: figure(0.1, 5),
    collector_min_m2: figure(0.5, 20),
    collector_max_m2: figure(0.5, 20),
    tank_l_per_person: figure(10, 200),
    tank_min_l: figure(50, 1000),
    tank_max_l: figure(50, 1000),
  }),
  collector: object({
    fr_tau_alpha_n: figure(0.1, 1),
    fr_ul_w_m2k: figure(0, 20),
    iam: figure(0.1, 1.2),
    hx_factor: figure(0.1, 1),
  }),
  delivery_c: figure(30, 95),
  cold_water_c: object({
    ...provenance,
    altitude_class: text,
    by_zone: object(
      Object.fromEntries(CLIMATE_ZONES.map((zone) => [zone, monthlyC])) as Record<ClimateZone, typeof monthlyC>,
    ),
  }),
  heater_efficiency: object({ electric: figure(0.1, 5), gas: figure(0.1, 1.2) }),
  cost: object({ fixed_eur_ttc: figure(0, 1e5), per_m2_eur_ttc: figure(0, 1e4), vat_pct: figure(0, 30) }),
  aids: object({
    date,
    maprimerenov_eur: byBand(0, 2e4),
    maprimerenov_min_dwelling_age_years: figure(0, 100),
    aid_cap_pct: byBand(0, 100),
    cee_eur: figure(0, 1e4),
  }),
  operation: object({
    lifetime_years: figure(1, 60).refine((f) => Number.isInteger(f.value), { error: 'an integer figure' }),
    maintenance_eur_yr: figure(0, 1e4),
    pump_kwh_yr: figure(0, 1e4),
  }),
  reference: object({
    dpe_solar_coverage_ecs_house_h1a: object({ new_system: figure(0, 1), older_system: figure(0, 1) }),
  }),
})
  .superRefine(checkSourceIds)
  .superRefine((c, ctx) => {
    const s = c.sizing;
    if (s.collector_min_m2.value > s.collector_max_m2.value)
      ctx.addIssue({ code: 'custom', path: ['sizing', 'collector_min_m2'], message: 'at most collector_max_m2' });
    if (s.tank_min_l.value > s.tank_max_l.value)
      ctx.addIssue({ code: 'custom', path: ['sizing', 'tank_min_l'], message: 'at most tank_max_l' });
  });

/** The parsed, validated CESI fixture (fixtures/solarwater/cesi.json). */
export type CesiFixture = z.output<typeof cesiSchema>;

/**
 * Validate a parsed CESI fixture and return it typed: every field's presence, type and range, min ≤ max of the
 * sizing bounds, and every `source` naming an entry of `sources`.
 * @throws RangeError naming the field, e.g. "cesi.cost.vat_pct.value must be a number within [0, 30], got 55"
 */
export function parseCesi(json: unknown): CesiFixture {
  return parseFixture(cesiSchema, json, 'cesi');
}
