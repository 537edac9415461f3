import { z } from '../http/openapi.js';
import { IdParam } from './common.js';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
/** At most this many buildings in a portfolio or a plan (Maisons & Cités owns ≈ 63,000 houses). */
export const MAX_PORTFOLIO_BUILDINGS = 70_000;

export const PortfolioIdParams = z.object({ id: IdParam });

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
  .strict();

export const PortfolioCreate = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    selection: PortfolioSelection,
  })
  .strict()
  .openapi('PortfolioCreate');

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
      z.object({ kind: z.literal('min_class'), letter: z.enum(LETTERS) }).strict(),
    ]),
    strategy: z.enum(
      ['worst_first', 'cheapest_class_gain', 'kwh_per_eur', 'co2_per_eur'],
      'must be worst_first, cheapest_class_gain, kwh_per_eur or co2_per_eur',
    ),
    max_houses_per_year: z.number().int().positive().max(100_000).optional(),
    works_at_tenant_change: z
      .boolean()
      .default(false)
      .openapi({ description: 'works only from the tenant_change_year recorded in the private attributes' }),
    compare: z.boolean().default(false),
  })
  .strict()
  .openapi('PlanRequest');

export const ExportQuery = z
  .object({
    format: z.enum(['csv', 'geojson'], 'must be csv or geojson').default('csv'),
    decimal: z.enum(['point', 'comma'], 'must be point or comma').default('point'),
  })
  .strict();

export const PrivateAttributesBody = z
  .object({
    attributes: z.record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])),
  })
  .strict()
  .refine((b) => Object.keys(b.attributes).length <= 100, 'attributes: at most 100 keys');

/** Loose response shapes for the documentation (the answers are built by the services). */
export const AnyObject = z.record(z.string(), z.unknown());
