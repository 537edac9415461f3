/**
 * Backup and restore as docs/operations.md tells it: the restored database serves the same answers, byte for byte.
 *  - embedded engine: the server stopped (database closed), `tar -czf` of DATA_DIR/pglite, `tar -xzf` into a new
 *    DATA_DIR, the app opened on it;
 *  - server engine: `pg_dump -Fc` of the running database, `pg_restore` into a new database, the app opened on it.
 * The bearer token issued before the backup still works after it (tokens are stored as hashes in the database).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config.js';
import { openPglite } from '../../api/src/db/pglite.js';
import { openPostgres } from '../../api/src/db/postgres.js';
import type { Database } from '../../api/src/db/types.js';
import { issueToken } from '../../api/src/services/landlord/tokens.js';
import { createApp } from '../helpers/app.js';
import { copyTestDatabase } from '../helpers/db.js';
import { dropServerDatabase, withDatabaseName } from '../helpers/templates.js';

/** PostgreSQL client programs: PG_BIN, else the Debian/Ubuntu place of version 15 (the shared server's). */
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

interface Sample {
  paths: string[];
  token: string;
}

/**
 * Paths whose answers must survive: a bbox, roofs, search, one building (with its owner's token: private attributes),
 * its renovation, /me. (PV needs the cadastre computed, which the demo template is not: 409.)
 */
async function sample(db: Database): Promise<Sample> {
  const { token } = await issueToken(db, 'maisons-et-cites', 'backup test');
  const own = (
    await db.query<{ id: number }>(
      `SELECT b.id FROM buildings b JOIN organisations o ON o.id = b.owner_org
       WHERE o.slug = 'maisons-et-cites' ORDER BY b.id LIMIT 1`,
    )
  ).rows[0]!.id;
  return {
    token,
    paths: [
      '/api/v1/extent',
      '/api/v1/buildings?bbox=2.80,50.43,2.82,50.445&limit=300',
      '/api/v1/roofs?bbox=2.80,50.42,2.81,50.43',
      '/api/v1/search?q=rue',
      `/api/v1/buildings/${own}`,
      `/api/v1/buildings/${own}/renovation?date=2026-11-26`,
      '/api/v1/me',
    ],
  };
}

/** Status, type and body of every sample path, through the real app on a loopback port. */
async function answers(db: Database, s: Sample): Promise<string[]> {
  const app = createApp({ ...loadConfig({}), logLevel: 'silent' }, { db, logger: pino({ level: 'silent' }) });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const out: string[] = [];
    for (const p of s.paths) {
      const res = await fetch(base + p, { headers: { Authorization: `Bearer ${s.token}` } });
      out.push(`${p} ${res.status} ${res.headers.get('content-type')}\n${await res.text()}`);
    }
    return out;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'solar-cadastre-backup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The restored database answers as the original did: status lines first (a readable diff), then byte for byte. */
function expectSameAnswers(before: string[], after: string[]): void {
  expect(after.map((a) => a.split('\n')[0])).toEqual(before.map((a) => a.split('\n')[0]));
  expect(after).toEqual(before);
  expect(before.map((a) => a.slice(0, 300)).filter((a) => !/^\S+ 200 /.test(a))).toEqual([]);
}

describe('backup and restore, embedded engine', () => {
  it('a tar of the stopped data folder, unpacked elsewhere, serves the same answers', async () => {
    const original = await copyTestDatabase('pglite', 'demo');
    const restoredDir = path.join(work, 'restored-data');
    try {
      const db = await original.open();
      const s = await sample(db);
      const before = await answers(db, s);
      await db.close(); // the server stopped: PGlite is one process, its folder is consistent only when closed
      const archive = path.join(work, 'cadastre-pglite.tar.gz');
      execFileSync('tar', ['-czf', archive, '-C', original.env.DATA_DIR!, 'pglite']);
      fs.mkdirSync(restoredDir);
      execFileSync('tar', ['-xzf', archive, '-C', restoredDir]);
      const restored = await openPglite(path.join(restoredDir, 'pglite'));
      try {
        expectSameAnswers(before, await answers(restored, s));
      } finally {
        await restored.close();
      }
    } finally {
      await original.cleanup();
    }
  }, 60_000);
});

const adminUrl = inject('templates').adminUrl;
const haveTools = fs.existsSync(path.join(PG_BIN, 'pg_dump')) && fs.existsSync(path.join(PG_BIN, 'pg_restore'));
const skipServer = !adminUrl
  ? 'TEST_DATABASE_URL is not set'
  : !haveTools
    ? `pg_dump/pg_restore not found in ${PG_BIN} (set PG_BIN)`
    : null;

describe.skipIf(skipServer !== null)(
  `backup and restore, server engine${skipServer ? ` (skipped: ${skipServer})` : ''}`,
  () => {
    it('pg_dump -Fc of the running database, pg_restore into a new one: the same answers', async () => {
      const original = await copyTestDatabase('postgres', 'demo');
      const name = `sc_restore_${crypto.randomBytes(4).toString('hex')}`;
      const url = withDatabaseName(adminUrl!, name);
      try {
        const db = await original.open();
        const s = await sample(db);
        const before = await answers(db, s);
        // pg_dump reads one consistent snapshot while the app keeps serving.
        const dump = path.join(work, 'cadastre.dump');
        execFileSync(path.join(PG_BIN, 'pg_dump'), ['-Fc', '-f', dump, '-d', original.env.DATABASE_URL!]);
        await db.close();
        const admin = new pg.Client({ connectionString: adminUrl! });
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
        } finally {
          await admin.end();
        }
        execFileSync(path.join(PG_BIN, 'pg_restore'), ['--no-owner', '--exit-on-error', '-j', '2', '-d', url, dump]);
        const restored = await openPostgres(url);
        try {
          expectSameAnswers(before, await answers(restored, s));
        } finally {
          await restored.close();
        }
      } finally {
        await original.cleanup();
        await dropServerDatabase(adminUrl!, name);
      }
    }, 60_000);
  },
);
