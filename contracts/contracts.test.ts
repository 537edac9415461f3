/**
 * contracts/ loads in the browser as in Node: it and everything it imports (engine/ enumerations) use zod and
 * relative modules only — no node:* module, no package of the API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contracts from './index';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Every module reachable from `file` by its value and type imports, and the bare specifiers met. */
function graph(file: string, seen = new Set<string>(), bare = new Set<string>()) {
  if (seen.has(file)) return { seen, bare };
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)) {
    const spec = m[1]!;
    if (!spec.startsWith('.')) {
      bare.add(spec);
      continue;
    }
    const base = path.resolve(path.dirname(file), spec.replace(/\.js$/, ''));
    const target = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    if (!target) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${spec}`);
    graph(target, seen, bare);
  }
  return { seen, bare };
}

describe('contracts/', () => {
  it('imports zod and pure modules of contracts/ and engine/ only', () => {
    const { seen, bare } = graph(path.join(ROOT, 'contracts', 'index.ts'));
    expect([...bare]).toEqual(['zod']);
    const outside = [...seen].map((f) => path.relative(ROOT, f)).filter((f) => !/^(contracts|engine)\//.test(f));
    expect(outside).toEqual([]);
  });

  it('exports each schema with a name (the client imports them)', () => {
    const schemas = Object.entries(contracts).filter(([, v]) => v && typeof v === 'object' && 'safeParse' in v);
    expect(schemas.length).toBeGreaterThan(60);
    for (const name of ['BuildingFeature', 'MeResponse', 'PlanResponse', 'SiteEvaluateResponse', 'ErrorResponse'])
      expect(Object.keys(contracts)).toContain(name);
  });
});
