import { date, fail, FULL_DATE, obj, sources, str } from '../fixtures/fields';
import { parseEnergyPrices, parseMaPrimeRenov, parseRentalBan } from './parseAids';
import { parseMeasures, parsePackages } from './parseMeasures';
import type { RenovationCatalogue } from './types';

/**
 * Validate a parsed renovation fixture and return it typed. Every field is checked (presence, type, range, date
 * format, every `source` naming an entry of `sources`, effect and cost unit consistent with what a measure applies
 * to, package measures and mpr_geste keys existing, ceilings rising with household size, ban steps in order).
 * @throws RangeError naming the field, e.g. "catalogue.measures[2].effect.r_added_m2k_w must be a number within [0.1, 20], got -1"
 */
export function parseRenovationCatalogue(json: unknown): RenovationCatalogue {
  const root = obj(json, 'catalogue');
  if (root.schema_version !== 1) fail('catalogue.schema_version', '1', root.schema_version);
  if (root.currency !== 'EUR') fail('catalogue.currency', "'EUR'", root.currency);
  const srcs = sources(root, 'catalogue');
  const ids = new Set(srcs.map((s) => s.id));
  if (ids.size !== srcs.length)
    fail(
      'catalogue.sources',
      'entries with unique ids',
      srcs.map((s) => s.id),
    );
  const measures = parseMeasures(root, ids);
  const measureIds = new Set(measures.map((m) => m.id));
  const maprimerenov = parseMaPrimeRenov(root, ids);
  measures.forEach((m, i) => {
    if (m.mpr_geste !== null && maprimerenov.per_geste.gestes[m.mpr_geste] === undefined)
      fail(`catalogue.measures[${i}].mpr_geste`, 'a key of maprimerenov.per_geste.gestes or null', m.mpr_geste);
  });
  maprimerenov.per_geste.not_eligible.forEach((n, i) => {
    if (!measureIds.has(n.measure))
      fail(`catalogue.maprimerenov.per_geste.not_eligible[${i}].measure`, 'a measure id', n.measure);
  });
  return {
    schema_version: 1,
    country: str(root, 'country', 'catalogue'),
    currency: 'EUR',
    compiled_on: date(root, 'compiled_on', 'catalogue', FULL_DATE),
    sources: srcs,
    measures,
    packages: parsePackages(root, measureIds),
    energy_prices: parseEnergyPrices(root, ids),
    maprimerenov,
    rental_ban: parseRentalBan(root, ids),
  };
}
