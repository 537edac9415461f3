import { z } from 'zod';
import { parseFixture } from '../fixtures/parseFixture';
import {
  checkSourceIds,
  date,
  figure,
  fixtureHeader,
  fullDate,
  list,
  number,
  object,
  provenance,
  text,
} from '../fixtures/schemas';
import { VAT_REQUIREMENTS, type Tariffs } from './types';

/** A figure whose value is an integer within [min, max]. */
const integerFigure = (min: number, max: number) =>
  figure(min, max).superRefine((f, ctx) => {
    if (!Number.isInteger(f.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'an integer' });
  });

/** Bands in increasing max_kwp. */
function ascending<T extends { max_kwp: number }>(bands: T[], ctx: z.RefinementCtx): void {
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!.max_kwp;
    if (bands[i]!.max_kwp <= prev)
      ctx.addIssue({ code: 'custom', path: [i, 'max_kwp'], message: `greater than the previous band's ${prev}` });
  }
}

const installationBand = object({
  max_kwp: number(0.1, 1e4),
  eur_per_kwp_ttc: number(100, 2e4),
  quoted_vat_pct: number(0, 100),
  ...provenance,
});

const oaBand = object({
  max_kwp: number(0.1, 1e4),
  export_tariff_eur_kwh: number(0, 2),
  premium_eur_per_kwp: number(0, 5000),
  premium_instalments_pct: list(number(0, 100)).refine(
    (pct) => Math.abs(pct.reduce((a, b) => a + b, 0) - 100) <= 1e-9,
    { error: 'percentages summing to 100' },
  ),
  ...provenance,
});

const vatRule = object({
  rate_pct: number(0, 100),
  max_kwp: z.union([z.null(), number(0, 1e4)], { error: 'a number within [0, 10000]' }),
  valid_from: text,
  applies_to: text,
  requires: z.array(z.enum(VAT_REQUIREMENTS, { error: `one of ${VAT_REQUIREMENTS.join(', ')}` }), {
    error: 'an array',
  }),
  source: text,
});

const tariffsSchema = object({
  ...fixtureHeader,
  valid_from: fullDate,
  installation_cost: object({ date, note: text, bands: list(installationBand).superRefine(ascending) }),
  oa_surplus: object({
    scheme: text,
    quarter: text,
    valid_from: fullDate,
    valid_to: fullDate,
    quarter_note: text,
    contract_years: integerFigure(1, 40),
    after_contract_export_eur_kwh: figure(0, 2),
    premium_payment_note: text,
    bands: list(oaBand).superRefine(ascending),
  }),
  retail: object({
    offer: text,
    price_eur_kwh_ttc: figure(0, 5),
    subscription_eur_yr_ttc: figure(0, 1e4),
    drift_pct_yr: figure(-20, 20),
  }),
  pv: object({
    degradation_pct_yr: figure(0, 10),
    lifetime_years: integerFigure(1, 60),
    inverter_replacement_year: integerFigure(1, 100),
    inverter_replacement_eur_per_kwp: figure(0, 5000),
    maintenance_eur_yr: figure(0, 1e5),
  }),
  finance: object({ discount_rate_pct: figure(-10, 50) }),
  co2: object({ grid_factor_kg_kwh: figure(0, 2) }),
  vat: object({
    note: text,
    rules: z.array(vatRule, { error: 'a non-empty array' }).min(1, { error: 'a non-empty array' }),
  }),
}).superRefine(checkSourceIds);

/**
 * Validate a parsed tariff fixture and return it typed. Every field is checked (presence, type, range, date
 * format, band order, instalments summing to 100 %, every `source` naming an entry of `sources`).
 * @throws RangeError naming the field, e.g. "tariffs.retail.price_eur_kwh_ttc.value must be a number within [0, 5], got undefined"
 */
export function parseTariffs(json: unknown): Tariffs {
  return parseFixture(tariffsSchema, json, 'tariffs');
}
