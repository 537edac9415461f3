import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRenovationCatalogue } from './parseRenovationCatalogue';
import type { RenovationCatalogue } from './types';

/** The repository's renovation fixture, resolved from this module's location (not the working directory). */
export const DEFAULT_RENOVATION_CATALOGUE_PATH = fileURLToPath(
  new URL('../../fixtures/renovation/measures.json', import.meta.url),
);

/**
 * Read and validate the renovation catalogue: measures, packages, energy prices, MaPrimeRénov' rules and the
 * rental-ban calendar (node:fs; Node only — in a browser, fetch the JSON and call parseRenovationCatalogue).
 * @param path file path [default: <repo>/fixtures/renovation/measures.json]
 * @throws RangeError naming the first missing or invalid field; SyntaxError for invalid JSON; the fs error when unreadable
 * @example loadRenovationCatalogue().measures.find((m) => m.id === 'attic_insulation')?.effect // R 7 m²·K/W added
 */
export function loadRenovationCatalogue(path: string = DEFAULT_RENOVATION_CATALOGUE_PATH): RenovationCatalogue {
  if (typeof path !== 'string' || path === '')
    throw new RangeError(`path must be a non-empty string, got ${JSON.stringify(path)}`);
  return parseRenovationCatalogue(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}
