import { z } from 'zod';
import {
  CARRIERS as ALL_CARRIERS,
  HEATING_SYSTEMS,
  HOT_WATER_SYSTEMS,
  THERMAL_MASSES,
  VENTILATIONS,
} from '../engine/thermal/types';
import { DpeLetter } from './common';

export const OWNERS = ['owner_occupier', 'landlord_private', 'social_landlord'] as const;
export const INCOME_BANDS = ['tres_modeste', 'modeste', 'intermediaire', 'superieur'] as const;
const LETTER = DpeLetter;

/** A calendar date between 2000 and 2100 (conversion factors and the rental calendar are dated). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'must be a calendar date',
  )
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be within 2000-01-01 and 2100-12-31')
  .meta({ example: '2026-11-26' });

const householdFields = {
  date: isoDate
    .optional()
    .meta({ description: 'date of the estimate (conversion factors, rental calendar); default today' }),
  owner: z.enum(OWNERS, 'must be owner_occupier, landlord_private or social_landlord').optional(),
  income_band: z.enum(INCOME_BANDS, 'must be tres_modeste, modeste, intermediaire or superieur').default('modeste'),
};

export const RenovationQuery = z
  .object({
    ...householdFields,
    household_size: z.coerce
      .number('must be a number')
      .int('must be an integer')
      .min(1, 'must be within [1, 12]')
      .max(12, 'must be within [1, 12]')
      .default(2)
      .meta({ type: 'integer' }),
  })
  .strict();
export type RenovationQuery = z.input<typeof RenovationQuery>;

export const DwellingState = z
  .strictObject({
    letter: LETTER,
    energy_letter: LETTER,
    ghg_letter: LETTER,
    ep_kwh_m2: z.number(),
    ghg_kg_m2: z.number(),
    heating_need_kwh_m2: z.number(),
    final_kwh: z.strictObject({
      heating: z.number(),
      hot_water: z.number(),
      lighting: z.number(),
      auxiliaries: z.number(),
      total: z.number(),
    }),
    bill_eur_yr: z.number(),
    co2_kg_yr: z.number(),
    rental: z.strictObject({ allowed: z.boolean(), banned_from: z.string().nullable() }),
  })
  .superRefine((state, ctx) => {
    // The double threshold (arrêté du 31 mars 2021, annexe 5): the class is the worse of the two letters.
    const rank = (l: string) => LETTER.options.indexOf(l as DpeLetter);
    if (rank(state.letter) !== Math.max(rank(state.energy_letter), rank(state.ghg_letter)))
      ctx.addIssue({
        code: 'custom',
        path: ['letter'],
        message: `(${state.letter}) must be the worse of energy_letter (${state.energy_letter}) and ghg_letter (${state.ghg_letter})`,
      });
    // The API rounds each of the five figures to the unit: the sum may drift by 5 × 0.5 kWh (or 0.1 %).
    const f = state.final_kwh;
    const sum = f.heating + f.hot_water + f.lighting + f.auxiliaries;
    if (Math.abs(f.total - sum) > Math.max(2.5, Math.abs(sum) * 1e-3))
      ctx.addIssue({
        code: 'custom',
        path: ['final_kwh', 'total'],
        message: `(${f.total}) must be the sum of the end uses (${sum})`,
      });
  })
  .meta({ id: 'DwellingState' });
export type DwellingState = z.infer<typeof DwellingState>;

/** A cost as low, central and high estimates [€ TTC]. */
export const CostRange = z
  .strictObject({ low: z.number().min(0), central: z.number(), high: z.number() })
  .refine((r) => r.low <= r.central && r.central <= r.high, 'must have low ≤ central ≤ high')
  .meta({ id: 'CostRange' });
export type CostRange = z.infer<typeof CostRange>;
export const MeasureLine = z
  .strictObject({ id: z.string(), label_fr: z.string(), label_en: z.string(), cost_eur: CostRange })
  .meta({ id: 'MeasureLine' });
export type MeasureLine = z.infer<typeof MeasureLine>;
/** « 3e ligne de quittance »: what a landlord may add to the rent after the works, beside the tenant's bill saved. */
export const TenantContribution = z
  .strictObject({
    applies: z.boolean().meta({
      description:
        'whether a landlord may charge it: true for landlord_private and social_landlord, false for owner_occupier',
    }),
    bill_saved_eur_month: z
      .number()
      .meta({ description: "the tenant's estimated energy bill saved [€/month]: savings_eur_yr / 12, to the cent" }),
    max_contribution_eur_month: z.number().min(0).meta({
      description:
        'the most the landlord may add to the rent [€/month]: half the estimated saving (rounded down to the cent), fixed and not revisable; 0 when it does not apply or nothing is saved',
    }),
    max_years: z.number().min(0).meta({
      description: 'the longest it may be charged, from the month after the works [years]; 0 when it does not apply',
    }),
    net_saving_eur_month: z.number().meta({
      description: 'what the tenant keeps with the contribution at its ceiling [€/month]: bill saved − contribution',
    }),
    law: z.string().nullable().meta({
      description:
        'loi n° 89-462 art. 23-1 (private landlords) or CCH L442-3 / décret n° 2009-1438 (social landlords); null for an owner-occupier',
    }),
    flat_rate_eur_month: z
      .strictObject({
        one_main_room: z.number(),
        two_three_main_rooms: z.number(),
        four_plus_main_rooms: z.number(),
      })
      .nullable()
      .meta({
        description:
          "private landlords only: the arrêté's flat monthly amounts by number of main rooms [€/month], charged instead of the computed amount for buildings completed before 1948, landlords with ≤ 3 rented dwellings in the building or constructions the calculation does not fit; not used as the figure (the rooms are not known)",
      }),
    source: z
      .string()
      .meta({ description: 'ids of the sources of fixtures/homeowner/homeowner.json (ceiling, duration, law)' }),
  })
  .refine(
    (c) => Math.abs(c.net_saving_eur_month - (c.bill_saved_eur_month - c.max_contribution_eur_month)) < 0.006,
    'net_saving_eur_month must be bill_saved_eur_month − max_contribution_eur_month',
  )
  .meta({ id: 'TenantContribution' });
export type TenantContribution = z.infer<typeof TenantContribution>;

const Outcome = {
  measures: z.array(MeasureLine),
  after: DwellingState,
  cost_eur: CostRange,
  aid_eur: z.number(),
  aid_rule: z.string(),
  net_cost_eur: z.number(),
  savings_eur_yr: z.number(),
  payback_years: z.number().nullable(),
  classes_gained: z.number().int(),
  tenant: TenantContribution,
};

/** A catalogue package applied to the house: measures, state after, cost, aid, savings. */
export const RenovationPackage = z
  .strictObject({ id: z.string(), label_fr: z.string(), label_en: z.string(), ...Outcome })
  .meta({ id: 'RenovationPackage' });
export type RenovationPackage = z.infer<typeof RenovationPackage>;

export const BuildingRenovationResponse = z
  .strictObject({
    building_id: z.number().int(),
    date: z.string(),
    notice: z.string(),
    dwelling: z
      .strictObject({
        typology: z.string().nullable(),
        year_built: z.number().nullable(),
        age_band: z.string(),
        floor_area_m2: z.number(),
        storeys: z.number(),
        party_wall_m: z.number(),
        exposed_wall_m2: z.number(),
        window_m2: z.number(),
        roof_m2: z.number(),
        floor_m2: z.number(),
        heating: z.string(),
        hot_water: z.string(),
        ventilation: z.string(),
        unesco: z.boolean(),
        dwellings: z.number(),
      })
      .meta({ id: 'EstimatedDwelling', description: 'the house as estimated from its footprint, typology and walls' }),
    owner: z.enum(OWNERS),
    current: DwellingState,
    packages: z.array(RenovationPackage).superRefine((packages, ctx) => {
      const ids = new Set<string>();
      packages.forEach((p, k) => {
        if (ids.has(p.id))
          ctx.addIssue({ code: 'custom', path: [k, 'id'], message: `${JSON.stringify(p.id)} appears twice` });
        ids.add(p.id);
      });
    }),
    with_pv: z
      .strictObject({
        kwp: z.number(),
        self_consumed_kwh: z.number(),
        current: DwellingState,
        best_package: DwellingState.nullable(),
      })
      .nullable(),
    official: z
      .strictObject({
        number: z.string().meta({ description: 'N° DPE' }),
        letter: LETTER.meta({
          description:
            'its class on the date (from 2026 the class under the 1.9 electricity factor, as ADEME reissues it)',
        }),
        ep_kwh_m2: z.number(),
        issue_date: z.string(),
        valid_until: z.string(),
        rental: z.strictObject({ allowed: z.boolean(), banned_from: z.string().nullable() }),
      })
      .nullable()
      .meta({
        id: 'OfficialLabel',
        description:
          "the label the law goes by on the date: the building's valid, firmly matched real DPE (ADEME's register) and the rental calendar from it; null when it has none (our estimate, `current`, is then all there is)",
      }),
    energy_prices: z.strictObject({ date: z.string(), eur_kwh: z.record(z.string(), z.number()) }),
  })
  .meta({ id: 'BuildingRenovation' });
export type BuildingRenovationResponse = z.infer<typeof BuildingRenovationResponse>;

const positive = (max: number) =>
  z.number('must be a number').gt(0, `must be within (0, ${max}]`).max(max, `must be within (0, ${max}]`);
const uValue = z.number('must be a number').gt(0, 'must be within (0, 10]').max(10, 'must be within (0, 10]');
const azimuth = z.number('must be a number').min(0, 'must be within [0, 360)').lt(360, 'must be within [0, 360)');
const element = z
  .object({
    area_m2: z
      .number('must be a number')
      .min(0, 'must be within [0, 100000]')
      .max(100_000, 'must be within [0, 100000]'),
    u_w_m2k: uValue,
    azimuth_deg: azimuth.nullable().optional(),
    b: z.number('must be a number').min(0, 'must be within [0, 1]').max(1, 'must be within [0, 1]').optional(),
  })
  .strict();
const roofElement = element.extend({ roof_kind: z.enum(['attic_floor', 'sloped', 'flat']).optional() }).strict();
const windowGroup = element
  .extend({
    azimuth_deg: azimuth,
    g_value: z.number('must be a number').min(0, 'must be within [0, 1]').max(1, 'must be within [0, 1]'),
    frame_fraction: z.number().min(0).max(1).optional(),
    shading_factor: z.union([z.number().min(0).max(1), z.array(z.number().min(0).max(1)).length(12)]).optional(),
  })
  .strict();
const CARRIERS = ALL_CARRIERS;
const HEATING = HEATING_SYSTEMS;
const HOT_WATER = HOT_WATER_SYSTEMS;

export const DwellingSchema = z
  .object({
    floor_area_m2: positive(10_000),
    volume_m3: positive(100_000).optional(),
    walls: z.array(element).max(100),
    roof: z.array(roofElement).max(100),
    floors: z.array(element).max(100),
    windows: z.array(windowGroup).max(100),
    thermal_bridges_w_k: z.number().min(0).max(100_000).optional(),
    ventilation: z.enum(VENTILATIONS),
    infiltration_ach: z.number('must be a number').min(0, 'must be within [0, 5]').max(5, 'must be within [0, 5]'),
    thermal_mass: z.enum(THERMAL_MASSES),
    heating: z
      .object({
        system: z.enum(HEATING),
        carrier: z.enum(CARRIERS),
        efficiency: z.number().gt(0, 'must be within (0, 6]').max(6, 'must be within (0, 6]'),
      })
      .strict(),
    hot_water: z
      .object({
        system: z.enum(HOT_WATER),
        carrier: z.enum(CARRIERS),
        efficiency: z.number().gt(0, 'must be within (0, 6]').max(6, 'must be within (0, 6]'),
      })
      .strict(),
    occupants: z.number().min(1).max(50).optional(),
    year_built: z
      .number('must be a number')
      .int('must be an integer')
      .min(1000, 'must be within [1000, 2100]')
      .max(2100, 'must be within [1000, 2100]')
      .nullable()
      .optional(),
    unesco: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'Dwelling' });
export type DwellingSchema = z.input<typeof DwellingSchema>;

export const SimulateRequest = z
  .object({
    dwelling: DwellingSchema,
    measures: z.array(z.string().min(1).max(100)).max(20, 'must list at most 20 measures').default([]),
    package: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'a package id instead of or on top of measures' }),
    lat: z.number().min(-90).max(90).default(50.4322),
    lon: z.number().min(-180).max(180).default(2.8333),
    ...householdFields,
    household_size: z.number().int().min(1, 'must be within [1, 12]').max(12, 'must be within [1, 12]').default(2),
  })
  .strict()
  .meta({ id: 'RenovationSimulateRequest' });
export type SimulateRequest = z.input<typeof SimulateRequest>;

export const SimulateResponse = z
  .strictObject({ date: z.string(), notice: z.string(), owner: z.enum(OWNERS), before: DwellingState, ...Outcome })
  .meta({ id: 'RenovationSimulation' });
export type SimulateResponse = z.infer<typeof SimulateResponse>;
