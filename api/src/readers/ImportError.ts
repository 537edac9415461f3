import { AppError } from '../errors/AppError.js';

/** A file that cannot be read or imported: answered as 422 `import_failed`, with the rejected records as details. */
export class ImportError extends AppError {
  constructor(message: string, details: unknown[] = []) {
    super(422, 'import_failed', message, details);
  }
}
