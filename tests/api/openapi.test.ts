/**
 * The OpenAPI document, generated from contracts/ alone, passes Redocly's `recommended` ruleset with no error and no
 * warning, and documents every answer (no schema left open).
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import type { Database } from '../../api/src/db/types.js';
import { openApiDocument } from '../../api/src/http/openapi.js';

type Doc = {
  paths: Record<string, Record<string, { operationId?: string; responses: Record<string, Schemaful> }>>;
  components: { schemas: Record<string, Json> };
};
type Schemaful = { content?: Record<string, { schema: Json }> };
type Json = { [key: string]: unknown };

// The routers only keep the database for their handlers: nothing is queried to build the document.
createApp({ ...loadConfig({}), logLevel: 'silent' }, { db: {} as Database, logger: pino({ level: 'silent' }) });
const document = openApiDocument() as Doc;

/** Pointers to every schema reachable from `schema` that accepts anything (`{}`), the JsonValue component aside. */
function openSchemas(schema: unknown, at: string, seen = new Set<string>()): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Json;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '');
    if (name === 'JsonValue' || seen.has(name)) return [];
    seen.add(name);
    return openSchemas(document.components.schemas[name], `#/components/schemas/${name}`, seen);
  }
  const keys = Object.keys(s).filter((k) => k !== 'description' && k !== 'example');
  if (keys.length === 0) return [at];
  const found: string[] = [];
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties')
      for (const [p, v] of Object.entries(value as Json)) found.push(...openSchemas(v, `${at}/properties/${p}`, seen));
    else if (Array.isArray(value)) value.forEach((v, i) => found.push(...openSchemas(v, `${at}/${key}/${i}`, seen)));
    else if (typeof value === 'object') found.push(...openSchemas(value, `${at}/${key}`, seen));
  }
  return found;
}

describe('OpenAPI document', () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: '/openapi.json', config });
    const lines = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(lines).toEqual([]);
  });

  it('names every operation and documents every answer', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(26);
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const open = operations.flatMap(({ path, method, op }) =>
      Object.entries(op.responses['200']?.content ?? {}).flatMap(([type, { schema }]) =>
        openSchemas(schema, `${method} ${path} ${type}`),
      ),
    );
    expect(open).toEqual([]);
  });
});
