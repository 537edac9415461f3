import type { ModuleSpec } from './types';
import { validateModule } from './validateModule';

/**
 * The module catalogue: takes the parsed `{ "modules": [...] }` of fixtures/modules/modules.json (or
 * fixtures/farm/modules.json) and validates every record (`validateModule`), that ids are unique and that exactly one
 * is the default. Throws a RangeError naming the bad field, e.g. `modules[1].width_m`.
 *
 * @param json the parsed file
 * @returns the modules in file order
 * @example defaultModule(parseModules(json)).wp // 430
 */
export function parseModules(json: unknown): ModuleSpec[] {
  const modules = (json as { modules?: unknown })?.modules;
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
 * @param modules a catalogue (`parseModules`)
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
 * @param modules a catalogue (`parseModules`)
 * @param id a module id, e.g. 'trina-tsm-430de09r08w'
 */
export function moduleById(modules: readonly ModuleSpec[], id: string): ModuleSpec {
  if (!Array.isArray(modules)) throw new RangeError('modules must be an array');
  const found = modules.find((m) => m.id === id);
  if (!found) throw new RangeError(`id must name a known module (${modules.map((m) => m.id).join(', ')}), got ${id}`);
  return found;
}
