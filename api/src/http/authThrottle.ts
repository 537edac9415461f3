import crypto from 'node:crypto';
import net from 'node:net';
import type { Request, Response } from 'express';
import { AppError } from '../errors/AppError.js';
import type { Caller } from '../services/landlord/auth.js';

/**
 * Failed bearer-token authentications slowed down per client address.
 *
 * The numbers, after the OWASP Authentication Cheat Sheet ("Account Lockout": a lockout threshold, an observation
 * window, a lockout duration, temporary rather than permanent so that it cannot be turned into a denial of service):
 *  - threshold 10 failures in a sliding window of 60 s, and the lockout lasts until the oldest of them leaves the
 *    window (at most 60 s). A person or a script with a mistyped or revoked token sees a clear 401 several times
 *    before anything happens; a token-stuffing script is held to 10 guesses a minute (14,400 a day) instead of the
 *    ~700 a second the API answered before. Tokens are 256 random bits (services/landlord/tokens.ts), so guessing one
 *    stays hopeless either way: the limit bounds what leaked-token lists can be tried, the database lookups and log
 *    lines an anonymous client can cause, and makes the attempt visible (one warning per address per window).
 *  - counted per address, not per account: a wrong bearer token names no account, so the address is the only key.
 *    IPv6 addresses count by /64, the prefix one host may pick addresses from at will (RFC 8981 temporary
 *    addresses), IPv4-mapped IPv6 as the IPv4 address.
 *  - the right token is not locked out: the lockout holds only for addresses with failures, so a client elsewhere
 *    is untouched; and at the attacking address itself a token that already authenticated from that address before
 *    keeps working, as the OWASP "Slow Down Online Guessing Attacks with Device Cookies" scheme spares trusted
 *    clients. A token never seen there gets 429 even when it is valid: answering it would tell the guesser which of
 *    its guesses is right, which is exactly what the lockout withholds.
 *  - bounded memory: at most 10,000 addresses, the least recently seen dropped first (11 MB at worst, measured by
 *    `BENCH_ONLY=abuse npm run bench`: every address with 9 failures and 4 trusted tokens).
 */
export const AUTH_FAILURES_PER_WINDOW = 10;
export const AUTH_WINDOW_MS = 60_000;
export const AUTH_MAX_ADDRESSES = 10_000;
/** Tokens remembered per address as having authenticated from it, and for how long [ms]. */
const TRUSTED_PER_ADDRESS = 4;
const TRUSTED_FOR_MS = 24 * 3600_000;

interface Entry {
  /** Times of the attempts that did not succeed [ms], oldest first, including those still being checked. */
  failures: number[];
  /** Header digest → last success from this address [ms]. */
  trusted: Map<string, number>;
  /** When this address was last warned about [ms], so that a long attack logs once a window. */
  warnedAt: number;
}

export interface AuthThrottleOptions {
  failuresPerWindow?: number;
  windowMs?: number;
  maxAddresses?: number;
  /** The clock [ms]; tests pass their own. */
  now?: () => number;
}

/** One attempt under way: say how it ended (a 401, a success, or anything else, which does not count). */
export interface AuthAttempt {
  end(outcome: 'success' | 'failure' | 'other'): void;
}

/** The key an address is counted under: IPv4 as is, IPv6 by its /64. */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const address = ip.split('%')[0]!;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!net.isIPv6(address)) return address;
  const [head, tail] = address.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  // An embedded IPv4 tail (::a.b.c.d) stands for two groups; only the first four groups matter here.
  const width = (part: string[]) => part.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const h = groups(head);
  const t = groups(tail);
  const all = tail === undefined ? h : [...h, ...Array<string>(8 - width(h) - width(t)).fill('0'), ...t];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

const digest = (header: string) => crypto.createHash('sha256').update(header, 'utf8').digest('base64url').slice(0, 22);

export class AuthThrottle {
  private readonly entries = new Map<string, Entry>();
  readonly failuresPerWindow: number;
  readonly windowMs: number;
  private readonly maxAddresses: number;
  private readonly now: () => number;

  constructor(options: AuthThrottleOptions = {}) {
    this.failuresPerWindow = options.failuresPerWindow ?? AUTH_FAILURES_PER_WINDOW;
    this.windowMs = options.windowMs ?? AUTH_WINDOW_MS;
    this.maxAddresses = options.maxAddresses ?? AUTH_MAX_ADDRESSES;
    this.now = options.now ?? Date.now;
  }

  /** Addresses tracked now (never more than maxAddresses). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Starts an attempt with this Authorization header from this address, or refuses it with the seconds to wait
   * (and `firstRefusal` true once a window, to log it). The attempt counts as a failure until it ends otherwise, so
   * that a burst of concurrent guesses is held to the limit too.
   */
  begin(ip: string | undefined, header: string): AuthAttempt | { retryAfterS: number; firstRefusal: boolean } {
    const now = this.now();
    const entry = this.touch(addressKey(ip), now);
    const key = digest(header);
    const since = now - this.windowMs;
    while (entry.failures.length > 0 && entry.failures[0]! <= since) entry.failures.shift();
    const seen = entry.trusted.get(key);
    const trusted = seen !== undefined && seen > now - TRUSTED_FOR_MS;
    if (entry.failures.length >= this.failuresPerWindow && !trusted) {
      const firstRefusal = entry.warnedAt <= since;
      if (firstRefusal) entry.warnedAt = now;
      return { retryAfterS: Math.max(1, Math.ceil((entry.failures[0]! + this.windowMs - now) / 1000)), firstRefusal };
    }
    // A trusted token past a full window takes no slot; should it fail (revoked since), the window slides on.
    const reserved = entry.failures.length < this.failuresPerWindow;
    if (reserved) entry.failures.push(now);
    let ended = false;
    return {
      end: (outcome) => {
        if (ended) return;
        ended = true;
        if (outcome === 'failure') {
          if (!reserved) {
            entry.failures.push(now);
            if (entry.failures.length > this.failuresPerWindow) entry.failures.shift();
          }
          return;
        }
        const i = reserved ? entry.failures.lastIndexOf(now) : -1;
        if (i >= 0) entry.failures.splice(i, 1);
        if (outcome === 'success') {
          entry.trusted.delete(key);
          entry.trusted.set(key, this.now());
          if (entry.trusted.size > TRUSTED_PER_ADDRESS) entry.trusted.delete(entry.trusted.keys().next().value!);
        }
      },
    };
  }

  /** The entry of an address, moved to the most recent end; the least recently seen goes when the map is full. */
  private touch(key: string, now: number): Entry {
    let entry = this.entries.get(key);
    if (entry) this.entries.delete(key);
    else {
      entry = { failures: [], trusted: new Map(), warnedAt: now - 2 * this.windowMs };
      if (this.entries.size >= this.maxAddresses) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, entry);
    return entry;
  }
}

/** The app-level setting (createApp sets it) holding the one throttle every route shares. */
export const AUTH_THROTTLE = 'authThrottle';

/**
 * Reads the bearer token of a request through the app's throttle: a request with no Authorization header guesses
 * nothing and passes; an address over its limit gets 429 `too_many_failed_authentications` with Retry-After, and
 * the token is not even looked up. Only a 401 counts as a failure (a 503 while the database is away does not).
 */
export async function authenticateThrottled(
  req: Request,
  res: Response,
  authenticate: (header: string | undefined) => Promise<Caller | null>,
): Promise<Caller | null> {
  const header = req.headers.authorization;
  const throttle = req.app.get(AUTH_THROTTLE) as AuthThrottle | undefined;
  if (!throttle || header === undefined || header === '') return authenticate(header);
  const attempt = throttle.begin(req.ip, header);
  if ('retryAfterS' in attempt) {
    if (attempt.firstRefusal) {
      req.log?.warn(
        { address: addressKey(req.ip), failures: throttle.failuresPerWindow, windowMs: throttle.windowMs },
        'too many failed authentications: new tokens from this address refused',
      );
    }
    res.setHeader('Retry-After', String(attempt.retryAfterS));
    throw new AppError(
      429,
      'too_many_failed_authentications',
      `too many failed authentications from this address (at most ${throttle.failuresPerWindow} in ` +
        `${throttle.windowMs / 1000} s): try again in ${attempt.retryAfterS} s`,
    );
  }
  try {
    const caller = await authenticate(header);
    attempt.end('success');
    return caller;
  } catch (error) {
    attempt.end(error instanceof AppError && error.status === 401 ? 'failure' : 'other');
    throw error;
  }
}
