import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponse } from '../../contracts/errors.js';
import { loadConfig } from '../../api/src/config.js';
import { addressKey, AuthThrottle, AUTH_FAILURES_PER_WINDOW } from '../../api/src/http/authThrottle.js';
import { issueToken } from '../../api/src/services/landlord/tokens.js';
import { createApp } from '../helpers/app.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

describe('AuthThrottle (its own clock)', () => {
  const clock = () => {
    const c = { t: 1_000_000, now: () => c.t };
    return c;
  };
  const fail = (throttle: AuthThrottle, ip: string, header = 'Bearer wrong') => {
    const attempt = throttle.begin(ip, header);
    if ('retryAfterS' in attempt) return attempt.retryAfterS;
    attempt.end('failure');
    return null;
  };

  it('refuses the 11th failure within 60 s until the oldest leaves the window, then allows one more', () => {
    const c = clock();
    const throttle = new AuthThrottle({ now: c.now });
    for (let i = 0; i < AUTH_FAILURES_PER_WINDOW; i++) {
      expect(fail(throttle, '198.51.100.1')).toBeNull();
      c.t += 1000;
    }
    expect(fail(throttle, '198.51.100.1')).toBe(50); // the first failure, 10 s ago, leaves the window in 50 s
    c.t += 49_000;
    expect(fail(throttle, '198.51.100.1')).toBe(1);
    c.t += 1000;
    expect(fail(throttle, '198.51.100.1')).toBeNull(); // one slot freed
    expect(fail(throttle, '198.51.100.1')).toBe(1);
    expect(fail(throttle, '198.51.100.2')).toBeNull(); // another address is untouched
  });

  it('counts attempts still in flight, releases successes and errors that are not a 401', () => {
    const throttle = new AuthThrottle({ now: clock().now });
    const pending = Array.from({ length: AUTH_FAILURES_PER_WINDOW }, () => throttle.begin('198.51.100.3', 'Bearer x'));
    expect('retryAfterS' in throttle.begin('198.51.100.3', 'Bearer y')).toBe(true);
    for (const [i, attempt] of pending.entries()) {
      if (!('end' in attempt)) throw new Error('refused too early');
      attempt.end(i % 2 === 0 ? 'success' : 'other');
    }
    expect(fail(throttle, '198.51.100.3')).toBeNull();
  });

  it('lets a token that succeeded from the address through its lockout, not a new one', () => {
    const throttle = new AuthThrottle({ now: clock().now });
    const ok = throttle.begin('198.51.100.4', 'Bearer good');
    if (!('end' in ok)) throw new Error('refused');
    ok.end('success');
    for (let i = 0; i < AUTH_FAILURES_PER_WINDOW; i++) fail(throttle, '198.51.100.4');
    for (let i = 0; i < 3; i++) {
      const again = throttle.begin('198.51.100.4', 'Bearer good');
      if (!('end' in again)) throw new Error('the trusted token was refused');
      again.end('success'); // and frees no slot for the guesses
    }
    expect('retryAfterS' in throttle.begin('198.51.100.4', 'Bearer other-valid')).toBe(true);
  });

  it('keeps at most maxAddresses, dropping the least recently seen', () => {
    const throttle = new AuthThrottle({ now: clock().now, maxAddresses: 1000 });
    for (let i = 0; i < AUTH_FAILURES_PER_WINDOW; i++) fail(throttle, '198.51.100.5');
    for (let i = 0; i < 5000; i++) fail(throttle, `10.0.${i >> 8}.${i & 255}`);
    expect(throttle.size).toBe(1000);
    // Default cap, 20,000 addresses sprayed: still 10,000.
    const big = new AuthThrottle({ now: clock().now });
    for (let i = 0; i < 20_000; i++) fail(big, `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`);
    expect(big.size).toBe(10_000);
  });

  it('counts IPv6 by /64 and IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey(undefined)).toBe('unknown');
    const throttle = new AuthThrottle({ now: clock().now });
    for (let i = 0; i < AUTH_FAILURES_PER_WINDOW; i++) fail(throttle, `2001:db8:1:2::${i.toString(16)}`);
    expect(fail(throttle, '2001:db8:1:2::ffff')).not.toBeNull();
    expect(fail(throttle, '2001:db8:1:3::1')).toBeNull();
  });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One GET over a real socket from a chosen loopback address (Linux routes all of 127.0.0.0/8 to lo). */
function get(base: string, path: string, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { localAddress: from, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

async function listen(app: http.RequestListener): Promise<{ base: string; server: http.Server }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe.each(engines())('failed authentications over HTTP on %s', (engine) => {
  let t: TestDatabase;
  let base: string;
  let proxied: string;
  const servers: http.Server[] = [];
  let logs = '';
  let tokenA: string;
  let tokenB: string;
  let buildingId: number;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const ATTACKER = '127.0.0.1';
  const OTHER = '127.0.0.2';

  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs += String(chunk);
        done();
      },
    });
    const logger = pino({ level: 'warn' }, sink);
    const direct = await listen(createApp(loadConfig({}), { db: t.db, logger }));
    // The same database behind a reverse proxy on loopback (TRUST_PROXY=loopback): X-Forwarded-For names the client.
    const behindProxy = await listen(createApp(loadConfig({ TRUST_PROXY: 'loopback' }), { db: t.db, logger }));
    servers.push(direct.server, behindProxy.server);
    base = direct.base;
    proxied = behindProxy.base;
    tokenA = (await issueToken(t.db, 'maisons-et-cites', 'throttle test A')).token;
    tokenB = (await issueToken(t.db, 'sia-habitat', 'throttle test B')).token;
    buildingId = (await t.db.query<{ id: number }>('SELECT id FROM buildings ORDER BY id LIMIT 1')).rows[0]!.id;
  }, 120_000);
  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
    await t.cleanup();
  });

  it('700 wrong tokens from one address: 10 are looked up (401), the rest get 429; other clients keep working', async () => {
    // Token A works from the attacking address before the attack: that address has seen it succeed.
    expect((await get(base, '/api/v1/me', ATTACKER, bearer(tokenA))).status).toBe(200);
    const answers: Answer[] = [];
    for (let batch = 0; batch < 14; batch++) {
      const wrong = Array.from({ length: 50 }, (_, i) => bearer(`sc_wrong-${batch}-${i}`));
      answers.push(...(await Promise.all(wrong.map((h) => get(base, '/api/v1/me', ATTACKER, h)))));
    }
    expect(answers.filter((a) => a.status === 401)).toHaveLength(AUTH_FAILURES_PER_WINDOW);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(700 - AUTH_FAILURES_PER_WINDOW);
    const one = refused.at(-1)!;
    const retryAfterS = Number(one.headers['retry-after']);
    expect(retryAfterS).toBeGreaterThanOrEqual(1);
    expect(retryAfterS).toBeLessThanOrEqual(60);
    expect(one.headers['content-type']).toMatch(/^application\/json/);
    const error = ErrorResponse.parse(JSON.parse(one.body)).error;
    expect(error.code).toBe('too_many_failed_authentications');
    expect(error.message).toContain('at most 10 in 60 s');
    // One warning for the address, not one per refusal; never a token in the logs.
    expect(logs.match(/too many failed authentications/g)).toHaveLength(1);
    expect(logs).not.toContain('sc_wrong');

    // During the attack: the right token from another address works; so does the attacker's address without one.
    expect((await get(base, '/api/v1/me', OTHER, bearer(tokenB))).status).toBe(200);
    expect((await get(base, '/api/v1/me', OTHER, bearer('sc_wrong-elsewhere'))).status).toBe(401);
    expect((await get(base, `/api/v1/buildings/${buildingId}`, ATTACKER)).status).toBe(200);
    // At the attacking address: the token already seen to work there still works; a valid token never seen there is
    // refused like any guess (answering it would tell a guesser which guess is right); a guess on a public route too.
    const me = await get(base, '/api/v1/me', ATTACKER, bearer(tokenA));
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body).organisation.slug).toBe('maisons-et-cites');
    expect((await get(base, '/api/v1/me', ATTACKER, bearer(tokenB))).status).toBe(429);
    expect((await get(base, `/api/v1/buildings/${buildingId}`, ATTACKER, bearer('sc_wrong-x'))).status).toBe(429);
  });

  it('without TRUST_PROXY a forged X-Forwarded-For changes nothing; behind a trusted proxy it names the client', async () => {
    const FROM = '127.0.0.3';
    const forged = (i: number) => ({ ...bearer(`sc_forged-${i}`), 'X-Forwarded-For': `203.0.113.${i}` });
    for (let i = 0; i < AUTH_FAILURES_PER_WINDOW; i++)
      expect((await get(base, '/api/v1/me', FROM, forged(i))).status).toBe(401);
    expect((await get(base, '/api/v1/me', FROM, forged(99))).status).toBe(429);

    const via = (client: string, token: string) => ({ ...bearer(token), 'X-Forwarded-For': client });
    for (let i = 0; i < AUTH_FAILURES_PER_WINDOW; i++) {
      expect((await get(proxied, '/api/v1/me', '127.0.0.4', via('203.0.113.50', `sc_p-${i}`))).status).toBe(401);
    }
    expect((await get(proxied, '/api/v1/me', '127.0.0.4', via('203.0.113.50', 'sc_p-x'))).status).toBe(429);
    // Another client through the same proxy: its own count, and its right token works.
    expect((await get(proxied, '/api/v1/me', '127.0.0.4', via('203.0.113.51', 'sc_p-y'))).status).toBe(401);
    expect((await get(proxied, '/api/v1/me', '127.0.0.4', via('203.0.113.51', tokenB))).status).toBe(200);
  });

  it('the OpenAPI document lists the 429 on every route that reads a token', async () => {
    const doc = JSON.parse((await get(base, '/api/v1/openapi.json', OTHER)).body) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(doc.paths['/api/v1/me']!.get!.responses['429']).toBeDefined();
    expect(doc.paths['/api/v1/buildings/{id}']!.get!.responses['429']).toBeDefined();
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default, takes a hop count or proxy addresses, and refuses "true" by name', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY.*"true" is refused/);
    expect(() => loadConfig({ TRUST_PROXY: '99' })).toThrow(/TRUST_PROXY must be an integer/);
  });
});
