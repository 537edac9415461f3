import { z } from 'zod';
import { parseFixture } from '../fixtures/parseFixture';
import { checkSourceIds, figure, fixtureSource, fullDate, list } from '../fixtures/schemas';
import type { FarmEconomicsData } from './types';

const farmEconomicsSchema = z
  .object(
    {
      compiled_on: fullDate,
      currency: z.literal('EUR', { error: 'EUR' }),
      sources: list(fixtureSource),
      capex_eur_per_wp: figure(0.1, 5),
      opex_eur_per_kwp_yr: figure(0, 200),
      discount_rate_pct: figure(0, 30),
      life_years: figure(1, 60),
      degradation_pct_yr: figure(0, 5),
      household_kwh_yr: figure(500, 20_000),
      co2_kg_kwh: figure(0, 2),
      tender_price_eur_mwh: figure(0, 1000),
    },
    { error: 'an object' },
  )
  .superRefine(checkSourceIds)
  .transform(({ currency: _currency, ...data }) => data);

/**
 * Validate a parsed fixtures/farm/economics.json and return it typed: every figure present, in range, with a
 * `source` naming an entry of `sources` (engine/fixtures/schemas). Throws a RangeError naming the field, e.g.
 * "farm.capex_eur_per_wp.value must be a number within [0.1, 5], got 9".
 *
 * @param json the parsed file
 */
export function parseFarmEconomics(json: unknown): FarmEconomicsData {
  return parseFixture(farmEconomicsSchema, json, 'farm');
}
