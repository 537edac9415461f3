import { z } from 'zod';
import { parseFixture } from '../fixtures/parseFixture';
import { number, object, text } from '../fixtures/schemas';

/**
 * The rules of the « contribution du locataire au partage des économies de charges » (« 3e ligne de quittance »)
 * as fixtures/homeowner/homeowner.json gives them (section `tenant_energy_contribution`, see its SOURCE.md).
 */
export interface TenantContributionRules {
  /** Ceiling of the contribution as a share of the estimated energy saving [-] (0.5: « la moitié »). */
  max_share_of_estimated_savings: number;
  /** Longest period the contribution may be charged [years]. */
  max_duration_years: number;
  /** Private landlords: loi n° 89-462 art. 23-1, décret n° 2009-1439. */
  law_private: string;
  /** Social landlords: CCH L442-3, R. 442-24 to R. 442-30, décret n° 2009-1438. */
  law_social: string;
  /** Private sector flat monthly amounts by number of main rooms [€/month], where the arrêté allows them. */
  flat_rate_private_eur_month: { one_main_room: number; two_three_main_rooms: number; four_plus_main_rooms: number };
  /** The source ids (the file's `sources`) of each figure above. */
  sources: { ceiling: string; duration: string; law_private: string; law_social: string; flat_rate_private: string };
}

const sourced = <T extends z.ZodType>(value: T) => object({ value, source: text, assumption: text.optional() });
const euros = number(0, 1000);
const schema = object({
  sources: z.array(object({ id: text }), { error: 'a non-empty array' }).min(1, { error: 'a non-empty array' }),
  tenant_energy_contribution: object({
    law_private: sourced(text),
    law_social: sourced(text),
    max_share_of_estimated_savings: sourced(number(0.01, 1)),
    max_duration_years: sourced(number(1, 50)),
    flat_rate_private_eur_month: sourced(
      object({ '1_main_room': euros, '2_3_main_rooms': euros, '4_plus_main_rooms': euros }),
    ),
  }),
}).superRefine((f, ctx) => {
  const known = new Set(f.sources.map((s) => s.id));
  for (const [key, figure] of Object.entries(f.tenant_energy_contribution))
    if (!known.has(figure.source))
      ctx.addIssue({
        code: 'custom',
        path: ['tenant_energy_contribution', key, 'source'],
        message: 'one of the ids in sources',
      });
});

/**
 * The tenant-contribution rules of the homeowner fixture, validated; the rest of the section (conditions, quittance
 * line, social-sector practice) is text for readers.
 * @param json the parsed fixtures/homeowner/homeowner.json
 * @throws RangeError naming the field, e.g. "homeowner.tenant_energy_contribution.max_duration_years.value must be
 *   a number within [1, 50], got 0"
 */
export function parseTenantContribution(json: unknown): TenantContributionRules {
  const t = parseFixture(schema, json, 'homeowner').tenant_energy_contribution;
  const flat = t.flat_rate_private_eur_month.value;
  return {
    max_share_of_estimated_savings: t.max_share_of_estimated_savings.value,
    max_duration_years: t.max_duration_years.value,
    law_private: t.law_private.value,
    law_social: t.law_social.value,
    flat_rate_private_eur_month: {
      one_main_room: flat['1_main_room'],
      two_three_main_rooms: flat['2_3_main_rooms'],
      four_plus_main_rooms: flat['4_plus_main_rooms'],
    },
    sources: {
      ceiling: t.max_share_of_estimated_savings.source,
      duration: t.max_duration_years.source,
      law_private: t.law_private.source,
      law_social: t.law_social.source,
      flat_rate_private: t.flat_rate_private_eur_month.source,
    },
  };
}
