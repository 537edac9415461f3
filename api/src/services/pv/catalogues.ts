import { loadTariffs, type Tariffs } from '../../../../engine/economics/index.js';
import { defaultModule, loadModules, type ModuleSpec } from '../../../../engine/layout/index.js';
import { AppError } from '../../errors/AppError.js';

/*
 * The module catalogue and the tariff file are read once per process from fixtures/ (their dates and sources travel
 * with the answers); a server restart picks up an updated file.
 */
let modules: ModuleSpec[] | undefined;
let tariffs: Tariffs | undefined;

export function moduleCatalogue(): ModuleSpec[] {
  modules ??= loadModules();
  return modules;
}

/** The module with this id, or the catalogue's default; 400 naming `module` when unknown. */
export function pickModule(id: string | undefined): ModuleSpec {
  const all = moduleCatalogue();
  if (id === undefined) return defaultModule(all);
  const found = all.find((m) => m.id === id);
  if (!found) {
    const known = all.map((m) => m.id).join(', ');
    throw new AppError(400, 'invalid_request', `module: unknown module "${id}" (known: ${known})`, [
      { field: 'module', message: `unknown module "${id}"` },
    ]);
  }
  return found;
}

export function residentialTariffs(): Tariffs {
  tariffs ??= loadTariffs();
  return tariffs;
}
