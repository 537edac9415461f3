import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Database } from './types.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'sql', 'migrations');

/** Reads sql/migrations/NNNN_name.sql in order; refuses gaps and duplicate numbers. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  return files.map((file, index) => {
    const version = Number(file.slice(0, 4));
    if (version !== index + 1) throw new Error(`migration ${file}: expected number ${index + 1}`);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return {
      version,
      name: file.replace(/\.sql$/, ''),
      sql: text,
      checksum: crypto.createHash('sha256').update(text).digest('hex'),
    };
  });
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction.
 * A recorded migration whose file changed is an error (migrations are forward-only).
 * Returns the names applied now.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const done = await db.query<{ version: number; name: string; checksum: string }>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  );
  const applied = new Map(done.rows.map((r) => [r.version, r]));
  const now: string[] = [];
  for (const m of migrations) {
    const previous = applied.get(m.version);
    if (previous) {
      if (previous.checksum !== m.checksum) {
        throw new Error(`migration ${m.name} was changed after it was applied; add a new migration instead`);
      }
      continue;
    }
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        m.checksum,
      ]);
    });
    now.push(m.name);
  }
  return now;
}
