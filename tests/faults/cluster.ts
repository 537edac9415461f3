/**
 * A private PostgreSQL 15 + PostGIS cluster for the fault tests and bench: `initdb` in a temporary folder, its own
 * port on 127.0.0.1 and its own socket folder, so that it can be stopped and started under a running app without
 * touching the shared server (port 5432) that the other test files use at the same time.
 *
 * PostgreSQL refuses to run as root: when this process is root (CI), the cluster's commands run as the `postgres`
 * system user through `runuser`, in a folder handed to that user.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where Debian's postgresql-15 puts its server programs (apt package postgresql-15). */
const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
/** PostGIS's control file for that server (apt package postgresql-15-postgis-3). */
const POSTGIS_CONTROL = process.env.PG_POSTGIS_CONTROL ?? '/usr/share/postgresql/15/extension/postgis.control';

export interface PgCluster {
  port: number;
  /** Connection string of a database of this cluster (user postgres, trust authentication on 127.0.0.1). */
  url(database?: string): string;
  /** `pg_ctl stop -m fast`: the server terminates every connection and shuts down; resolves when it is down. */
  stop(): Promise<void>;
  /** `pg_ctl start`; resolves when the server accepts connections. */
  start(): Promise<void>;
  /** Stops the server (immediate) and deletes its folder. */
  destroy(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Why no private cluster can be made here, or null when it can. */
export function clusterUnavailableReason(): string | null {
  for (const program of ['initdb', 'pg_ctl', 'postgres']) {
    if (!fs.existsSync(path.join(BIN, program))) return `${path.join(BIN, program)} is not installed (postgresql-15)`;
  }
  if (!fs.existsSync(POSTGIS_CONTROL)) return `PostGIS is not installed for PostgreSQL 15 (${POSTGIS_CONTROL})`;
  if (isRoot()) {
    if (!fs.existsSync('/usr/sbin/runuser') && !fs.existsSync('/sbin/runuser'))
      return 'running as root without runuser: initdb refuses root';
    if (!systemUser('postgres')) return 'running as root and there is no postgres user to run initdb as';
  }
  return null;
}

function systemUser(name: string): { uid: number; gid: number } | null {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** A port nobody listens on at this moment, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Creates, starts and returns a private cluster with the postgis and pg_trgm extensions available. */
export async function createCluster(): Promise<PgCluster> {
  const reason = clusterUnavailableReason();
  if (reason) throw new Error(reason);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'solar-cadastre-pg-'));
  const owner = isRoot() ? systemUser('postgres')! : null;
  if (owner) fs.chownSync(root, owner.uid, owner.gid);
  const data = path.join(root, 'data');
  const log = path.join(root, 'server.log');
  const port = await freePort();
  const as = async (program: string, args: string[]) => {
    const [cmd, argv] = owner
      ? ['runuser', ['-u', 'postgres', '--', path.join(BIN, program), ...args]]
      : [path.join(BIN, program), args];
    try {
      await run(cmd, argv, { cwd: root, timeout: 60_000 });
    } catch (error) {
      const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2_000) : '';
      throw new Error(`${program} ${args.join(' ')} failed: ${(error as Error).message}\n${tail}`, { cause: error });
    }
  };
  // Trust on the loopback only; no fsync: a test cluster needs no durability, and it halves initdb's time.
  await as('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = [
    `-p ${port}`,
    `-k ${root}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  const start = () => as('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '30', 'start']);
  await start();
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => as('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']),
    start,
    destroy: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Runs SQL on the cluster's postgres database through a short-lived connection of its own. */
export async function adminQuery(cluster: PgCluster, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url() });
  // A connection dropped by a stop in progress must not end the process either.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
