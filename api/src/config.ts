import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Every setting of the server, read once from the environment with its default. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; undefined → embedded PGlite in dataDir/pglite. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  /** LOG_LEVEL for the `cadastre` command, whose default is quieter (warn): it prints its own reports. */
  cliLogLevel: string;
  /**
   * Longest a statement of the server may run [ms] (STATEMENT_TIMEOUT_MS, 0 = none): past it PostgreSQL cancels it
   * and the request answers 504. The embedded engine runs statements on the event loop and cannot be interrupted.
   */
  statementTimeoutMs: number;
  /**
   * Longest the server waits at start for a database that is not reachable yet [s] (DB_CONNECT_TIMEOUT_S, 0 = no
   * wait): it tries again with backoff, logging each attempt and answering 503 meanwhile, then exits with code 1.
   */
  dbConnectTimeoutS: number;
  /**
   * Worker threads computing PV estimates (ESTIMATE_WORKERS, 0 = on the event loop): by default one per core but
   * one, at least one, so the event loop keeps a core for every other request (services/pv/estimatePool.ts).
   */
  estimateWorkers: number;
  /**
   * Server processes accepting on the port (API_PROCESSES, default 1; PostgreSQL only): each has its own event loop
   * and estimate workers; one leads (migrations, demo, background jobs), see server.ts.
   */
  apiProcesses: number;
  /** Largest JSON body accepted [bytes]. */
  bodyLimitBytes: number;
  /** Requests a minute per caller on the expensive endpoints (plans, portfolio estimates, PV estimates). */
  expensiveRequestsPerMinute: number;
  /** Largest bbox side accepted by list endpoints [°]. */
  maxBboxSpanDeg: number;
  /** Largest page of buildings a list endpoint returns. */
  maxListLimit: number;
  /** Directory of the built client, served at /. */
  clientDir: string;
  /** Check every answer against its contract (contracts/) and answer 500 when one breaks it: on in tests, off in production. */
  validateResponses: boolean;
  /** Build the client at start when client/dist is missing or older than its sources (BUILD_CLIENT=0 skips it). */
  buildClient: boolean;
  /** Load the demo neighbourhood at start where it is missing (LOAD_DEMO=0 skips it). */
  loadDemo: boolean;
  /** Folder of the demo neighbourhood (DEMO_DIR, e.g. a demo generated with --all; default fixtures/demo). */
  demoDir: string;
  /**
   * Express "trust proxy" (TRUST_PROXY): false by default, so the client address is the socket's and an
   * X-Forwarded-For header is ignored (anyone could forge one to dodge the per-address limits); a hop count or a
   * comma list of proxy addresses, subnets or loopback/linklocal/uniquelocal when a reverse proxy sets it.
   */
  trustProxy: false | number | string;
}

const ROOT = projectRoot(import.meta.dirname);

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Configuration: ${name} must be an integer within [${min}, ${max}], got "${raw}"`);
  }
  return value;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function trustProxyFromEnv(raw: string | undefined): false | number | string {
  if (raw === undefined || raw.trim() === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return intFromEnv({ TRUST_PROXY: raw }, 'TRUST_PROXY', 0, 1, 10);
  const items = raw.split(',').map((item) => item.trim());
  for (const item of items) {
    const [address, bits] = item.split('/');
    const ok = PROXY_NAMES.has(item) || (net.isIP(address!) !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits)));
    if (!ok) {
      throw new Error(
        `Configuration: TRUST_PROXY must be a hop count (1-10) or a comma list of proxy addresses, subnets or ` +
          `loopback/linklocal/uniquelocal, got "${raw}" ("true" is refused: it would let any client forge its address)`,
      );
    }
  }
  return items.join(',');
}

/** Reads the configuration; throws with a message naming the variable when a value is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL : undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('Configuration: DATABASE_URL must start with postgres:// or postgresql://');
  }
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!levels.includes(logLevel)) throw new Error(`Configuration: LOG_LEVEL must be one of ${levels.join(', ')}`);
  return {
    port: intFromEnv(env, 'PORT', 3000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(ROOT, 'data')),
    logLevel,
    cliLogLevel: env.LOG_LEVEL ?? 'warn',
    // 10 s: a hundredfold the ~100 ms of database time a single request may cost (issue 15, resource limits), so
    // only a runaway statement meets it, and well under the 60 s after which a reverse proxy gives up (nginx's
    // proxy_read_timeout default), so a client gets the API's own JSON answer rather than the proxy's.
    statementTimeoutMs: intFromEnv(env, 'STATEMENT_TIMEOUT_MS', 10_000, 0, 3_600_000),
    // 60 s: twice the upper end of our 10–30 s estimate of the postgis/postgis image's first start in
    // docker-compose.yml (initdb, PostGIS created in template_postgis and the database by a server on its socket only,
    // then the real start; the same steps take 4.2 s here with fsync off, see docs/operations.md), so a first
    // `docker compose up` or a host booting both needs no restart; short enough that a wrong DATABASE_URL fails the
    // start within a minute, with the reason on every attempt's line.
    dbConnectTimeoutS: intFromEnv(env, 'DB_CONNECT_TIMEOUT_S', 60, 0, 3_600),
    estimateWorkers: intFromEnv(env, 'ESTIMATE_WORKERS', Math.max(1, os.availableParallelism() - 1), 0, 64),
    apiProcesses: intFromEnv(env, 'API_PROCESSES', 1, 1, 64),
    bodyLimitBytes: intFromEnv(env, 'BODY_LIMIT_BYTES', 1_000_000, 1_000, 100_000_000),
    expensiveRequestsPerMinute: intFromEnv(env, 'EXPENSIVE_REQUESTS_PER_MINUTE', 600, 1, 10_000_000),
    maxBboxSpanDeg: 0.5,
    maxListLimit: 10_000,
    clientDir: path.join(ROOT, 'client', 'dist'),
    validateResponses: env.VALIDATE_RESPONSES === '1',
    buildClient: env.BUILD_CLIENT !== '0',
    loadDemo: env.LOAD_DEMO !== '0',
    demoDir: env.DEMO_DIR ? path.resolve(env.DEMO_DIR) : path.join(ROOT, 'fixtures', 'demo'),
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
  };
}

export const PROJECT_ROOT = ROOT;

/** True in the compiled server (dist/*.js, see bin/build.js), false under tsx or vitest running the TypeScript. */
export const COMPILED = import.meta.url.endsWith('.js');

/** The nearest folder holding package.json at or above `dir`: the same root from api/src/ and from dist/. */
function projectRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) throw new Error(`No package.json at or above ${dir}`);
  }
}
