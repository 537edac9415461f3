import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTariffs } from './parseTariffs';
import type { Tariffs } from './types';

export { bandFor } from './bandFor';

/** The repository's French residential tariff fixture, resolved from this module's location (not the cwd). */
export const DEFAULT_TARIFFS_PATH = fileURLToPath(
  new URL('../../fixtures/tariffs/fr-residential.json', import.meta.url),
);

/**
 * Read and validate a tariff fixture (node:fs; Node only — in a browser, fetch the JSON and call parseTariffs).
 * @param path file path [default: <repo>/fixtures/tariffs/fr-residential.json]
 * @throws RangeError naming the first missing or invalid field; SyntaxError for invalid JSON; the fs error when unreadable
 * @example loadTariffs().retail.price_eur_kwh_ttc.value // 0.194 [€ TTC/kWh], EDF Tarif Bleu Base 6 kVA, 2026-02-01
 */
export function loadTariffs(path: string = DEFAULT_TARIFFS_PATH): Tariffs {
  if (typeof path !== 'string' || path === '')
    throw new RangeError(`path must be a non-empty string, got ${JSON.stringify(path)}`);
  return parseTariffs(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}
