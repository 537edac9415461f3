/**
 * The social landlords' endpoints (GET /me, /portfolios…, POST /portfolios/plan, GET /plans/{id}[/export],
 * PUT /buildings/{id}/private): requests and answers. Plans are engine/planner's, field for field.
 */
import { z } from 'zod';
import { STRATEGIES, type NonComplianceReason } from '../engine/planner/types';
import { ClassCounts, DpeLetter, IdParam, LonLat, MultiPolygonGeometry, featureCollection } from './common';
import { PrivateAttributeValue } from './buildings';

/** At most this many buildings in a portfolio or a plan (Maisons & Cités owns ≈ 63,000 houses). */
export const MAX_PORTFOLIO_BUILDINGS = 70_000;

export const PortfolioIdParams = z.object({ id: IdParam });
export type PortfolioIdParams = z.input<typeof PortfolioIdParams>;

export const PortfolioSelection = z
  .object({
    cite: z.string().min(1).max(200).optional(),
    commune: z.string().min(1).max(200).optional(),
    bbox: z
      .tuple([
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
      ])
      .refine(([a, b, c, d]) => a < c && b < d, 'must be [minLon, minLat, maxLon, maxLat] with min < max')
      .optional(),
    typologies: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
    ids: z
      .array(z.number('must be a number').int('must be an integer').positive('must be positive'))
      .min(1, 'must list at least one id')
      .max(MAX_PORTFOLIO_BUILDINGS, `must list at most ${MAX_PORTFOLIO_BUILDINGS} ids`)
      .optional(),
  })
  .strict()
  .meta({ id: 'PortfolioSelection', description: 'each condition narrows; none given: all of the buildings' });
export type PortfolioSelection = z.infer<typeof PortfolioSelection>;

export const PortfolioCreate = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    selection: PortfolioSelection,
  })
  .strict()
  .meta({ id: 'PortfolioCreate' });
export type PortfolioCreate = z.input<typeof PortfolioCreate>;

export const PlanRequest = z
  .object({
    portfolio_id: z.number('must be a number').int().positive(),
    start_year: z
      .number('must be a number')
      .int('must be an integer')
      .min(2024, 'must be within [2024, 2060]')
      .max(2060, 'must be within [2024, 2060]'),
    years: z
      .number('must be a number')
      .int('must be an integer')
      .min(1, 'must be within [1, 30]')
      .max(30, 'must be within [1, 30]'),
    budget_eur_per_year: z
      .number('must be a number')
      .min(0, 'must be ≥ 0')
      .max(10_000_000_000, 'must be at most 10 billion'),
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('legal') }).strict(),
      z.object({ kind: z.literal('min_class'), letter: DpeLetter }).strict(),
    ]),
    strategy: z.enum(STRATEGIES, 'must be worst_first, cheapest_class_gain, kwh_per_eur or co2_per_eur'),
    max_houses_per_year: z.number().int().positive().max(100_000).optional(),
    works_at_tenant_change: z
      .boolean()
      .default(false)
      .meta({ description: 'works only from the tenant_change_year recorded in the private attributes' }),
    compare: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'PlanRequest' });
export type PlanRequest = z.input<typeof PlanRequest>;

export const ExportQuery = z
  .object({
    format: z.enum(['csv', 'geojson'], 'must be csv or geojson').default('csv'),
    decimal: z.enum(['point', 'comma'], 'must be point or comma').default('point'),
  })
  .strict();
export type ExportQuery = z.input<typeof ExportQuery>;

/** Largest DPE file an organisation may upload at once (ADEME's v2 CSV holds about 3 kB a row: ≈ 30,000 rows). */
export const MAX_DPE_UPLOAD_BYTES = 100_000_000;

/** POST /me/dpe?dry_run&file_name: the organisation's own DPE file (body: .csv, .xml or .zip). */
export const PrivateDpeQuery = z
  .object({
    dry_run: z.enum(['true', 'false'], 'must be true or false').default('false'),
    file_name: z.string().max(200).optional().meta({ description: 'the file name the report uses' }),
  })
  .strict();
export type PrivateDpeQuery = z.input<typeof PrivateDpeQuery>;

export const PrivateAttributesBody = z
  .object({
    attributes: z.record(z.string().max(100), PrivateAttributeValue),
  })
  .strict()
  .refine((b) => Object.keys(b.attributes).length <= 100, 'attributes: at most 100 keys');

export type PrivateAttributesBody = z.input<typeof PrivateAttributesBody>;

const int = () => z.number().int();
const instant = () => z.string().meta({ description: 'ISO 8601 instant' });
const day = () => z.string().meta({ description: 'YYYY-MM-DD' });

export const Organisation = z
  .strictObject({ id: int(), slug: z.string(), name: z.string() })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

/** GET /me: the organisation of the token and how many buildings it owns. */
export const MeResponse = z.strictObject({ organisation: Organisation, buildings: int() }).meta({ id: 'Me' });
export type MeResponse = z.infer<typeof MeResponse>;

const portfolioFields = { id: int(), name: z.string(), buildings: int().meta({ description: 'buildings in it' }) };

/** POST /portfolios: the portfolio made (its selection is the one sent). */
export const PortfolioCreated = z
  .strictObject({ ...portfolioFields, created_at: instant() })
  .meta({ id: 'PortfolioCreated' });
export type PortfolioCreated = z.infer<typeof PortfolioCreated>;

export const PortfolioSummary = z
  .strictObject({ ...portfolioFields, selection: PortfolioSelection, created_at: instant() })
  .meta({ id: 'PortfolioSummary' });
export type PortfolioSummary = z.infer<typeof PortfolioSummary>;

/** GET /portfolios. */
export const PortfolioListResponse = z
  .strictObject({ portfolios: z.array(PortfolioSummary) })
  .meta({ id: 'PortfolioList' });
export type PortfolioListResponse = z.infer<typeof PortfolioListResponse>;

/** GET /portfolios/{id}: with its building ids (as many as `buildings`). */
export const PortfolioDetail = z
  .strictObject({
    ...portfolioFields,
    selection: PortfolioSelection,
    building_ids: z.array(int()),
    created_at: instant(),
  })
  .superRefine((p, ctx) => {
    if (p.building_ids.length !== p.buildings)
      ctx.addIssue({
        code: 'custom',
        path: ['building_ids'],
        message: `has ${p.building_ids.length} ids but buildings is ${p.buildings}`,
      });
    if (new Set(p.building_ids).size !== p.building_ids.length)
      ctx.addIssue({ code: 'custom', path: ['building_ids'], message: 'an id appears twice' });
  })
  .meta({ id: 'Portfolio' });
export type PortfolioDetail = z.infer<typeof PortfolioDetail>;

export const EstimateHouse = z
  .strictObject({
    building_id: int(),
    letter: DpeLetter,
    ep_kwh_m2: z.number().meta({ description: 'primary energy [kWhEP/(m²·yr)]' }),
    label_source: z.enum(['dpe', 'estimate']).meta({
      description: 'dpe: the class of a real DPE valid today (dpe_number); estimate: ours, no valid DPE matched',
    }),
    dpe_number: z.string().nullable(),
    label_origin: z.enum(['ademe', 'organisation']).nullable().meta({
      description: "whose DPE: ADEME's register, or one the organisation uploaded (POST /me/dpe); null for an estimate",
    }),
    center: LonLat,
    packages: z.array(
      z.strictObject({
        id: z.string(),
        letter: DpeLetter.meta({ description: 'class after the package' }),
        cost_eur: z.number().meta({ description: 'cost of the works [€ TTC]' }),
      }),
    ),
  })
  .meta({ id: 'EstimateHouse' });
export type EstimateHouse = z.infer<typeof EstimateHouse>;

/** GET /portfolios/{id}/estimate: every house's class today and after each package. */
export const PortfolioEstimateResponse = z
  .strictObject({
    portfolio_id: int(),
    date: day(),
    buildings: int(),
    classes: ClassCounts,
    houses: z.array(EstimateHouse),
  })
  .superRefine((e, ctx) => {
    // The classes the 3D view colours must count the houses listed.
    const total = Object.values(e.classes).reduce((a, b) => a + b, 0);
    if (total !== e.buildings)
      ctx.addIssue({
        code: 'custom',
        path: ['classes'],
        message: `count ${total} houses but buildings is ${e.buildings}`,
      });
    if (e.houses.length !== e.buildings)
      ctx.addIssue({
        code: 'custom',
        path: ['houses'],
        message: `has ${e.houses.length} items but buildings is ${e.buildings}`,
      });
    for (const [letter, n] of Object.entries(e.classes)) {
      const listed = e.houses.filter((h) => h.letter === letter).length;
      if (listed !== n)
        ctx.addIssue({
          code: 'custom',
          path: ['classes', letter],
          message: `is ${n} but ${listed} houses are ${letter}`,
        });
    }
  })
  .meta({ id: 'PortfolioEstimate' });
export type PortfolioEstimateResponse = z.infer<typeof PortfolioEstimateResponse>;

export const PvRankedRoof = z
  .strictObject({
    building_id: int(),
    cite: z.string().nullable(),
    kwp: z.number(),
    annual_kwh: z.number(),
    specific_yield_kwh_kwp: z.number(),
    payback_years: z.number().nullable(),
    usable_area_m2: z.number(),
  })
  .meta({ id: 'PvRankedRoof' });
export type PvRankedRoof = z.infer<typeof PvRankedRoof>;

export const CollectiveHint = z
  .strictObject({
    cite: z.string().meta({ description: 'the cité, "—" for houses outside any' }),
    houses: int(),
    production_kwh: z.number(),
    consumption_kwh: z.number(),
    note: z.string(),
  })
  .meta({ id: 'CollectiveSelfConsumptionHint' });
export type CollectiveHint = z.infer<typeof CollectiveHint>;

/** GET /portfolios/{id}/pv: the best roofs estimated as for a homeowner, totals and collective self-consumption. */
export const PortfolioPvResponse = z
  .strictObject({
    portfolio_id: int(),
    roofs_computed: int(),
    roofs: z.array(PvRankedRoof),
    totals: z.strictObject({ roofs: int(), kwp: z.number(), annual_kwh: z.number() }),
    collective: z.array(CollectiveHint),
    note: z.string(),
  })
  .meta({ id: 'PortfolioPv' });
export type PortfolioPvResponse = z.infer<typeof PortfolioPvResponse>;

/** Why a house may not be let at a deadline (engine/planner NonComplianceReason). */
export const NON_COMPLIANCE_REASONS = [
  'already_banned_at_start',
  'budget',
  'house_cap',
  'no_option_reaches',
  'not_available',
  'target_below_ban',
] as const satisfies readonly NonComplianceReason[];
// Every reason of the engine is listed (compile-time check).
const _everyReason: Exclude<NonComplianceReason, (typeof NON_COMPLIANCE_REASONS)[number]> extends never ? true : never =
  true;

export const PlanAssignment = z
  .strictObject({
    house_id: int(),
    year: int().meta({ description: 'works during this year, counted from 1 January of the next' }),
    package_id: z.string(),
    cost_eur: z.number(),
    letter_before: DpeLetter,
    letter_after: DpeLetter,
  })
  .meta({ id: 'PlanAssignment' });
export type PlanAssignment = z.infer<typeof PlanAssignment>;

export const PlanYear = z
  .strictObject({
    year: int(),
    spend_eur: z.number(),
    budget_eur: z.number(),
    houses: int().meta({ description: 'houses renovated during the year' }),
    classes: ClassCounts.meta({ description: "houses per class once the year's works count" }),
    energy_kwh_yr: z.number(),
    co2_kg_yr: z.number(),
    bills_eur_yr: z.number(),
  })
  .meta({ id: 'PlanYear' });
export type PlanYear = z.infer<typeof PlanYear>;

export const NonCompliance = z
  .strictObject({
    house_id: int(),
    letter: DpeLetter.meta({ description: 'class at the deadline' }),
    reason: z.enum(NON_COMPLIANCE_REASONS),
    works_year: int().nullable(),
  })
  .meta({ id: 'NonCompliance' });
export type NonCompliance = z.infer<typeof NonCompliance>;

export const PlanDeadline = z
  .strictObject({
    date: day(),
    banned_letter: DpeLetter,
    passed_at_start: z.boolean(),
    non_compliant: z.array(NonCompliance),
    required_min_eur: z.number().nullable(),
    budget_until_eur: z.number().nullable(),
    provably_infeasible: z.boolean(),
  })
  .meta({ id: 'PlanDeadline' });
export type PlanDeadline = z.infer<typeof PlanDeadline>;

export const PlanTotals = z
  .strictObject({
    spend_eur: z.number(),
    budget_eur: z.number(),
    houses_renovated: int(),
    energy_saved_kwh_yr: z.number(),
    co2_saved_kg_yr: z.number(),
    bill_saved_eur_yr: z.number(),
    classes_start: ClassCounts,
    classes_end: ClassCounts,
    houses_below_target_end: int(),
  })
  .meta({ id: 'PlanTotals' });
export type PlanTotals = z.infer<typeof PlanTotals>;

export const Plan = z
  .strictObject({
    strategy: z.enum(STRATEGIES),
    start_year: int(),
    assignments: z.array(PlanAssignment),
    years: z.array(PlanYear),
    deadlines: z.array(PlanDeadline),
    target_met: z.boolean(),
    totals: PlanTotals,
    method: z.string().meta({ description: 'how the plan was made (English)' }),
  })
  .superRefine((plan, ctx) => {
    // What the charts and tables rely on: one year after another, each year's works adding up to its houses.
    plan.years.forEach((y, k) => {
      if (y.year !== plan.start_year + k)
        ctx.addIssue({
          code: 'custom',
          path: ['years', k, 'year'],
          message: `must be ${plan.start_year + k}, got ${y.year}`,
        });
      const works = plan.assignments.filter((a) => a.year === y.year).length;
      if (works !== y.houses)
        ctx.addIssue({
          code: 'custom',
          path: ['years', k, 'houses'],
          message: `is ${y.houses} but ${works} are assigned`,
        });
    });
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;

export const StrategyComparison = z
  .strictObject({
    strategy: z.enum(STRATEGIES),
    target_met: z.boolean(),
    totals: PlanTotals,
    non_compliant: z.array(z.strictObject({ date: day(), banned_letter: DpeLetter, houses: int() })),
  })
  .meta({ id: 'StrategyComparison' });
export type StrategyComparison = z.infer<typeof StrategyComparison>;

const comparison = z
  .array(StrategyComparison)
  .nullable()
  .meta({ description: 'every strategy with the same budget and target, when asked; else null' });

/** A house of a plan whose class at the start is a real DPE, not our estimate. */
export const PlanRealLabel = z
  .strictObject({
    house_id: int(),
    letter: DpeLetter.meta({ description: 'class of the DPE on 1 January of the start year' }),
    dpe_number: z.string().meta({ description: 'N° DPE' }),
    origin: z.enum(['ademe', 'organisation']).meta({
      description: "ademe: ADEME's register (open data); organisation: a diagnostic the organisation uploaded",
    }),
  })
  .meta({ id: 'PlanRealLabel' });
export type PlanRealLabel = z.infer<typeof PlanRealLabel>;

/** Which label each house of a plan starts from: a real DPE valid on 1 January of the start year, or our estimate. */
export const PlanLabels = z
  .strictObject({
    real: int().meta({ description: 'houses planned on a real DPE' }),
    estimated: int().meta({ description: 'houses planned on our estimate (no valid, trusted DPE)' }),
    houses: z.array(PlanRealLabel).meta({ description: 'the houses on a real DPE (every other house: our estimate)' }),
  })
  .meta({ id: 'PlanLabels' });
export type PlanLabels = z.infer<typeof PlanLabels>;

/** POST /portfolios/plan: the plan, stored under `plan_id`. */
export const PlanResponse = z
  .strictObject({ plan_id: int(), created_at: instant(), plan: Plan, comparison, labels: PlanLabels })
  .meta({ id: 'PlanAnswer' });
export type PlanResponse = z.infer<typeof PlanResponse>;

/** GET /plans/{id}: a stored plan with the request that made it. */
export const StoredPlanResponse = z
  .strictObject({
    id: int(),
    portfolio_id: int().nullable(),
    input: PlanRequest,
    plan: Plan,
    comparison,
    labels: PlanLabels.nullable().meta({ description: 'null for a plan stored before labels were recorded' }),
    created_at: instant(),
  })
  .meta({ id: 'StoredPlan' });
export type StoredPlanResponse = z.infer<typeof StoredPlanResponse>;

/** One house of an exported plan: a CSV row (columns in this order) or a GeoJSON feature's properties. */
export const PlanExportRecord = z
  .strictObject({
    building_id: int(),
    address: z.string(),
    commune: z.string(),
    cite: z.string(),
    year: int().nullable().meta({ description: 'year of its works, null (empty cell) when none' }),
    package: z.string(),
    cost_eur: z.number(),
    letter_before: z.union([DpeLetter, z.literal('')]),
    letter_after: z.union([DpeLetter, z.literal('')]),
    label_source: z.enum(['dpe', 'estimate', '']).meta({
      description:
        "what the house's class at the start is: a real DPE, our estimate ('' for a plan stored before labels were recorded)",
    }),
    dpe_number: z.string().meta({ description: "N° of the real DPE the house starts from, '' when none" }),
  })
  .meta({ id: 'PlanExportRecord' });
export type PlanExportRecord = z.infer<typeof PlanExportRecord>;
/** The CSV columns of GET /plans/{id}/export?format=csv, in order. */
export const PLAN_EXPORT_COLUMNS = Object.keys(PlanExportRecord.shape) as (keyof PlanExportRecord)[];

/** GET /plans/{id}/export?format=geojson. */
export const PlanExportGeoJson = featureCollection(
  z.strictObject({
    type: z.literal('Feature'),
    id: int(),
    geometry: MultiPolygonGeometry,
    properties: PlanExportRecord,
  }),
).meta({ id: 'PlanExportGeoJson' });
export type PlanExportGeoJson = z.infer<typeof PlanExportGeoJson>;

/** GET /plans/{id}/export?format=csv: UTF-8 with a byte-order mark, ";" separator, CRLF, a header line. */
export const PlanExportCsv = z
  .string()
  .refine(
    (text) => text.startsWith('\ufeff' + PLAN_EXPORT_COLUMNS.join(';') + '\r\n'),
    `must start with a byte-order mark and the header ${PLAN_EXPORT_COLUMNS.join(';')}`,
  )
  .meta({ id: 'PlanExportCsv', description: `columns ${PLAN_EXPORT_COLUMNS.join(';')}` });
export type PlanExportCsv = z.infer<typeof PlanExportCsv>;

/** PUT /buildings/{id}/private: the attributes now stored (replaced). */
export const PrivateAttributesResponse = z
  .strictObject({ building_id: int(), private_attributes: z.record(z.string(), PrivateAttributeValue) })
  .meta({ id: 'PrivateAttributes' });
export type PrivateAttributesResponse = z.infer<typeof PrivateAttributesResponse>;

const PRIVATE_DPE_SKIPS = [
  'superseded',
  'not_deposited',
  'not_a_dwelling',
  'repeated_in_file',
  'outside_territory',
  'unmatched',
  'untrusted_match',
  'not_owned',
  'other_dwelling_kept',
  'older_than_kept',
] as const;

/** What an upload of the organisation's own DPEs kept in its buildings' private attributes, and why not the rest. */
export const PrivateDpeReportResponse = z
  .strictObject({
    dry_run: z.boolean(),
    files: z.array(z.strictObject({ file: z.string(), dataset: z.string().nullable(), read: int() })),
    read: int(),
    written: int().meta({ description: 'buildings whose diagnostic was written (would be, in a dry run)' }),
    unchanged: int().meta({ description: 'buildings that already kept the same diagnostic' }),
    skipped: z.strictObject(
      Object.fromEntries(PRIVATE_DPE_SKIPS.map((k) => [k, int()])) as Record<
        (typeof PRIVATE_DPE_SKIPS)[number],
        ReturnType<typeof int>
      >,
    ),
    houses: z.array(
      z.strictObject({
        building_id: int(),
        dpe_number: z.string(),
        letter: DpeLetter,
        issue_date: day(),
        valid_until: day(),
        match_method: z.string(),
        match_confidence: z.number(),
      }),
    ),
    untrusted: z.array(
      z.strictObject({
        dpe_number: z.string(),
        building_id: int(),
        match_method: z.string(),
        match_confidence: z.number(),
        match_flags: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'PrivateDpeReport' });
export type PrivateDpeReportResponse = z.infer<typeof PrivateDpeReportResponse>;
