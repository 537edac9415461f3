/**
 * Reading an answer against its contract (contracts/, the schemas the API answers with): the typed value, or a
 * TypeError naming the endpoint and the path of the first field at fault, which the UI shows as it is.
 */
import type { z } from 'zod';

/** `configurations[2].self_sufficiency_pct` from zod's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** `json` as `schema` reads it; throws TypeError("<what>: <path>: <message>") when it breaks the contract. */
export function parseAnswer<S extends z.ZodType>(schema: S, json: unknown, what: string): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = fieldPath(issue.path);
  throw new TypeError(`${what}: ${path ? `${path}: ` : ''}${issue.message}`);
}
