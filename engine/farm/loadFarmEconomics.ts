import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFarmEconomics } from './parseFarmEconomics';
import type { FarmEconomicsData } from './types';

/** fixtures/farm/economics.json of this repository. */
export const FARM_ECONOMICS_PATH = fileURLToPath(new URL('../../fixtures/farm/economics.json', import.meta.url));

/**
 * Read and validate the farm economics fixture (node:fs; in a browser, fetch the JSON and call parseFarmEconomics).
 *
 * @param path file path [default: <repo>/fixtures/farm/economics.json]
 * @throws RangeError naming the bad field; SyntaxError for invalid JSON; the fs error when unreadable
 * @example loadFarmEconomics().capex_eur_per_wp.value // 0.97 [€/Wp]
 */
export function loadFarmEconomics(path: string = FARM_ECONOMICS_PATH): FarmEconomicsData {
  if (typeof path !== 'string' || path === '')
    throw new RangeError(`path must be a non-empty string, got ${JSON.stringify(path)}`);
  return parseFarmEconomics(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}
