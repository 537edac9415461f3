import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite } from '../../api/src/db/pglite.js';
import { openPostgres } from '../../api/src/db/postgres.js';
import type { Database } from '../../api/src/db/types.js';
import { dropServerDatabase, withDatabaseName, type TemplateKind } from './templates.js';

export type Engine = 'pglite' | 'postgres';

/** The engines every database test runs on: the embedded one always, the server when TEST_DATABASE_URL is set. */
export function engines(): Engine[] {
  return inject('templates').postgres ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  db: Database;
  /** Closes and deletes this test's database. */
  cleanup(): Promise<void>;
  /** Takes the database away under the application (server: dropped with its connections; embedded: closed). */
  kill(): Promise<void>;
}

export interface TestDatabaseLocation {
  /** Environment that points the server or the CLI at this database (DATA_DIR or DATABASE_URL). */
  env: Record<string, string>;
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

/** A private copy of a template that is not opened, for a child process (the CLI, the server) to use. */
export async function copyTestDatabase(engine: Engine, kind: TemplateKind = 'empty'): Promise<TestDatabaseLocation> {
  const templates = inject('templates');
  const id = crypto.randomBytes(4).toString('hex');
  if (engine === 'pglite') {
    const dataDir = path.join(os.tmpdir(), `solar-cadastre-data-${id}`);
    fs.cpSync(templates.pglite[kind], path.join(dataDir, 'pglite'), { recursive: true });
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      open: () => openPglite(path.join(dataDir, 'pglite')),
      cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!templates.postgres || !templates.adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `sc_test_${id}`;
  const admin = new pg.Client({ connectionString: templates.adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templates.postgres[kind]}`);
  } finally {
    await admin.end();
  }
  const url = withDatabaseName(templates.adminUrl, name);
  return {
    env: { DATABASE_URL: url },
    open: () => openPostgres(url),
    cleanup: () => dropServerDatabase(templates.adminUrl!, name),
  };
}

/** A private database for one test file, copied from a migrated template ('empty' or with the 'demo' loaded). */
export async function openTestDatabase(engine: Engine, kind: TemplateKind = 'empty'): Promise<TestDatabase> {
  const location = await copyTestDatabase(engine, kind);
  const db = await location.open();
  const cleanup = async () => {
    await db.close().catch(() => undefined);
    await location.cleanup();
  };
  // Server: drop the database under the open pool (connections terminated); embedded: close the instance.
  return { db, cleanup, kill: engine === 'postgres' ? location.cleanup : cleanup };
}
