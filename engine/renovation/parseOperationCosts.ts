import { z } from 'zod';
import { parseFixture } from '../fixtures/parseFixture';
import {
  checkSourceIds,
  date,
  fixtureHeader,
  list,
  number,
  object,
  oneOf,
  provenance,
  text,
} from '../fixtures/schemas';

/** VAT class of a line item: energy works 5.5 %, other works 10 %, services 20 %, none (insurance). */
export const VAT_CLASSES = ['energy', 'works', 'services', 'none'] as const;
export type VatClass = (typeof VAT_CLASSES)[number];

/** What a € line item is counted per: m² of roof covering, of living floor, of exposed façade, or per dwelling. */
export const ITEM_QUANTITIES = ['roof_covering_m2', 'floor_m2', 'facade_m2', 'dwelling'] as const;
export type ItemQuantity = (typeof ITEM_QUANTITIES)[number];

const sourced = (min: number, max: number) => object({ value: number(min, max), ...provenance });
const euro = number(0, 1e5);
const pct = number(0, 50);
const common = {
  id: text,
  label_fr: text,
  vat: oneOf(VAT_CLASSES),
  date,
  ...provenance,
  /** When the item applies (absent: always): the package holds one of `any_measure`; the dwelling was built before
   * `built_before` [year] or, its year unknown, its typology is one of `or_typologies`. */
  when: object({
    any_measure: list(text).optional(),
    built_before: number(1800, 2100).optional(),
    or_typologies: list(text).optional(),
  }).optional(),
};
/** A line item priced per unit of a quantity of the dwelling [€ HT per m² or per dwelling]. */
const euroItem = <Q extends ItemQuantity>(quantity: Q) =>
  object({ ...common, quantity: z.literal(quantity), low_eur_ht: euro, central_eur_ht: euro, high_eur_ht: euro });
/** A line item priced as a share of the works (energy measures + € work items) [% of € HT]. */
const shareItem = object({ ...common, quantity: z.literal('works_ht'), low_pct: pct, central_pct: pct, high_pct: pct });
const item = z.discriminatedUnion(
  'quantity',
  [euroItem('roof_covering_m2'), euroItem('floor_m2'), euroItem('facade_m2'), euroItem('dwelling'), shareItem],
  { error: `one of ${[...ITEM_QUANTITIES, 'works_ht'].join(', ')}` },
);

const schema = object({
  ...fixtureHeader,
  vat: object({
    energy_pct: sourced(0, 30),
    works_pct: sourced(0, 30),
    services_pct: sourced(0, 30),
    renovation_lourde_pct: sourced(0, 30),
  }),
  /** Roof covering area over its plan area for a pitched roof [-]. */
  roof_slope_factor: sourced(1, 3),
  /** The ERBM programme's published cost of a whole house renovation [€]. */
  erbm_reference: object({
    per_house_eur: object({ low: number(0, 1e6), high: number(0, 1e6), date, ...provenance }),
    mean_2019_eur: object({ value: number(0, 1e6), date, source: text }),
    mean_2018_eur: object({ value: number(0, 1e6), date, source: text }),
  }),
  items: list(item),
}).superRefine((f, ctx) => {
  checkSourceIds(f, ctx);
  const seen = new Set<string>();
  f.items.forEach((it, i) => {
    if (seen.has(it.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: 'unique among items' });
    seen.add(it.id);
    const [key, lo, ce, hi, max] =
      it.quantity === 'works_ht'
        ? ['pct', it.low_pct, it.central_pct, it.high_pct, 50]
        : ['eur_ht', it.low_eur_ht, it.central_eur_ht, it.high_eur_ht, 1e5];
    if (ce < lo)
      ctx.addIssue({
        code: 'custom',
        path: ['items', i, `central_${key}`],
        message: `a number within [${lo}, ${max}]`,
      });
    else if (hi < ce)
      ctx.addIssue({ code: 'custom', path: ['items', i, `high_${key}`], message: `a number within [${ce}, ${max}]` });
  });
});

/** fixtures/renovation/operation-costs.json, validated. */
export type OperationCosts = z.output<typeof schema>;
export type OperationItem = OperationCosts['items'][number];
export type EuroItem = Exclude<OperationItem, { quantity: 'works_ht' }>;
export type ShareItem = Extract<OperationItem, { quantity: 'works_ht' }>;

/**
 * Validate the parsed operation-cost file (fixtures/renovation/operation-costs.json) and return it typed: VAT rates,
 * roof slope factor, the ERBM reference cost and the non-energy line items, every `source` naming an entry of
 * `sources`. Throws a RangeError naming the field, e.g. "operation.items[3].central_eur_ht must be a number within
 * [0, 100000], got -5".
 *
 * @param json the parsed file
 */
export function parseOperationCosts(json: unknown): OperationCosts {
  return parseFixture(schema, json, 'operation');
}
