import fs from 'node:fs';
import pg from 'pg';
import { openPglite } from '../../api/src/db/pglite.js';
import { openPostgres } from '../../api/src/db/postgres.js';
import { migrate } from '../../api/src/db/migrate.js';
import type { Database } from '../../api/src/db/types.js';
import { loadDemo } from '../../api/src/services/demo.js';

export type TemplateKind = 'empty' | 'demo';

/** Connection string of another database on the same server as url. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function prepare(db: Database, kind: TemplateKind) {
  await migrate(db);
  if (kind === 'demo') await loadDemo(db);
}

/** A migrated (and, for 'demo', loaded) PGlite data directory that tests copy instead of creating their own. */
export async function createPgliteTemplate(dir: string, kind: TemplateKind): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  const db = await openPglite(dir);
  try {
    await prepare(db, kind);
  } finally {
    await db.close();
  }
}

/** The same on the PostgreSQL server: a database that CREATE DATABASE ... TEMPLATE copies. */
export async function createServerTemplate(adminUrl: string, name: string, kind: TemplateKind): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const db = await openPostgres(withDatabaseName(adminUrl, name));
  try {
    await prepare(db, kind);
  } finally {
    await db.close();
  }
}

export async function dropServerDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
