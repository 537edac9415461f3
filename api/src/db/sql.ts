import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const cache = new Map<string, string>();

/** The text of a named query, `sql/queries/<name>.sql` (e.g. "buildings/by_bbox"), read once. */
export function sql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(PROJECT_ROOT, 'sql', 'queries', `${name}.sql`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
