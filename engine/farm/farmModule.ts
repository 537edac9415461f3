import { fileURLToPath } from 'node:url';
import { defaultModule, loadModules } from '../layout/loadModules';
import type { ModuleSpec } from '../layout/types';

/** fixtures/farm/modules.json of this repository: the utility-scale module(s) of the farm engine. */
export const FARM_MODULES_PATH = fileURLToPath(new URL('../../fixtures/farm/modules.json', import.meta.url));

let cached: ModuleSpec | undefined;

/**
 * The farm's default module: the `default: true` entry of fixtures/farm/modules.json, read and validated by the
 * module catalogue's loader (loadModules), read once per process.
 *
 * @example farmModule().wp // 540
 */
export function farmModule(): ModuleSpec {
  cached ??= defaultModule(loadModules(FARM_MODULES_PATH));
  return cached;
}
