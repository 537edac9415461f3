import { WeatherParseError } from './types';

/** Where a value was read: a 1-based line number, or a path such as `tmy_hourly[12]` for JSON. */
export type Where = number | string;

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Build a WeatherParseError located at a line (number) or a JSON path (string). */
export function parseError(at: Where, message: string): WeatherParseError {
  return typeof at === 'number' ? new WeatherParseError(message, at) : new WeatherParseError(`${at}: ${message}`);
}

/**
 * Refuse non-text, empty or binary input; return the text without a leading byte-order mark.
 * Binary is recognised by a NUL, or by more than 1 % of control or U+FFFD replacement characters (bytes that were
 * not UTF-8) in the first 64 KiB; a few stray replacement characters (a Latin-1 station name) are tolerated.
 */
export function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new WeatherParseError(`weather input must be text, got ${typeof text}`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new WeatherParseError('weather input is empty');
  const head = body.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) throw new WeatherParseError('weather input looks binary (NUL byte)');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control > head.length / 100) {
    throw new WeatherParseError('weather input looks binary (control characters or bytes that are not UTF-8)');
  }
  return body;
}

/** Check the text as `checkText` does, then split it into lines (CRLF, LF or CR). */
export function splitLines(text: unknown): string[] {
  return checkText(text).split(/\r\n|\n|\r/);
}

/** Parse one decimal cell strictly (no empty cell, no trailing text) or throw naming the place and field. */
export function parseNumber(cell: string | undefined, at: Where, field: string): number {
  const s = (cell ?? '').trim();
  if (!NUMBER.test(s)) throw parseError(at, `field ${field} is not a number: '${s.slice(0, 40)}'`);
  return Number(s);
}
