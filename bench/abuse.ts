/**
 * Failed-authentication throttling (api/src/http/authThrottle.ts), one JSON line per figure (BENCH_ONLY=abuse):
 *  - wrong tokens from one address, one after another, until the first 429: how many, and how long it took;
 *  - a token-guessing attack from 127.0.0.1 for 5 s, on one connection then on 50, with the throttle on and, for the
 *    comparison, off (the API before issue 15): guesses answered a second, how many reached the database (401);
 *  - meanwhile, the right token from another address (127.0.0.2), 200 requests one after another: p50/p95/p99,
 *    beside the same with no attack;
 *  - the throttle's memory at its cap (10,000 addresses, each with 9 failures and 4 trusted tokens).
 * Loopback only; each engine on a new migrated database.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import { createApp } from '../api/src/app.js';
import { loadConfig } from '../api/src/config.js';
import type { Database } from '../api/src/db/types.js';
import { migrate } from '../api/src/db/migrate.js';
import { AUTH_THROTTLE, AuthThrottle } from '../api/src/http/authThrottle.js';
import { createOrganisation } from '../api/src/services/landlord/organisations.js';
import { issueToken } from '../api/src/services/landlord/tokens.js';
import { quantile } from './stats.js';

type Emit = (figure: Record<string, unknown>) => void;

const ATTACKER = '127.0.0.1';
const CLIENT = '127.0.0.2';
const ATTACK_MS = 5000;
/** One connection guessing in a row (the issue's 700 wrong tokens), then a flood of 50. */
const ATTACK_CONNECTIONS = [1, 50];
const CLIENT_REQUESTS = 200;

const round1 = (v: number) => Math.round(v * 10) / 10;

function get(base: string, agent: http.Agent, from: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${base}/api/v1/me`,
      { agent, localAddress: from, headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
  });
}

async function latencies(base: string, token: string): Promise<{ p50: number; p95: number; p99: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < CLIENT_REQUESTS; i++) {
    const t = performance.now();
    const status = await get(base, agent, CLIENT, token);
    if (status !== 200) throw new Error(`the right token got ${status}`);
    times.push(performance.now() - t);
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  return { p50: round1(quantile(times, 0.5)), p95: round1(quantile(times, 0.95)), p99: round1(quantile(times, 0.99)) };
}

/**
 * Wrong tokens from ATTACKER on ATTACK_CONNECTIONS keep-alive connections for ATTACK_MS, from a worker thread so that
 * the attacker's own work does not sit on the server's event loop.
 */
const ATTACKER_SOURCE = `
const http = require('node:http');
const { workerData, parentPort } = require('node:worker_threads');
const { base, from, connections, ms } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const counts = {};
let n = 0;
const end = Date.now() + ms;
const once = () => new Promise((resolve, reject) => {
  const req = http.get(base + '/api/v1/me', { agent, localAddress: from, headers: { Authorization: 'Bearer sc_guess-' + n++ } },
    (res) => { res.resume(); res.on('end', () => { counts[res.statusCode] = (counts[res.statusCode] || 0) + 1; resolve(); }); });
  req.on('error', reject);
});
const t = Date.now();
Promise.all(Array.from({ length: connections }, async () => { while (Date.now() < end) await once(); }))
  .then(() => { agent.destroy(); parentPort.postMessage({ counts, seconds: (Date.now() - t) / 1000 }); });
`;

function attack(
  base: string,
  connections: number,
): Promise<{ perS: number; total: number; counts: Record<number, number> }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ATTACKER_SOURCE, {
      eval: true,
      workerData: { base, from: ATTACKER, connections, ms: ATTACK_MS },
    });
    worker.once('message', (m: { counts: Record<number, number>; seconds: number }) => {
      const total = Object.values(m.counts).reduce((a, b) => a + b, 0);
      resolve({ perS: Math.round(total / m.seconds), total, counts: m.counts });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function benchOn(engine: string, db: Database, emit: Emit) {
  await migrate(db);
  await createOrganisation(db, 'bench-landlord', 'Bench landlord');
  const { token } = await issueToken(db, 'bench-landlord', 'bench');
  for (const throttle of ['off', 'on'] as const) {
    const app = createApp({ ...loadConfig({}), logLevel: 'silent' }, { db, logger: pino({ level: 'silent' }) });
    if (throttle === 'off') app.set(AUTH_THROTTLE, undefined);
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await latencies(base, token); // warm-up: JIT, connection pools, the first query plans
      const quiet = await latencies(base, token);
      if (throttle === 'on') {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const t = performance.now();
        let attempts = 0;
        let status = 0;
        while (status !== 429 && attempts < 1000) status = await get(base, agent, ATTACKER, `sc_first-${attempts++}`);
        emit({ figure: 'auth_attempts_until_429', engine, value: attempts, ms: round1(performance.now() - t) });
        agent.destroy();
      }
      emit({ figure: 'auth_right_token_latency_ms', engine, throttle, attack: 'none', ...quiet });
      for (const connections of ATTACK_CONNECTIONS) {
        const running = attack(base, connections);
        // Let the attack reach its pace before the right token is timed (200 requests take well under ATTACK_MS).
        await new Promise((resolve) => setTimeout(resolve, 500));
        const during = await latencies(base, token);
        const result = await running;
        emit({
          figure: 'auth_attack_guesses_per_s',
          engine,
          throttle,
          connections,
          value: result.perS,
          guesses: result.total,
          answered_401: result.counts[401] ?? 0,
          answered_429: result.counts[429] ?? 0,
        });
        emit({
          figure: 'auth_right_token_latency_ms',
          engine,
          throttle,
          attack: `${connections} connection(s) from another address`,
          ...during,
        });
      }
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
}

function benchMemory(emit: Emit) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const throttle = new AuthThrottle();
  for (let i = 0; i < 10_000; i++) {
    const ip = `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`;
    for (let k = 0; k < 13; k++) {
      const attempt = throttle.begin(ip, `Bearer ${k < 4 ? 'right' : 'wrong'}-${k}`);
      if ('end' in attempt) attempt.end(k < 4 ? 'success' : 'failure');
    }
  }
  gc?.();
  emit({
    figure: 'auth_throttle_memory_mb',
    value: round1((process.memoryUsage().heapUsed - before) / 1e6),
    addresses: throttle.size,
    note: gc ? 'heap after gc' : 'heap without gc (run node --expose-gc for an exact figure)',
  });
}

export async function benchAbuse(
  openEmbedded: () => Promise<Database>,
  withServerDatabase: (label: string, fn: (url: string) => Promise<void>) => Promise<void>,
  openServer: (url: string) => Promise<Database>,
  emit: Emit,
) {
  benchMemory(emit);
  const embedded = await openEmbedded();
  try {
    await benchOn('pglite', embedded, emit);
  } finally {
    await embedded.close();
  }
  await withServerDatabase('abuse', async (url) => {
    const db = await openServer(url);
    try {
      await benchOn('postgres', db, emit);
    } finally {
      await db.close();
    }
  });
}
