import { z } from 'zod';
import type { Heating } from '../engine/economics/types';
import type { PanelOrientation } from '../engine/layout/types';
import type { Mounting } from '../engine/pv/sapmCellTemperature';
import { SKY_MODELS } from './solar';
import { BATTERY_LIMITS } from '../engine/storage/batteryLimits';
import { INCOME_BANDS } from './renovation';

/** Household heating (engine/economics Heating). */
export const PV_HEATING = ['electric', 'heat_pump', 'gas', 'other'] as const satisfies readonly Heating[];
const HEATING = PV_HEATING;
export const PV_SIZING = ['npv', 'max', 'consumption'] as const;
const SIZING = PV_SIZING;
const MOUNTINGS = ['roof', 'open_rack'] as const satisfies readonly Mounting[];
const ORIENTATIONS = ['portrait', 'landscape'] as const satisfies readonly PanelOrientation[];

/** A finite number within [min, max] from a query string ("NaN", "", "abc" → "must be a number"). */
const queryNumber = (min: number, max: number, exclusiveMin = false) => {
  const range = `must be within ${exclusiveMin ? '(' : '['}${min}, ${max}]`;
  const base = z.coerce.number('must be a number').refine(Number.isFinite, 'must be a finite number');
  return base
    .refine((x) => (exclusiveMin ? x > min : x >= min), range)
    .refine((x) => x <= max, range)
    .meta({ type: 'number' });
};

export const BuildingPvQuery = z
  .object({
    kwp_max: queryNumber(0, 500, true).optional().meta({ description: 'largest system wanted [kWp]' }),
    budget_eur: queryNumber(0, 10_000_000, true).optional().meta({ description: 'largest installation cost [€ TTC]' }),
    consumption_kwh: queryNumber(0, 100_000, true).optional().meta({
      description: "household's yearly electricity use [kWh]; default estimated from heating and occupants",
    }),
    heating: z.enum(HEATING, 'must be one of electric, heat_pump, gas, other').default('gas'),
    occupants: z.coerce
      .number('must be a number')
      .int('must be an integer')
      .min(1, 'must be within [1, 12]')
      .max(12, 'must be within [1, 12]')
      .default(2)
      .meta({ type: 'integer' }),
    sizing: z.enum(SIZING, 'must be one of npv, max, consumption').default('npv').meta({
      description: 'npv: best 25-year NPV; max: as many panels as allowed; consumption: cover the yearly use',
    }),
    module: z.string().min(1).max(100).optional().meta({ description: 'module id from the catalogue' }),
    kit_modules: z.coerce
      .number('must be a number')
      .int('must be an integer')
      .min(1, 'must be within [1, 2]')
      .max(2, 'must be within [1, 2]')
      .optional()
      .meta({
        type: 'integer',
        description: 'only the plug-in kit of this many modules (default: the 1- and 2-module kits)',
      }),
    battery_kwh: z.coerce
      .number('must be a number')
      .refine(Number.isFinite, 'must be a finite number')
      .refine(
        (x) => x === 0 || (x > 0 && x <= BATTERY_LIMITS.usable_kwh.max),
        `must be 0 or within (0, ${BATTERY_LIMITS.usable_kwh.max}]`,
      )
      .optional()
      .meta({
        type: 'number',
        description: "home battery's usable capacity [kWh] beside the chosen system; absent or 0: none",
      }),
    collector_m2: queryNumber(0, 20, true)
      .optional()
      .meta({ description: 'solar water heater collector area [m²]; default sized for the household' }),
    income_band: z
      .enum(INCOME_BANDS, 'must be tres_modeste, modeste, intermediaire or superieur')
      .default('modeste')
      .meta({ description: "household's MaPrimeRénov' band (aid for a solar water heater)" }),
    reduced_vat: z.enum(['true', 'false'], 'must be true or false').default('true').meta({
      description:
        "true: the installer's offer meets the 5.5 % VAT criteria (low-carbon modules, energy management system); the rate is applied only to dwellings and systems ≤ 9 kWc",
    }),
  })
  .strict();
export type BuildingPvQuery = z.input<typeof BuildingPvQuery>;

export const PvConfiguration = z
  .strictObject({
    panels: z.number().int(),
    kwp: z.number(),
    annual_kwh: z.number(),
    specific_yield_kwh_kwp: z.number(),
    self_consumed_kwh: z.number(),
    exported_kwh: z.number(),
    self_consumption_pct: z.number().min(0).max(100),
    self_sufficiency_pct: z.number().min(0).max(100),
    capex_eur: z.number(),
    premium_eur: z.number(),
    net_cost_eur: z.number(),
    savings_eur_yr: z.number(),
    export_revenue_eur_yr: z.number(),
    payback_years: z.number().nullable(),
    npv_eur: z.number(),
    lcoe_eur_kwh: z.number(),
    co2_avoided_kg_yr: z.number(),
  })
  .meta({ id: 'PvConfiguration' });
export type PvConfiguration = z.infer<typeof PvConfiguration>;

const twelve = z.array(z.number()).length(12);

export const PvModule = z
  .strictObject({
    id: z.string(),
    manufacturer: z.string(),
    model: z.string(),
    wp: z.number(),
    length_m: z.number(),
    width_m: z.number(),
  })
  .meta({ id: 'PvModule' });
export type PvModule = z.infer<typeof PvModule>;

export const PvAssumptions = z
  .strictObject({
    tariffs_valid_from: z.string(),
    retail_price_eur_kwh: z.number(),
    export_tariff_eur_kwh: z.number(),
    premium_eur_kwp: z.number(),
    installed_cost_eur_kwp: z.number(),
    price_drift_pct_yr: z.number(),
    degradation_pct_yr: z.number(),
    discount_rate_pct: z.number(),
    lifetime_years: z.number(),
    losses_pct: z.number(),
    co2_kg_kwh: z.number(),
    oa_quarter: z.string(),
    vat: z.strictObject({
      rate_pct: z.number().nullable().meta({ description: "VAT in the chosen system's cost [%]" }),
      applies_to: z.string().nullable(),
      source: z.string().nullable(),
      reduced_rate_pct: z.number(),
      reduced_max_kwp: z.number().nullable(),
      reduced_valid_from: z.string(),
      reduced_conditions: z.string(),
      reduced_source: z.string(),
      dwelling: z.boolean(),
      compliant_equipment: z.boolean(),
    }),
    sources: z.array(z.strictObject({ id: z.string(), title: z.string(), url: z.string(), date: z.string() })),
  })
  .meta({ id: 'PvAssumptions' });
export type PvAssumptions = z.infer<typeof PvAssumptions>;

/** A plug-in kit (« kit solaire prêt-à-brancher ») at the building's best spot, no surplus paid. */
export const PlugInKit = z
  .strictObject({
    modules: z.number().int(),
    kwp: z.number(),
    ac_w: z.number().meta({ description: "micro-inverter's AC rating [W]" }),
    price_eur: z.number().meta({ description: 'retail price, VAT included [€ TTC]' }),
    spot: z.enum(['wall', 'garden', 'flat_roof']),
    tilt_deg: z.number(),
    azimuth_deg: z.number(),
    annual_kwh: z.number(),
    self_consumed_kwh: z.number(),
    unused_kwh: z.number().meta({ description: 'produced beyond the hour’s load: flows to the grid unpaid [kWh/yr]' }),
    self_consumption_pct: z.number(),
    savings_eur_yr: z.number(),
    payback_years: z.number().nullable(),
    npv_eur: z.number(),
    lifetime_years: z.number(),
  })
  .meta({ id: 'PlugInKit' });
export type PlugInKit = z.infer<typeof PlugInKit>;

const BatterySide = z.strictObject({
  self_consumed_kwh: z.number(),
  exported_kwh: z.number(),
  imported_kwh: z.number(),
  self_consumption_pct: z.number(),
  self_sufficiency_pct: z.number(),
  savings_eur_yr: z.number(),
  export_revenue_eur_yr: z.number(),
});

/** A home battery beside the chosen system: first-year figures without and with it, and the money of adding it. */
export const PvBattery = z
  .strictObject({
    usable_kwh: z.number(),
    power_kw: z.number(),
    round_trip_efficiency: z.number(),
    capex_eur: z.number().meta({ description: 'installed cost, VAT included [€ TTC]' }),
    vat_pct: z.number(),
    first_year_extra_savings_eur: z.number(),
    payback_years: z.number().nullable(),
    npv_eur: z.number(),
    replacement_years: z.array(z.number().int()),
    without: BatterySide,
    with: BatterySide,
    cost_date: z.string(),
  })
  .meta({ id: 'PvBattery' });
export type PvBattery = z.infer<typeof PvBattery>;

/** A solar water heater (CESI) on the sunniest roof face large enough, by the monthly f-chart. */
export const SolarWaterHeater = z
  .strictObject({
    face_index: z.number().int(),
    tilt_deg: z.number(),
    azimuth_deg: z.number(),
    poa_kwh_m2: z.number(),
    collector_m2: z.number(),
    tank_l: z.number(),
    hot_water_need_kwh: z.number(),
    solar_fraction_pct: z.number().min(0).max(100),
    solar_kwh: z.number(),
    heater: z.enum(['electric', 'gas']).meta({ description: 'the water heater whose energy the sun replaces' }),
    final_energy_saved_kwh: z.number(),
    savings_eur_yr: z.number(),
    installed_cost_eur: z.number(),
    aids_eur: z.number(),
    net_cost_eur: z.number(),
    payback_years: z.number().nullable(),
    npv_eur: z.number(),
    lifetime_years: z.number(),
    monthly_solar_fraction_pct: twelve,
  })
  .meta({ id: 'SolarWaterHeater' });
export type SolarWaterHeater = z.infer<typeof SolarWaterHeater>;

/** Why no size pays, or that the roof takes none (engine/economics pvVerdict). */
export const PV_REASONS = ['surplus_price_low', 'self_consumption_low', 'cost_per_kwp_high', 'no_room'] as const;

export const PvVerdict = z
  .strictObject({
    case: z.enum(['profitable', 'none_profitable', 'unsuitable']),
    reasons: z.array(z.enum(PV_REASONS)),
    figures: z
      .strictObject({
        cost_eur_kwh: z.number().meta({ description: 'discounted cost net of the premium per discounted kWh [€/kWh]' }),
        retail_price_eur_kwh: z.number(),
        export_tariff_eur_kwh: z.number(),
        self_consumption_pct: z.number(),
        break_even_self_consumption_pct: z.number().meta({
          description:
            'share of the production to use at home for a kWh to earn its cost, first-year prices [%]; 999 when none would',
        }),
        installed_cost_eur_kwp: z.number(),
      })
      .nullable(),
  })
  .meta({ id: 'PvVerdict' });
export type PvVerdict = z.infer<typeof PvVerdict>;

/** One panel laid out on the roof, best first. */
export const PvPanelFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()))) }),
    properties: z.strictObject({
      rank: z.number().int(),
      face_index: z.number().int(),
      orientation: z.enum(ORIENTATIONS),
      annual_kwh: z.number(),
      mean_kwh_m2: z.number(),
      corners_local_m: z.array(z.array(z.number()).length(3)).length(4),
    }),
  })
  .meta({ id: 'PvPanel' });
export type PvPanelFeature = z.infer<typeof PvPanelFeature>;

export const BuildingPvResponse = z
  .strictObject({
    building_id: z.number().int(),
    weather: z.string(),
    module: PvModule,
    heating: z.enum(HEATING),
    occupants: z.number().int().min(1).max(12),
    consumption_kwh: z.number(),
    consumption_estimated: z.boolean(),
    sizing: z.enum(SIZING),
    max_panels: z.number().int(),
    chosen: PvConfiguration.nullable(),
    verdict: PvVerdict,
    options: z
      .strictObject({
        best_value: PvConfiguration.nullable(),
        cover_consumption: PvConfiguration.nullable(),
        fill_roof: PvConfiguration.nullable(),
      })
      .meta({
        description: 'the three sizes shown side by side: best 25-year NPV, cover the yearly use, fill the roof',
      }),
    configurations: z.array(PvConfiguration),
    plug_in_kits: z.array(PlugInKit),
    battery: PvBattery.nullable(),
    solar_water_heater: SolarWaterHeater.nullable(),
    monthly: z.strictObject({ production_kwh: twelve, consumption_kwh: twelve, self_consumed_kwh: twelve }),
    daily_profile: z
      .strictObject({
        production_kwh: z.array(z.number()).length(24),
        consumption_kwh: z.array(z.number()).length(24),
        self_consumed_kwh: z.array(z.number()).length(24),
      })
      .meta({ description: "chosen system's mean day by Europe/Paris local hour (0 = 00:00-01:00) [kWh]" }),
    assumptions: PvAssumptions,
    layout: z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(PvPanelFeature) }),
    origin: z.array(z.number()).length(2),
  })
  .superRefine((pv, ctx) => {
    // What the « Mon toit » slider relies on: one configuration per size, ascending, within the layout, the chosen
    // one among them; a roof where no panel fits has neither configuration nor chosen size.
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const panels = pv.layout.features.length;
    if (pv.max_panels !== panels)
      issue(['max_panels'], `max_panels (${pv.max_panels}) must equal layout.features.length (${panels})`);
    pv.configurations.forEach((c, k) => {
      if (c.panels > pv.max_panels) issue(['configurations', k, 'panels'], `exceeds max_panels (${pv.max_panels})`);
      if (k > 0 && c.panels <= pv.configurations[k - 1]!.panels)
        issue(['configurations', k, 'panels'], 'must be greater than the one before');
    });
    if (pv.chosen && !pv.configurations.some((c) => c.panels === pv.chosen!.panels))
      issue(['configurations'], `must include chosen.panels (${pv.chosen.panels})`);
    if (!pv.chosen && pv.max_panels > 0)
      issue(['chosen'], `expected a configuration when max_panels is ${pv.max_panels}`);
  })
  .meta({ id: 'BuildingPv' });
export type BuildingPvResponse = z.infer<typeof BuildingPvResponse>;

const degrees = (min: number, max: number, maxExclusive = false) => {
  const range = `must be within [${min}, ${max}${maxExclusive ? ')' : ']'}`;
  const n = z.number('must be a number').min(min, range);
  return maxExclusive ? n.lt(max, range) : n.max(max, range);
};

export const PvEstimateRequest = z
  .object({
    lat: degrees(-90, 90),
    lon: degrees(-180, 180),
    arrays: z
      .array(
        z
          .object({
            tilt_deg: degrees(0, 90),
            azimuth_deg: degrees(0, 360, true),
            kwp: z
              .number('must be a number')
              .gt(0, 'must be within (0, 10000]')
              .max(10_000, 'must be within (0, 10000]')
              .meta({ description: 'DC rating [kWp]' }),
            mounting: z.enum(MOUNTINGS, 'must be roof or open_rack').default('roof'),
            horizon_deg: z
              .array(degrees(0, 90))
              .min(4, 'must list at least 4 sectors')
              .max(360, 'must list at most 360 sectors')
              .optional()
              .meta({ description: 'obstruction elevation [°] for equal azimuth sectors from north, clockwise' }),
          })
          .strict(),
      )
      .min(1, 'must list at least one array')
      .max(100, 'must list at most 100 arrays'),
    losses_pct: z
      .number('must be a number')
      .min(0, 'must be within [0, 99]')
      .max(99, 'must be within [0, 99]')
      .optional()
      .meta({ description: 'total system losses [%]; default PVWatts 14.08' }),
    iam: z.enum(['physical', 'none'], 'must be physical or none').default('physical'),
    model: z.enum(SKY_MODELS).default('perez'),
    albedo: z.number('must be a number').min(0, 'must be within [0, 1]').max(1, 'must be within [0, 1]').default(0.2),
    dc_ac_ratio: z
      .number('must be a number')
      .min(0.5, 'must be within [0.5, 3]')
      .max(3, 'must be within [0.5, 3]')
      .default(1.2),
    weather: z.string().min(1).max(100).optional(),
  })
  .strict()
  .meta({ id: 'PvEstimateRequest' });
export type PvEstimateRequest = z.input<typeof PvEstimateRequest>;

const YieldFields = {
  kwp: z.number(),
  annual_kwh: z.number(),
  specific_yield_kwh_kwp: z.number(),
  monthly_kwh: twelve,
  poa_kwh_m2: z.number(),
  performance_ratio: z.number(),
};

export const PvEstimateResponse = z
  .strictObject({
    weather: z.string(),
    ...YieldFields,
    losses_pct: z.number(),
    iam: z.enum(['physical', 'none']),
    dc_ac_ratio: z.number(),
    arrays: z.array(
      z.strictObject({
        tilt_deg: z.number(),
        azimuth_deg: z.number(),
        mounting: z.enum(MOUNTINGS),
        ...YieldFields,
        sky_view_factor: z.number(),
      }),
    ),
  })
  .meta({ id: 'PvEstimate' });
export type PvEstimateResponse = z.infer<typeof PvEstimateResponse>;
