import { parseFixture } from '../fixtures/parseFixture';
import { checkSourceIds, fixtureHeader, object } from '../fixtures/schemas';
import { energyPricesSchema, maPrimeRenovSchema, rentalBanSchema } from './parseAids';
import { checkPackages, measuresSchema, packagesSchema } from './parseMeasures';
import type { RenovationCatalogue } from './types';

const catalogueSchema = object({
  ...fixtureHeader,
  measures: measuresSchema,
  packages: packagesSchema,
  energy_prices: energyPricesSchema,
  maprimerenov: maPrimeRenovSchema,
  rental_ban: rentalBanSchema,
}).superRefine((c, ctx) => {
  checkSourceIds(c, ctx);
  const ids = new Set(c.sources.map((s) => s.id));
  if (!ids.has(c.maprimerenov.per_geste.bands_source)) {
    const path = ['maprimerenov', 'per_geste', 'bands_source'];
    ctx.addIssue({ code: 'custom', path, message: 'one of the ids in sources' });
  }
  const gestes = c.maprimerenov.per_geste.gestes;
  c.measures.forEach((m, i) => {
    if (m.mpr_geste !== null && gestes[m.mpr_geste] === undefined) {
      const message = 'a key of maprimerenov.per_geste.gestes or null';
      ctx.addIssue({ code: 'custom', path: ['measures', i, 'mpr_geste'], message });
    }
  });
  const measureIds = new Set(c.measures.map((m) => m.id));
  c.maprimerenov.per_geste.not_eligible.forEach((n, i) => {
    if (!measureIds.has(n.measure)) {
      const path = ['maprimerenov', 'per_geste', 'not_eligible', i, 'measure'];
      ctx.addIssue({ code: 'custom', path, message: 'a measure id' });
    }
  });
  checkPackages(c, ctx);
});

/**
 * Validate a parsed renovation catalogue (fixtures/renovation/measures.json) and return it typed: measures with
 * their effects, costs and lifetimes, packages, energy prices, MaPrimeRénov' rules and the rental-ban calendar,
 * every `source` naming an entry of `sources`. Throws a RangeError naming the field, e.g.
 * "catalogue.measures[4].effect.r_added_m2k_w must be a number within [0.1, 20], got undefined".
 *
 * @param json the parsed file
 */
export function parseRenovationCatalogue(json: unknown): RenovationCatalogue {
  return parseFixture(catalogueSchema, json, 'catalogue');
}
