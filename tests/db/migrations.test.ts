import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../api/src/db/migrate.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const TABLES = [
  'buildings',
  'obstacles',
  'weather',
  'organisations',
  'api_tokens',
  'jobs',
  'imports',
  'search_vocabulary',
];

describe.each(engines())('migrations on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => t.cleanup());

  it('a second run applies nothing and changes nothing (idempotent)', async () => {
    const before = await t.db.query<{ version: number; applied_at: string }>(
      'SELECT version, applied_at::text FROM schema_migrations ORDER BY version',
    );
    expect(before.rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
    expect(await migrate(t.db)).toEqual([]);
    expect(await migrate(t.db)).toEqual([]);
    const after = await t.db.query('SELECT version, applied_at::text FROM schema_migrations ORDER BY version');
    expect(after.rows).toEqual(before.rows);
  });

  it('creates every table with a comment, GiST indexes on geometry and the word index of the search', async () => {
    const comments = await t.db.query<{ relname: string; comment: string | null }>(
      `SELECT c.relname, obj_description(c.oid, 'pg_class') AS comment FROM pg_class c
       WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1::text[])`,
      [TABLES],
    );
    expect(comments.rows.map((r) => r.relname).sort()).toEqual([...TABLES].sort());
    for (const r of comments.rows) expect(r.comment?.length ?? 0, r.relname).toBeGreaterThan(30);
    const indexes = await t.db.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'",
    );
    const defs = indexes.rows.map((r) => r.indexdef).join('\n');
    expect(defs).toMatch(/buildings USING gist \(footprint\)/);
    expect(defs).toMatch(/obstacles USING gist \(footprint\)/);
    expect(defs).toMatch(/buildings_search_words ON public\.buildings USING gin \(search_words\)/);
    expect(defs).toMatch(/search_vocabulary USING gin \(lower\(word\) gin_trgm_ops\)/);
  });

  it('refuses a migration file that was changed after it was applied', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    const [first] = readMigrations();
    fs.writeFileSync(path.join(dir, `${first!.name}.sql`), `${first!.sql}\n-- edited\n`);
    await expect(migrate(t.db, readMigrations(dir))).rejects.toThrow(/was changed after it was applied/);
    fs.rmSync(dir, { recursive: true });
  });

  it('a failing migration is rolled back whole and not recorded', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    for (const m of readMigrations()) fs.writeFileSync(path.join(dir, `${m.name}.sql`), m.sql);
    const next = String(readMigrations().length + 1).padStart(4, '0');
    fs.writeFileSync(
      path.join(dir, `${next}_broken.sql`),
      'CREATE TABLE half_done (id int); SELECT no_such_function();',
    );
    await expect(migrate(t.db, readMigrations(dir))).rejects.toThrow();
    const table = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class WHERE relname = 'half_done'",
    );
    expect(table.rows[0]!.n).toBe(0);
    const recorded = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM schema_migrations WHERE version = $1',
      [Number(next)],
    );
    expect(recorded.rows[0]!.n).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });
});
