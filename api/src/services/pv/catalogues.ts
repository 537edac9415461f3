import { defaultModule, type ModuleSpec } from '../../../../engine/layout/index.js';
import { AppError } from '../../errors/AppError.js';
import { moduleCatalogue } from '../../fixtures/loadFixture.js';

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
