/** Field readers for the renovation fixture: each throws a RangeError naming the full path of the bad field. */

export const DATE = /^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?$/;
export const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Obj = Record<string, unknown>;

export function fail(path: string, what: string, got: unknown): never {
  throw new RangeError(`${path} must be ${what}, got ${JSON.stringify(got)}`);
}

export function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
  return v as Obj;
}

export function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '') fail(`${path}.${key}`, 'a non-empty string', v);
  return v;
}

export function optStr(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, path);
}

export function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !values.includes(v as T)) fail(`${path}.${key}`, `one of ${values.join(', ')}`, v);
  return v as T;
}

export function date(o: Obj, key: string, path: string, pattern = DATE): string {
  const v = str(o, key, path);
  if (!pattern.test(v))
    fail(`${path}.${key}`, pattern === FULL_DATE ? 'a date YYYY-MM-DD' : 'a date YYYY[-MM[-DD]]', v);
  return v;
}

export function num(o: Obj, key: string, path: string, min: number, max: number): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    fail(`${path}.${key}`, `a number within [${min}, ${max}]`, v);
  }
  return v;
}

export function optNum(o: Obj, key: string, path: string, min: number, max: number): number | undefined {
  return o[key] === undefined ? undefined : num(o, key, path, min, max);
}

export function arr(o: Obj, key: string, path: string, allowEmpty = false): unknown[] {
  const v = o[key];
  if (!Array.isArray(v) || (!allowEmpty && v.length === 0)) {
    fail(`${path}.${key}`, allowEmpty ? 'an array' : 'a non-empty array', v);
  }
  return v;
}

export function bool(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') fail(`${path}.${key}`, 'a boolean', v);
  return v;
}

/** `source` must name a listed source; `assumption`, when present, must be a non-empty string. */
export function provenance(o: Obj, path: string, ids: Set<string>): { source: string; assumption?: string } {
  const source = str(o, 'source', path);
  if (!ids.has(source)) fail(`${path}.source`, `one of the ids in sources`, source);
  const assumption = optStr(o, 'assumption', path);
  return assumption === undefined ? { source } : { source, assumption };
}
