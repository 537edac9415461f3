import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModuleSpec } from './types';
import { validateModule } from './validateModule';

/** fixtures/modules/modules.json of this repository. */
export const MODULES_PATH = fileURLToPath(new URL('../../fixtures/modules/modules.json', import.meta.url));

/**
 * The module catalogue: reads `{ "modules": [...] }` and validates every record (`validateModule`), that ids are
 * unique and that exactly one is the default. Throws a RangeError naming the bad field, e.g. `modules[1].width_m`.
 *
 * @param path JSON file (default fixtures/modules/modules.json)
 * @returns the modules in file order
 * @example defaultModule(loadModules()).wp // 430
 */
export function loadModules(path: string = MODULES_PATH): ModuleSpec[] {
  if (typeof path !== 'string' || path === '') throw new RangeError('path must be a file path');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new RangeError(`path must name a readable JSON file, got ${path}`, { cause });
  }
  const modules = (data as { modules?: unknown })?.modules;
  if (!Array.isArray(modules) || modules.length === 0) throw new RangeError('modules must be a non-empty array');
  const ids = new Set<string>();
  modules.forEach((m, i) => {
    validateModule(m, `modules[${i}]`);
    if (ids.has(m.id)) throw new RangeError(`modules[${i}].id must be unique, got ${m.id} twice`);
    ids.add(m.id);
  });
  const defaults = modules.filter((m: ModuleSpec) => m.default === true).length;
  if (defaults !== 1) throw new RangeError(`modules must have exactly one default: true, got ${defaults}`);
  return modules as ModuleSpec[];
}

/**
 * The module marked `default: true`.
 *
 * @param modules a catalogue (`loadModules`)
 */
export function defaultModule(modules: readonly ModuleSpec[]): ModuleSpec {
  if (!Array.isArray(modules)) throw new RangeError('modules must be an array');
  const found = modules.find((m) => m.default === true);
  if (!found) throw new RangeError('modules must contain a module with default: true');
  return found;
}

/**
 * The module with this id.
 *
 * @param modules a catalogue (`loadModules`)
 * @param id a module id, e.g. 'trina-tsm-430de09r08w'
 */
export function moduleById(modules: readonly ModuleSpec[], id: string): ModuleSpec {
  if (!Array.isArray(modules)) throw new RangeError('modules must be an array');
  const found = modules.find((m) => m.id === id);
  if (!found) throw new RangeError(`id must name a known module (${modules.map((m) => m.id).join(', ')}), got ${id}`);
  return found;
}
