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
const FUNCTIONS_DIR = path.join(PROJECT_ROOT, 'sql', 'functions');

/** A file of sql/functions: the shared JSON projections (CREATE OR REPLACE FUNCTION), re-run on every migrate. */
export interface SqlFunctionFile {
  name: string;
  sql: string;
}

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

/** Reads sql/functions/*.sql in name order. */
export function readFunctions(dir = FUNCTIONS_DIR): SqlFunctionFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * (Re)creates the shared projections of sql/functions in one transaction. They are code, not schema: written as
 * CREATE OR REPLACE, run after the migrations on every migrate, so editing one needs no migration and every database
 * has the version of the code that opens it. A first pass without body checks lets a function call one from a file
 * sorted after it; the second pass, with the checks, then validates every body against the migrated schema.
 */
export async function installFunctions(db: Database, files = readFunctions()): Promise<void> {
  if (files.length === 0) return;
  await db.transaction(async (tx) => {
    for (const checkBodies of ['off', 'on']) {
      await tx.exec(`SET LOCAL check_function_bodies = ${checkBodies}`);
      for (const f of files) {
        try {
          await tx.exec(f.sql);
        } catch (error) {
          throw new Error(`sql/functions/${f.name}.sql: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          });
        }
      }
    }
  });
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction, then installs the
 * functions of sql/functions (installFunctions). A recorded migration whose file changed is an error (migrations
 * are forward-only). Returns the names of the migrations applied now.
 */
export async function migrate(
  db: Database,
  migrations = readMigrations(),
  functions = readFunctions(),
): Promise<string[]> {
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
  await installFunctions(db, functions);
  return now;
}
