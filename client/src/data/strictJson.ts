/**
 * Readers for JSON that must match a contract: each returns the typed value or throws, naming the path of the field
 * (TypeError for a wrong type, RangeError for a value out of range). Unlike json.ts, nothing is skipped.
 */
import { isRecord } from './json';

export type Json = Record<string, unknown>;

export function record(value: unknown, path: string): Json {
  if (!isRecord(value)) throw new TypeError(`${path}: expected an object`);
  return value;
}

export function array(value: unknown, path: string, length?: number): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${path}: expected an array`);
  if (length !== undefined && value.length !== length)
    throw new RangeError(`${path}: expected ${length} items, got ${value.length}`);
  return value;
}

/** A finite number within [min, max]. */
export function num(value: unknown, path: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${path}: expected a finite number`);
  if (value < min || value > max) throw new RangeError(`${path} must be within [${min}, ${max}], got ${value}`);
  return value;
}

export function int(value: unknown, path: string, min = -Infinity, max = Infinity): number {
  const n = num(value, path, min, max);
  if (!Number.isInteger(n)) throw new RangeError(`${path} must be an integer, got ${n}`);
  return n;
}

export function str(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${path}: expected a non-empty string`);
  return value;
}

export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${path}: expected a boolean`);
  return value;
}

export function optionalStr(value: unknown, path: string): string | null {
  return value === undefined || value === null ? null : str(value, path);
}

export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new RangeError(`${path} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** An ISO 8601 calendar date (a time may follow). */
export function isoDate(value: unknown, path: string): string {
  const text = str(value, path);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(Date.parse(text.slice(0, 10))))
    throw new RangeError(`${path} must be an ISO 8601 date, got ${JSON.stringify(text)}`);
  return text;
}
